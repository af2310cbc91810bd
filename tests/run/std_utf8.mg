// unicode/utf8 and unicode: decoding valid, invalid, truncated and surrogate encodings,
// encoding every size class, validity checks, and the unicode classes and case mappings on
// ASCII, Latin-1, Greek, CJK, digits from other scripts, punctuation and symbols.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	inputs := []string{"", "a", "é", "日本語", "😀", "\xff", "a\xffb", "\xe6\x97", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80", "\xef\xbf\xbd", "héllo, 世界"}
	for _, s := range inputs {
		r, size := utf8.DecodeRuneInString(s)
		lr, lsize := utf8.DecodeLastRuneInString(s)
		r2, size2 := utf8.DecodeRune([]byte(s))
		lr2, lsize2 := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%q count=%d valid=%v first=%U/%d last=%U/%d bytes=%U/%d %U/%d full=%v\n", s, utf8.RuneCountInString(s), utf8.ValidString(s),
			r, size, lr, lsize, r2, size2, lr2, lsize2, utf8.FullRuneInString(s))
		fmt.Println(utf8.RuneCount([]byte(s)), utf8.Valid([]byte(s)), len(s) > 0 && utf8.RuneStart(s[len(s)-1]))
	}
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 'é', 0x7ff, 0x800, '世', 0xffff, 0x10000, '😀', 0x10ffff, 0x110000, -1, 0xd800, 0xdfff, utf8.RuneError} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U len=%d valid=%v enc=% x app=% x\n", r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n], utf8.AppendRune([]byte("<"), r))
	}
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	for i, r := range "a\xffé\xe6\x97z" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()

	runes := []rune{'a', 'Z', '5', ' ', '\t', '\n', '\u00a0', '\u0085', '\u2003', '!', '_', '-', '$', '+', '€', 'é', 'É', 'ß', 'Σ', 'σ', 'ς', '日', '٣', 'Ⅷ', '²', '\x00', '\x7f', 'ǅ', 'ﬀ', '😀', 0x10ffff, -1}
	for _, r := range runes {
		fmt.Printf("%U L%v D%v N%v S%v U%v l%v P%v pr%v C%v %q %q %q\n", r, b(unicode.IsLetter(r)), b(unicode.IsDigit(r)), b(unicode.IsNumber(r)),
			b(unicode.IsSpace(r)), b(unicode.IsUpper(r)), b(unicode.IsLower(r)), b(unicode.IsPunct(r)), b(unicode.IsPrint(r)), b(unicode.IsControl(r)),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
}

func b(v bool) int {
	if v {
		return 1
	}
	return 0
}
