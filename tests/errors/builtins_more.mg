// More built-in misuse: min/max, clear, close, panic, built-ins as values.
package main

func main() {
	x := 1
	f := 1.5
	s := "s"
	_ = min(x, f)           // ERROR "invalid argument: mismatched types int \(previous argument\) and float64 \(type of f\)"
	_ = max(s, 1)           // ERROR "cannot convert 1 \(untyped int constant\) to type string|mismatched types"
	_ = min()               // ERROR "invalid operation: not enough arguments for min\(\) \(expected 1, found 0\)"
	clear(x)                // ERROR "invalid argument: cannot clear x \(variable of type int\): argument must be \(or constrained by\) map or slice"
	close(x)                // ERROR "invalid operation: cannot close non-channel x \(variable of type int\)"
	panic()                 // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
	g := len                // ERROR "len \(built-in\) must be called"
	_ = g
	_ = make([]int, -1)     // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make([]int, 10, 5)  // ERROR "invalid argument: length and capacity swapped"
	_ = make([]int, "a")    // ERROR "cannot convert \"a\" \(untyped string constant\) to type int"
}
