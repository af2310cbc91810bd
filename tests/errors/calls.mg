// Calls: argument counts and types, calling non-functions, using results.
package main

type T struct{ f int }

func two(a int, b string) int { return a }

func none() {}

func pair() (int, string) { return 1, "a" }

func main() {
	two(1)                // ERROR "not enough arguments in call to two\n\thave \(number\)\n\twant \(int, string\)|not enough arguments in call to two"
	two(1, "a", 3)        // ERROR "too many arguments in call to two"
	two("a", "b")         // ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to two"
	none(1)               // ERROR "too many arguments in call to none"
	two(pair())
	two(pair(), 1)        // ERROR "multiple-value pair\(\) \(value of type \(int, string\)\) in single-value context"
	x := 5
	x()                   // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	var t T
	t.f()                 // ERROR "invalid operation: cannot call non-function t.f \(variable of type int\)"
	y := none()           // ERROR "none\(\) \(no value\) used as value"
	_ = y
	two(1, "b") + 1       // ERROR "is not used"
}
