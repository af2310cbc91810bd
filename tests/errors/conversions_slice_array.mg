// Slice conversions: a slice converts to a pointer to an array of the same element type (Go
// 1.17); to an array (Go 1.20, rejected by the Go 1.19 oracle too) minigo says it is not
// supported; other slice/array conversions are invalid.
package main

type Bytes []byte
type B4 [4]byte

func main() {
	s := []int{1, 2}
	_ = (*[2]int)(s)
	_ = (*[0]int)(s)
	_ = (*B4)(Bytes("abcd"))
	_ = (*[2]int32)(s) // ERROR "cannot convert s \(variable of type \[\]int\) to type \*\[2\]int32"
	_ = ([2]int)(s)    // ERROR "conversion from slice to array is not supported by minigo|cannot convert s"
	_ = (*[]int)(s)    // ERROR "cannot convert s \(variable of type \[\]int\) to type \*\[\]int"
	var a [2]int
	_ = []int(a)     // ERROR "cannot convert a \(variable of type \[2\]int\) to type \[\]int"
	_ = (**[2]int)(s) // ERROR "cannot convert s \(variable of type \[\]int\) to type \*\*\[2\]int"
}
