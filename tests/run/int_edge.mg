// Integer edge cases Go defines but C++ leaves undefined or traps on: the minimum value
// divided or taken modulo by -1, shifts by large and run-time counts, negative shift counts
// (a run-time panic, recovered here), unsigned conversions of negative values, and constant
// arithmetic done exactly before conversion.
package main

import "fmt"

func shift(x int64, n int) (r int64, err interface{}) {
	defer func() { err = recover() }()
	return x << n, nil
}

func main() {
	minInt := int64(-9223372036854775808)
	neg1 := int64(-1)
	fmt.Println(minInt/neg1, minInt%neg1)
	m8 := int8(-128)
	d8 := int8(-1)
	fmt.Println(m8/d8, m8%d8, m8*d8)
	var m32 int32 = -2147483648
	fmt.Println(m32/int32(neg1), m32%int32(neg1), -m32)
	for _, n := range []int{0, 1, 63, 64, 100} {
		r, err := shift(1, n)
		fmt.Println(n, r, err)
	}
	r, err := shift(1, -1)
	fmt.Println(r, err)
	var u8 uint8 = 1
	for _, n := range []uint{7, 8, 9} {
		fmt.Print(u8<<n, " ", uint8(255)>>n, " ")
	}
	fmt.Println()
	var i8 int8 = -128
	fmt.Println(i8>>7, i8>>100, uint8(i8)>>7)
	const c = 1 << 62
	fmt.Println(c*4/8, int64(c)/2)
	var big uint64 = 1<<64 - 1
	fmt.Println(big, big+1, int64(big), float64(big) > 1e19)
	h := uint32(2166136261)
	for _, ch := range []byte("hash") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println(h)
	x := 0x7fffffff
	fmt.Println(int32(x)+1 < 0, int32(x+1))
	fmt.Println(-5>>1, -5/2, uint(5)>>1, -(-128))
}
