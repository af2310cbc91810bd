// Taking addresses and indirection.
package main

type T struct{ f int }

func f() int { return 1 }

func getT() T { return T{} }

func main() {
	m := map[string]int{}
	s := "str"
	x := 1
	const c = 1
	_ = &f()        // ERROR "invalid operation: cannot take address of f\(\) \(value of type int\)"
	_ = &m["a"]     // ERROR "invalid operation: cannot take address of m\[\"a\"\] \(map index expression of type int\)"
	_ = &s[0]       // ERROR "invalid operation: cannot take address of s\[0\] \(value of type byte\)"
	_ = &c          // ERROR "invalid operation: cannot take address of c \(untyped int constant 1\)"
	_ = &1          // ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)"
	_ = &getT().f   // ERROR "invalid operation: cannot take address of getT\(\).f \(value of type int\)"
	_ = &(x + 1)    // ERROR "invalid operation: cannot take address of \(?x \+ 1\)? \(value of type int\)"
	_ = *x          // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	_ = *s          // ERROR "invalid operation: cannot indirect s \(variable of type string\)"
	_ = *nil        // ERROR "invalid operation: cannot indirect nil"
	_ = &T{}
	_ = &x
}
