// Slicing beyond the capacity panics with Go's slice-bounds message.
// exit: 2
// stderr: ^panic: runtime error: slice bounds out of range \[:7\] with capacity 5\n
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	hi := 5
	fmt.Println(len(s[:hi]))
	hi = 7
	fmt.Println(s[:hi])
}
