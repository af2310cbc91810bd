// Calling a method on a nil interface value is a nil dereference.
// exit: 2
// stderr: ^panic: runtime error: invalid memory address or nil pointer dereference\n
package main

import "fmt"

type S interface{ M() int }

func main() {
	var s S
	fmt.Println(s == nil)
	fmt.Println(s.M())
}
