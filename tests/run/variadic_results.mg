// Variadic functions (called with no, some, and spread arguments; the spread slice is
// shared, not copied), several results, named results, multi-value calls passed straight
// to another call, and blank identifiers.
package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func join(sep string, parts ...string) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += p
	}
	return s
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func describe(xs ...int) string {
	return fmt.Sprint(len(xs), xs == nil)
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func three() (int, string, bool) { return 1, "two", true }

func named() (x int, err error) {
	x = 5
	if x > 3 {
		return x * 2, nil
	}
	return
}

func pair() (int, int) { return 3, 4 }

func add(a, b int) int { return a + b }

func logAll(prefix string, args ...interface{}) {
	fmt.Println(append([]interface{}{prefix}, args...)...)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	zeroFirst(xs...)
	fmt.Println(xs)
	fmt.Println(describe(), describe(1, 2), describe(nil...))
	fmt.Println(join(", ", "a", "b", "c"), join("-"), join("+", []string{"x", "y"}...))

	q, r := divmod(17, 5)
	fmt.Println(q, r)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	n, s, ok := three()
	fmt.Println(n, s, ok)
	_, s2, _ := three()
	fmt.Println(s2)
	v, err := named()
	fmt.Println(v, err)
	fmt.Println(add(pair()))
	fmt.Println(pair())
	fmt.Println(divmod(9, 2))
	logAll("log:", 1, "two", 3.0)
	logAll("empty")
	var i, j int
	i, j = pair()
	i, j = j, i
	fmt.Println(i, j)
	fmt.Println("sum of a pair", sum(pair()))
	values := []interface{}{1, "a", nil}
	fmt.Println(values...)
}
