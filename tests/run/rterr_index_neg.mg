// A negative index into an array and an index into a string out of range.
// exit: 2
// stderr: ^panic: runtime error: index out of range \[-1\]\n
package main

import "fmt"

func main() {
	var a [4]int
	str := "abc"
	i := 2
	fmt.Println(a[i], str[i])
	i -= 3
	fmt.Println(a[i])
}
