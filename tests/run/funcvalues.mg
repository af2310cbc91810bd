// Function values and closures: closures capture variables by reference (and share them),
// counters and generators, functions as arguments and results, recursion through a
// variable, nil func values, method values (bound receivers, copied for value receivers)
// and method expressions (T.M, (*T).M).
package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) int { a.total += n; return a.total }
func (a Acc) Get() int       { return a.total }

type Greeter string

func (g Greeter) Greet(name string) string { return string(g) + ", " + name }

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func adder(k int) func(int) int { return func(x int) int { return x + k } }

func main() {
	inc, reset := counter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())

	x := 1
	addX := func(y int) int { return x + y }
	x = 10
	fmt.Println(addX(1))
	setX := func() { x = 50 }
	setX()
	fmt.Println(x, addX(0))

	fmt.Println(apply([]int{1, 2, 3}, func(v int) int { return v * v }))
	fmt.Println(compose(adder(1), adder(10))(5), apply([]int{1}, adder(-1)))

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))

	var nf func()
	fmt.Println(nf == nil)
	nf = func() { fmt.Println("called") }
	fmt.Println(nf != nil)
	nf()

	// Closures in a loop share a variable declared outside it.
	total := 0
	var adds []func()
	for i := 1; i <= 3; i++ {
		v := i
		adds = append(adds, func() { total += v })
	}
	for _, f := range adds {
		f()
	}
	fmt.Println(total)

	// Method values bind the receiver when evaluated.
	acc := &Acc{}
	add := acc.Add
	add(5)
	add(6)
	fmt.Println(acc.total)
	val := Acc{total: 1}
	get := val.Get // copies val now
	val.total = 99
	fmt.Println(get(), val.Get())
	g := Greeter("hi")
	greet := g.Greet
	fmt.Println(greet("bob"))

	// Method expressions take the receiver as the first argument.
	fg := Greeter.Greet
	fmt.Println(fg("hello", "ann"))
	fa := (*Acc).Add
	fmt.Println(fa(acc, 1))
	fget := Acc.Get
	fmt.Println(fget(*acc))
	fpget := (*Acc).Get
	fmt.Println(fpget(acc))

	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](2, 3), ops["mul"](2, 3))
	fs := []func(int) int{adder(1), adder(2)}
	fmt.Println(fs[1](fs[0](0)))
	func(msg string) { fmt.Println("iife", msg) }("now")
	res := func(a, b int) (int, int) { return b, a }
	p, q := res(1, 2)
	fmt.Println(p, q)
	type handler func(string) string
	var h handler = func(s string) string { return "<" + s + ">" }
	fmt.Println(h("x"))
}
