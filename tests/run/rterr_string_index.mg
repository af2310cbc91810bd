// Indexing a string past its end.
// exit: 2
// stderr: ^panic: runtime error: index out of range \[3\] with length 3\n
package main

import "fmt"

func main() {
	s := "abc"
	n := len(s)
	fmt.Println(s[n])
}
