// Integer semantics: sized types wrap, division truncates toward zero, shifts, bit ops.
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int16 = -32768
	c--
	var d uint32 = 1 << 31
	d *= 2
	var e int64 = 9223372036854775807
	e++
	fmt.Println(a, b, c, d, e)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7%-3)
	x := 0xF0
	fmt.Println(x&0x3C, x|0x0F, x^0xFF, x&^0x30, x<<4, x>>4, 1<<62)
	var u uint = 1
	fmt.Println(u<<63, u<<64>>1, -8>>1)
	var s uint = 70
	fmt.Println(1<<s == 0, int64(-1)>>s)
	h := 0
	for i := 0; i < 100; i++ {
		h = h*31 + i
	}
	fmt.Println(h)
	var f float64 = 2.75
	fmt.Println(int(f), int(-f), float64(7)/2, 1e3, 0x1p4, 1_000_000, 0b1010, 0o17, 017)
	fmt.Println('a', 'é', "\u00e9", len("\xff\x00"), "tab\tquote\"")
}
