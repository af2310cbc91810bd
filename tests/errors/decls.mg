// Redeclarations and declaration rules.
package main

var dup int
var dup string // ERROR "dup redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

func main() {
	a := 1
	var a int // ERROR "a redeclared in this block"
	_ = a
	var x, y = 1 // ERROR "assignment mismatch: 2 variables but 1 value|missing init expr"
	_, _ = x, y
}
