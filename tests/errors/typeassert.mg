// Type assertions and type switches need interfaces; impossible assertions.
package main

type I interface{ M() }

type T struct{}

func (T) M() {}

type U struct{}

type P struct{}

func (*P) M() {}

func main() {
	x := 1
	var i I
	var e any
	_ = x.(int)          // ERROR "invalid operation: x \(variable of type int\) is not an interface"
	switch x.(type) {    // ERROR "x \(variable of type int\) is not an interface"
	}
	_ = i.(U)            // ERROR "impossible type assertion: i.\(U\)"
	_ = i.(P)            // ERROR "impossible type assertion: i.\(P\)"
	_ = i.(T)
	_ = i.(*P)
	_ = e.(U)
	switch i.(type) {
	case U:              // ERROR "impossible type switch case: U"
	case T, *P:
	}
	_ = e.(undefinedT)   // ERROR "undefined: undefinedT"
	v, ok := e.(int)
	_, _ = v, ok
}
