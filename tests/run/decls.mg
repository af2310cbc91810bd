// Declarations: grouped const/var/type declarations, iota (skips, expressions, several per
// line, typed constants), package-level variables initialised in dependency order (not
// source order), several init functions run in order before main, local declarations that
// shadow package ones, and constant expressions evaluated exactly.
package main

import "fmt"

const (
	A = iota * 10
	B
	_
	D
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	x0, y0 = iota, iota + 100
	x1, y1
)

type Color uint8

const (
	Red Color = iota + 1
	Green
	Blue
)

const (
	c1 = "s"
	c2
	c3 = iota
)

type (
	ID   int
	Pair struct{ L, R ID }
)

var (
	total = a + b // depends on a and b, declared later
	a     = b * 2
	b     = initB()
	order []string
)

var fromFunc = compute()

func compute() int { return total + 1 }

func initB() int {
	order = append(order, "initB")
	return 3
}

func init() {
	order = append(order, "init1")
}

func init() {
	order = append(order, "init2")
}

const big = 1 << 200
const ratio = big / (1 << 198) // exact: 4
const pi = 3.14159265358979323846264338327950288
const third = 1.0 / 3

var counter int

func next() int {
	counter++
	return counter
}

var n1, n2 = next(), next()

func main() {
	fmt.Println(A, B, D)
	fmt.Println(KB, MB, GB)
	fmt.Println(x0, y0, x1, y1)
	fmt.Println(Red, Green, Blue)
	fmt.Printf("%T %v\n", Blue, Blue)
	fmt.Println(c1, c2, c3)
	fmt.Println(total, a, b, fromFunc)
	fmt.Println(order)
	fmt.Println(ratio, float32(pi), third*3 == 1)
	fmt.Println(n1, n2)
	p := Pair{1, 2}
	fmt.Printf("%v %T\n", p, p.L)

	const local = "local"
	var (
		u, v = 1, "v"
		w    float64
	)
	fmt.Println(local, u, v, w)
	A := "shadow"
	fmt.Println(A)
	{
		A := 3.5
		fmt.Println(A)
	}
	fmt.Println(A)
	type point struct{ x, y int }
	var pt point
	pt.x = 4
	fmt.Println(pt)
	const typed int8 = 100
	var t2 = typed / 3
	fmt.Printf("%T %v\n", t2, t2)
	const (
		e0 = iota
		e1
	)
	fmt.Println(e0, e1)
	var z1, z2 = 1, 2.0
	fmt.Printf("%T %T\n", z1, z2)
	var r = 'a'
	fmt.Printf("%T\n", r)
}
