// Dereferencing a nil pointer (a field access through it) panics with Go's message, printed
// with the [signal SIGSEGV ...] line Go adds.
// exit: 2
// stderr: ^panic: runtime error: invalid memory address or nil pointer dereference\n
package main

import "fmt"

type T struct{ X int }

func main() {
	var p *T
	fmt.Println("before")
	fmt.Println(p.X)
}
