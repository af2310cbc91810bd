// Error cascades: an operand of an invalid type (an undefined type, reported where it is
// written) is invalid, so its uses report nothing more, as in Go.
package main

import "fmt"

type T struct {
	f Undef1 // ERROR "undefined: Undef1"
	n int
}

func g(a Undef2) int { return 0 } // ERROR "undefined: Undef2"

func r() Undef3 { // ERROR "undefined: Undef3"
	return 1
}

func main() {
	var x UndefinedT // ERROR "undefined: UndefinedT"
	x.f = 1
	x.g()
	y := x + 1
	var n int = x
	x++
	if x {
	}
	fmt.Println(y, n, x[1], len(x), -x, x.(int), &x, *x)
	var t T
	t.f.g = 1
	t.f = "s"
	_ = T{f: 1, n: 2}
	_ = g("not an int") + r().field
	var p *UndefinedP // ERROR "undefined: UndefinedP"
	p.q = 3
	*p = 4
	var s []UndefinedE // ERROR "undefined: UndefinedE"
	s[0].h = 2
	s = append(s, 1)
	w := undefinedV // ERROR "undefined: undefinedV"
	w.foo()
	_ = w + 1
	for i, e := range x {
		_, _ = i, e
	}
	switch v := t.f.(type) {
	case int:
		_ = v
	}
	var m map[Undef4]int // ERROR "undefined: Undef4"
	m[1] = 2
	ch := make(chan Undef5) // ERROR "undefined: Undef5"
	ch <- 1
	(<-ch).foo()
}
