// Assignments to values that cannot be assigned.
package main

type T struct{ f int }

func getT() T { return T{} }

func getP() *T { return &T{} }

func main() {
	m := map[string]T{}
	s := "abc"
	const c = 1
	m["a"].f = 1      // ERROR "cannot assign to struct field m\[\"a\"\].f in map"
	s[0] = 'x'        // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)|cannot assign to s\[0\] \(value of type byte\)"
	c = 2             // ERROR "cannot assign to c \(neither addressable nor a map index expression\)|cannot assign to c \(untyped int constant 1\)"
	getT().f = 1      // ERROR "cannot assign to getT\(\).f \(neither addressable nor a map index expression\)"
	getP().f = 1
	len(s) = 1        // ERROR "cannot assign to len\(s\) \(neither addressable nor a map index expression\)"
	"abc"[1] = 'x'    // ERROR "cannot assign to \"abc\"\[1\] \(neither addressable nor a map index expression\)"
	m["a"].f++        // ERROR "cannot assign to struct field m\[\"a\"\].f in map"
	getT().f += 1     // ERROR "cannot assign to getT\(\).f \(neither addressable nor a map index expression\)"
	main = nil        // ERROR "cannot assign to main \(neither addressable nor a map index expression\)"
	nil = 1           // ERROR "cannot assign to nil \(neither addressable nor a map index expression\)"
}
