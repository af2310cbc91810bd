// Untyped constants are exact: huge intermediate values, float constants kept as exact
// fractions (0.1+0.2 == 0.3) or with more precision than float64 and rounded only at use,
// integer division of constants, typed constant arithmetic, rune and string constants, len
// of a constant string, constant shifts, and constants converted to float32, uint8 and
// named types.
package main

import "fmt"

const (
	Huge    = 1 << 100
	Small   = Huge >> 98
	Third   = 1.0 / 3.0
	IntDiv  = 7 / 2
	FltDiv  = 7 / 2.0
	Big     = 1e300 * 1e300 / 1e300
	Mixed   = 'a' + 1
	Str     = "con" + "cat"
	StrLen  = len(Str)
	Mask    = ^uint8(0)
	NegMask = ^0
	Shifted = 1.0 << 3
)

type Level int

const (
	Low Level = iota * 10
	Mid
	High
)

const typedF float32 = 0.1

func main() {
	fmt.Println(Small, Third, IntDiv, FltDiv, Big)
	fmt.Println(Mixed, string(rune(Mixed)), Str, StrLen, Mask, NegMask, Shifted)
	fmt.Printf("%T %T %T %T\n", Mixed, Shifted, Mask, Third)
	fmt.Println(Low, Mid, High, High-Mid)
	fmt.Printf("%T\n", High)
	fmt.Println(typedF, float64(typedF) == 0.1, typedF*3)
	fmt.Println(Huge/Huge, Huge%7, float64(Huge))
	var f32 float32 = Third
	var f64 float64 = Third
	fmt.Println(f32, f64)
	var u8 uint8 = Mask - 5
	fmt.Println(u8)
	const c = 10
	var i8 int8 = c * 12
	fmt.Println(i8, c/3, c%3, -c/3, c/3.0)
	x := 5
	fmt.Println(x/2*2, float64(x)/2, 1<<x, x<<2>>1)
	const maxU = ^uint64(0)
	fmt.Println(maxU, maxU>>63, uint32(maxU>>32))
	fmt.Println(0.1+0.2 == 0.3, 0.1+0.2, Third*3 == 1, 1e-320 > 0, 'x' == 120)
	fmt.Println(2.5e-3*4e3, 12345678.9e-2, 6.0/2*3, 1<<3.0, 0x1p-2)
	var r rune = 'é' + 1
	fmt.Println(r, string(r))
	const e = 2.718281828459045235360287471352662497757247093699959574966
	fmt.Println(e, float32(e))
	fmt.Println(len([...]int{1, 2, 3}), cap([4]int{}), len("héllo"))
}
