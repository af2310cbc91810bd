// make with a negative length computed at run time.
// exit: 2
// stderr: ^panic: runtime error: makeslice: len out of range\n
package main

import "fmt"

func main() {
	n := 2
	fmt.Println(len(make([]int, n)))
	n -= 5
	s := make([]int, n)
	fmt.Println(s)
}
