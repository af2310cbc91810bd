// A panic raised by a deferred call while another panic unwinds: Go prints both, the first
// one first.
// exit: 2
// stderr: ^panic: first\n\tpanic: second\n
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer defer still runs")
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}
