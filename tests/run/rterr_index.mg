// Indexing a slice out of range panics with Go's message and exit status 2, after deferred
// calls have run.
// exit: 2
// stderr: ^panic: runtime error: index out of range \[5\] with length 3\n\ngoroutine 1 \[running\]:
package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	defer fmt.Println("deferred runs")
	s := []int{1, 2, 3}
	fmt.Println(get(s, 2))
	fmt.Println(get(s, 5))
}
