// Number formatting and arithmetic corners: wrapping, shifts, float32, Stringer money type, FNV hash.
package main

import (
	"fmt"
	"math"
	"strconv"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

func main() {
	var u uint64 = math.MaxUint64
	fmt.Println(u, u+1, u>>63, u/3, int64(u>>1))
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, uint8(i8))
	x := 1
	fmt.Println(x<<63, x<<64, -1>>70, uint32(1)<<31)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := -1
		fmt.Println(x << s)
	}()
	fmt.Println(float32(16777217), float32(0.1), float64(float32(0.1)), 1e23, 5e-324)
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0), math.Trunc(-0.5))
	fmt.Printf("%v %.3e %G %08.2f %+.1f %x\n", 1.0/3, 123456.789, 1e-10, -3.14159, 2.55, 255.5)
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64))
	fmt.Println(Money(123456), Money(-5), Money(0), []Money{1, 250})
	fmt.Printf("%v %d %s\n", Money(99), Money(99), Money(100))
	var f32 float32 = 1.1
	fmt.Println(f32*f32, float64(f32)*float64(f32), f32 == 1.1)
	fmt.Println(7/2*2, 7.0/2*2, -7/2, -7%3, 7%-3, 1<<10-1, ^0, ^uint8(0))
	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h, h%1000, int32(h))
	var sum float64
	for i := 1; i <= 10; i++ {
		sum += 1 / float64(i)
	}
	fmt.Println(sum, math.Round(sum*1000)/1000, int(sum*100))
	fmt.Println(math.Inf(1)-math.Inf(1), math.Sqrt(-1))
	fmt.Println(0.1+0.2 == 0.3, float32(0.1)+float32(0.2) == float32(0.3))
	const c = 0.1 + 0.2
	fmt.Println(c == 0.3, c)
	var r rune = 'A' + 2
	var b byte = 'z'
	fmt.Println(r, string(r), b, string(b), 'x'-'a', fmt.Sprintf("%c%c", r, b))
	fmt.Println(strconv.Itoa(math.MinInt64), strconv.FormatInt(math.MinInt64, 2)[:5], strconv.FormatUint(math.MaxUint64, 36))
}
