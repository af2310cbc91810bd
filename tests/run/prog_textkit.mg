// Small text utilities: run-length encoding, a Caesar cipher, anagram groups keyed by sorted
// runes, palindromes over runes, a hand-written base64 encoder and a word wrapper.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

func rle(s string) string {
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteRune(runes[i])
		i = j
	}
	return b.String()
}

func unrle(s string) (string, error) {
	var out []rune
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			return "", fmt.Errorf("unrle: missing count before %q", r)
		}
		for ; n > 0; n-- {
			out = append(out, r)
		}
	}
	return string(out), nil
}

func caesar(s string, shift int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift)+26)%26
		}
		return r
	}, s)
}

func sortedKey(w string) string {
	r := []rune(strings.ToLower(w))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func b64(data []byte) string {
	var out strings.Builder
	for i := 0; i < len(data); i += 3 {
		var chunk [3]byte
		n := copy(chunk[:], data[i:])
		v := uint(chunk[0])<<16 | uint(chunk[1])<<8 | uint(chunk[2])
		for k := 0; k < 4; k++ {
			if k <= n {
				out.WriteByte(alphabet[v>>(18-6*k)&0x3F])
			} else {
				out.WriteByte('=')
			}
		}
	}
	return out.String()
}

func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if len(line)+len(w)+1 > width && line != "" {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func main() {
	for _, s := range []string{"aaabccdddd", "héééllo", "", "x"} {
		enc := rle(s)
		dec, err := unrle(enc)
		fmt.Printf("%q -> %q -> %q %v\n", s, enc, dec, err)
	}
	_, err := unrle("a3b")
	fmt.Println(err)
	msg := "Hello, World! xyz"
	enc := caesar(msg, 3)
	fmt.Println(enc, "|", caesar(enc, -3))
	groups := map[string][]string{}
	for _, w := range strings.Fields("listen silent enlist google elgoog Tinsel banana inlets") {
		k := sortedKey(w)
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(groups[keys[i]]) != len(groups[keys[j]]) {
			return len(groups[keys[i]]) > len(groups[keys[j]])
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Printf("%-8s %v\n", k, groups[k])
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "héh", "Go gopher"} {
		fmt.Printf("%-32q %t\n", s, isPalindrome(s))
	}
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "héllo"} {
		fmt.Printf("%-8q %s\n", s, b64([]byte(s)))
	}
	for i, l := range wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 16) {
		fmt.Printf("%2d|%-16s|\n", i, l)
	}
	var buf strings.Builder
	buf.WriteString("abc")
	fmt.Println(buf.Len(), buf.String())
}
