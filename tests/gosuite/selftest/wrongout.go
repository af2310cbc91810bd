// run

// The .out beside it is deliberately wrong: the harness must report a failure.

package main

import "fmt"

func main() {
	fmt.Println("hello")
}
