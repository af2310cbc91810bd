// Integer division by a zero variable panics; the program prints what came before.
// exit: 2
// stderr: ^panic: runtime error: integer divide by zero\n
package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(6, 3))
	var z int8
	fmt.Println(int8(7) % (z + 1))
	fmt.Println(div(1, 0))
}
