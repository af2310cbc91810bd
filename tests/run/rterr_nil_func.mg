// Calling a nil function value is a nil dereference.
// exit: 2
// stderr: ^panic: runtime error: invalid memory address or nil pointer dereference\n
package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println("calling")
	fmt.Println(f(1))
}
