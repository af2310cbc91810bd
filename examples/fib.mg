// fib prints the first Fibonacci numbers, computed recursively and iteratively.
package main

import "fmt"

func fibRec(n int) int {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

func fibIter(n int) (result int, steps int) {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
		steps++
	}
	return a, steps
}

func main() {
	for i := 0; i <= 10; i++ {
		v, steps := fibIter(i)
		fmt.Printf("fib(%2d) = %3d (recursive %3d, %d steps)\n", i, v, fibRec(i), steps)
	}
	big, _ := fibIter(90)
	fmt.Println("fib(90) =", big)
}
