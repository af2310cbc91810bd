// A 3-index slice whose max exceeds the capacity.
// exit: 2
// stderr: ^panic: runtime error: slice bounds out of range \[::9\] with capacity 4\n
package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	k := 9
	fmt.Println(len(s[0:1:4]))
	fmt.Println(s[0:1:k])
}
