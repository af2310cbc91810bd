// run

// Prints to stdout and stderr; the expected output is both, as in Go's run.go.

package main

import "fmt"

func main() {
	fmt.Println("to stdout")
	println("to stderr")
}
