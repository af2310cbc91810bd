// Functions: several parameters and results, named results, recursion, closures capturing
// variables by reference, function values, variadic calls.
package main

import "fmt"

func swap(a, b string) (string, string) { return b, a }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func apply(f func(int) int, v int) int { return f(v) }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	a, b := swap("hello", "world")
	fmt.Println(a, b)
	fmt.Println(split(17))
	fmt.Println(fact(10))
	next := counter()
	next()
	next()
	fmt.Println(next())
	double := func(x int) int { return x * 2 }
	fmt.Println(apply(double, 21))
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
}
