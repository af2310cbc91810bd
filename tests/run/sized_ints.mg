// Sized integers wrap around as Go's two's-complement arithmetic does; unsigned arithmetic,
// shifts (including counts >= the width), &^, and numeric conversions that truncate or
// sign-extend.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 wrap:", i8)
	i8 = -128
	i8--
	fmt.Println("int8 wrap down:", i8)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println("int16:", i16)
	var i32 int32 = 1 << 30
	i32 *= 4
	fmt.Println("int32:", i32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64:", i64)
	var u8 uint8 = 250
	u8 += 10
	fmt.Println("uint8:", u8)
	var b byte = 0
	b--
	fmt.Println("byte:", b)
	var u16 uint16 = 65535
	u16++
	fmt.Println("uint16:", u16)
	var u32 uint32 = 0
	u32 -= 1
	fmt.Println("uint32:", u32)
	var u uint = 0
	u--
	fmt.Println("uint:", u, u/2, u%7)
	var u64 uint64 = 1 << 63
	fmt.Println("uint64:", u64, u64*2, u64>>62)
	var up uintptr = 16
	fmt.Println("uintptr:", up*3)

	// Negation of the minimum value wraps to itself.
	m := int8(-128)
	fmt.Println("neg min:", -m)
	// Division truncates towards zero; % takes the sign of the dividend.
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
	x := int32(-2147483648)
	fmt.Println(x / -1)

	// Shifts: counts at or above the width give 0 (or -1 for negative signed values).
	var s uint = 70
	fmt.Println(1<<s == 0, int64(-5)>>s, uint32(1)<<31, int8(1)<<6)
	var one int64 = 1
	fmt.Println(one<<62, one<<63, one<<64)
	fmt.Println(int16(-32768)>>15, uint16(0x8000)>>15)
	k := 3
	fmt.Println(0xff>>k, 1<<k)

	// Bitwise operators.
	a, c := 0b1100, 0b1010
	fmt.Println(a&c, a|c, a^c, a&^c, ^a)
	fmt.Println(^uint8(0), ^int8(0), ^uint16(5))
	fl := uint8(0xF0)
	fl &^= 0x30
	fmt.Printf("%08b\n", fl)
	fl |= 1
	fl ^= 0xFF
	fl <<= 1
	fl >>= 2
	fmt.Printf("%08b\n", fl)

	// Conversions truncate and sign-extend.
	big := 300
	fmt.Println(uint8(big), int8(big), int8(200+big), uint16(-1+big-big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	fmt.Println(int64(int8(u8+200)), int32(u32))
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(f), int64(1e18))
	fmt.Println(float64(7)/2, float64(int8(-3)))

	// Hex, octal and binary literals, digit separators.
	fmt.Println(0x1F, 0o17, 017, 0b101, 1_000_000, 0x_FF)
	const huge = 1 << 100
	fmt.Println(huge >> 98)
	fmt.Printf("%d %x %o %b\n", 255, 255, 8, 5)
}
