// Go features minigo does not support are reported as such.
// go: skip Go accepts complex numbers, and reports the imports differently
package main

import (
	"fmt"
	"net/http" // ERROR "package net/http is not supported by minigo"
	"unsafe"   // ERROR "package unsafe is not supported by minigo"
)

func main() {
	var c complex128   // ERROR "complex numbers are not supported by minigo"
	z := 1 + 2i        // ERROR "complex numbers are not supported by minigo"
	w := complex(1, 2) // ERROR "complex numbers are not supported by minigo"
	fmt.Println(c, z, w, http.StatusOK, unsafe.Sizeof(1))
}
