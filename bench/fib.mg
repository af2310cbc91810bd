// Benchmark: naive recursive Fibonacci (function calls and integer arithmetic only).
// Argument: n (default 35).
package main

import (
	"fmt"
	"os"
	"strconv"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	n := 35
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	fmt.Println("fib", n, "=", fib(n))
}
