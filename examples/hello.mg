// hello prints a greeting: the smallest minigo program.
package main

import "fmt"

func main() {
	fmt.Println("hello")
}
