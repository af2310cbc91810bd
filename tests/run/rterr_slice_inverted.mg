// A slice expression whose low bound exceeds its high bound.
// exit: 2
// stderr: ^panic: runtime error: slice bounds out of range \[3:2\]\n
package main

import "fmt"

func main() {
	s := "hello"
	lo, hi := 3, 2
	fmt.Println(s[lo:hi])
}
