// Assignment statement forms: counts, operators and declarations.
package main

func f() (int, int) { return 1, 2 }

func none() {}

func main() {
	var a, b int
	a, b = 1          // ERROR "assignment mismatch: 2 variables but 1 value"
	a = 1, 2          // ERROR "assignment mismatch: 1 variable but 2 values"
	a = f()           // ERROR "assignment mismatch: 1 variable but f\(\) returns 2 values"
	a, b = none()     // ERROR "assignment mismatch: 2 variables but none\(\) returns no values|none\(\) \(no value\) used as value"
	var c int = f()   // ERROR "assignment mismatch: 1 variable but f\(\) returns 2 values"
	var s string
	s += 1            // ERROR "cannot convert 1 \(untyped int constant\) to type string|mismatched types string and untyped int"
	a += "x"          // ERROR "cannot convert \"x\" \(untyped string constant\) to type int|mismatched types int and untyped string"
	s++               // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	b <<= 1.5         // ERROR "1.5 \(untyped float constant\) truncated to uint|invalid shift count|truncated"
	x := none()       // ERROR "none\(\) \(no value\) used as value"
	_, _, _, _, _ = a, b, c, s, x
}
