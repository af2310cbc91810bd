// More error cascades: undefined names in constants, array lengths, interfaces, receivers and
// results; the declarations that depend on them report nothing more.
package main

type I interface {
	Undef1 // ERROR "undefined: Undef1"
	M()
}

func (r *Undef2) Method() {} // ERROR "undefined: Undef2"

const c = undef3 + 1 // ERROR "undefined: undef3"

const d = c * 2

var arr [d]int

var arr2 [n]int // ERROR "undefined array length n|undeclared name n for array length"

func h() (int, Undef4) { return 0, nil } // ERROR "undefined: Undef4"

func main() {
	arr[0] = 1
	_ = len(arr) + d
	arr2[1] = 2
	a, b := h()
	_ = a + b
	b.x = a
	var i I
	i.M()
	var fn func(Undef5) int // ERROR "undefined: Undef5"
	_ = fn(3)
	var pp **Undef6 // ERROR "undefined: Undef6"
	(*pp).x = 1
	(**pp).y = 2
	k := undefined.Field // ERROR "undefined: undefined"
	k.f.g()
	_ = k == 1
}
