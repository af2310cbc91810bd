// Prints every code point's unicode/strconv properties; runtime/src/stdlib_test.cpp checks the
// FNV-1a hash of this output (go run tests/stdlib/unicode_exhaustive.go | fnv1a64).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"unicode"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	b := func(x bool) int {
		if x {
			return 1
		}
		return 0
	}
	for r := rune(0); r <= 0x10FFFF; r++ {
		m := b(strconv.IsPrint(r)) | b(unicode.IsLetter(r))<<1 | b(unicode.IsDigit(r))<<2 | b(unicode.IsNumber(r))<<3 | b(unicode.IsUpper(r))<<4 | b(unicode.IsLower(r))<<5 | b(unicode.IsPunct(r))<<6 | b(unicode.IsSpace(r))<<7 | b(unicode.IsControl(r))<<8
		fmt.Fprintf(w, "%d %d %d %d\n", m, unicode.ToUpper(r)-r, unicode.ToLower(r)-r, unicode.ToTitle(r)-r)
	}
}
