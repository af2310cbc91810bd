// fmt with integers, bools and runes: every integer verb (%v %d %b %o %O %x %X %c %q %U) with
// width, precision, the flags - + # 0 space, widths and precisions from * arguments, across
// signed and unsigned sizes, extremes and named integer types. Each line is one format/value pair.
package main

import (
	"fmt"
	"math"
)

type Celsius int
type Code uint8

func main() {
	formats := []string{"%v", "%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%-+6d|", "% 05d", "%.3d", "%8.3d", "%-8.3d|", "%.0d",
		"%b", "%#b", "%o", "%#o", "%O", "%x", "%#x", "%X", "%#X", "%08x", "%#08x", "% x", "%+x", "%c", "%q", "%#q", "%U", "%#U",
		"%10U", "%-10c|", "%x.", "%3.5x"}
	values := []any{0, 1, -1, 7, 42, -42, 255, 1000000, math.MaxInt64, math.MinInt64, int8(-128), int16(300), int32(65), uint8(200),
		uint16(65535), uint32(4000000000), uint64(math.MaxUint64), uint(1), uintptr(4096), Celsius(-40), Code(9), '世', 0x1F600}
	n := 0
	for _, f := range formats {
		for _, v := range values {
			fmt.Printf("%-7s %-22T ["+f+"]\n", f, v, v)
			n++
		}
	}
	bools := []string{"%v", "%t", "%5t", "%-6t|", "%d", "%s", "%q", "%x"}
	for _, f := range bools {
		for _, v := range []bool{true, false} {
			fmt.Printf("%-7s bool ["+f+"]\n", f, v)
			n++
		}
	}
	// Widths and precisions from arguments, including negative and bad ones.
	fmt.Printf("[%*d] [%-*d] [%.*d] [%*.*d] [%*d]\n", 5, 42, 5, 42, 4, 42, 8, 4, -42, -5, 42)
	fmt.Printf("[%*d] [%.*d] [%*d]\n", "x", 1, "y", 2, 1e6, 3)
	fmt.Printf("[%0*d] [%-0*d] [%+.*d]\n", 6, -12, 6, -12, 3, 5)
	n += 11
	// Rune and byte printing.
	fmt.Printf("%c %c %c %q %q %q %U\n", 'A', 0x1F600, -1, 'x', '\n', 0x110000, 0x110000)
	fmt.Printf("%v %d %c %q %x\n", byte('a'), byte('a'), byte('a'), byte('a'), byte('a'))
	fmt.Println('a', byte(1), rune(-5), int8(-8), uint16(16))
	n += 15
	fmt.Println("combinations:", n)
}
