// Calls: argument counts and types, calling non-functions.
package main

func two(a int, b string) int { return a }

func none() {}

func main() {
	two(1)            // ERROR "not enough arguments in call to two"
	two(1, "a", 3)    // ERROR "too many arguments in call to two"
	two("a", "b")     // ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to two"
	x := 5
	x()               // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	y := none()       // ERROR "none\(\) \(no value\) used as value"
	two(1, "b") + 1   // ERROR "is not used"
	_ = y
}
