// The Go program whose output runtime/src/stdlib_test.cpp expects (run with Go 1.19).
package main

import (
	"fmt"
	"strconv"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"42", "-42", "x", "", "9223372036854775808", "-9223372036854775809", "+7", "1_000", "0x1f"} {
		v, err := strconv.Atoi(s)
		fmt.Printf("Atoi %q %d %v\n", s, v, err)
	}
	for _, c := range []struct {
		s    string
		b, n int
	}{{"0x1f", 0, 64}, {"1_000", 0, 64}, {"ff", 16, 64}, {"300", 10, 8}, {"-129", 10, 8}, {"z", 36, 64}, {"1", 1, 64}, {"1", 10, 65}, {"0b101", 0, 64}, {"017", 0, 64}, {"_1", 0, 64}} {
		v, err := strconv.ParseInt(c.s, c.b, c.n)
		fmt.Printf("ParseInt %q %d %d %d %v\n", c.s, c.b, c.n, v, err)
	}
	for _, s := range []string{"3.25", "1e400", "-1e400", "inf", "-Inf", "NaN", "1e-400", "abc", "0x1p-2", "1_0.5", ".5", "5.", "+3", ""} {
		v, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat %q %v %v\n", s, v, err)
	}
	for _, s := range []string{"true", "T", "0", "yes"} {
		v, err := strconv.ParseBool(s)
		fmt.Printf("ParseBool %q %v %v\n", s, v, err)
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.Itoa(-7), strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(2.5, 'e', 3, 32))
	fmt.Println(strconv.Quote("héllo\n\x00"), strconv.QuoteToASCII("héllo"), strconv.QuoteRune('☺'), strconv.QuoteRune('\n'))
	u, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", u, err)
	_, err = strconv.Unquote(`"a`)
	fmt.Println(err)
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', 'é', 'É', 'ß', 'Ω', 'ж', '世', '!', '$', '_', '٣', 0xA0, '+'} {
		fmt.Printf("%q L%v D%v S%v U%v l%v P%v %q %q\n", r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.ToUpper(r), unicode.ToLower(r))
	}
	fmt.Println(utf8.RuneCountInString("héllo, 世界"), utf8.RuneLen('世'), utf8.RuneLen(-1), utf8.ValidString("a\xffb"), utf8.ValidString("héllo"))
	r, w := utf8.DecodeRuneInString("世界")
	r2, w2 := utf8.DecodeLastRuneInString("世界")
	r3, w3 := utf8.DecodeRuneInString("")
	fmt.Println(r, w, r2, w2, r3, w3)
}
