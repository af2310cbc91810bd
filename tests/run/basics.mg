// exit: 3
package main

import (
	"fmt"
	"os"
)

const (
	A = iota
	B
	C
)

type Celsius float64

var global = compute(4)

func compute(n int) int { return n * n }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func named(x int) (y int, z string) {
	y = x * 2
	z = "ok"
	return
}

func main() {
	fmt.Println("fib(20) =", fib(20))
	q, r := divmod(17, 5)
	fmt.Println(q, r, A, B, C, global)
	y, z := named(21)
	fmt.Printf("%d %s %v %5.2f|%-4d|%x %q %t\n", y, z, 3.5, 3.14159, 7, 255, "hi", true)
	var i8 int8 = 127
	i8++
	fmt.Println(i8, -7/2, -7%2)
	s := ""
	for i := 0; i < 5; i++ {
		if i == 3 {
			continue
		}
		s += fmt.Sprint(i)
	}
	fmt.Println(s)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	n := 0
	for {
		n++
		if n > 10 {
			break
		}
	}
	for n > 0 {
		n -= 3
	}
	fmt.Println(n, len("héllo"))
	var f float64 = 1e21
	fmt.Println(f, 0.1+0.2, Celsius(36.6))
	x := 10
	func() {
		x++
	}()
	fmt.Println(x)
	xs := []int{1, 2, 3}
	xs = append(xs, 4)
	m := map[string]int{"a": 1}
	m["b"] = 2
	fmt.Println(xs, len(xs), m)
	for i, v := range xs {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	os.Exit(3)
}
