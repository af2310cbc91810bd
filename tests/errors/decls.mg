// Redeclarations and declaration rules.
package main

import "fmt" // ERROR "\"fmt\" imported and not used"

var dup int
var dup string // ERROR "dup redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

type T int
type T string // ERROR "T redeclared in this block"

const fmt = 1 // ERROR "fmt already declared through import of package fmt \(\"fmt\"\)"

func params(a int, a string) {} // ERROR "duplicate argument a|a redeclared in this block"

func results() (r int, r string) { return } // ERROR "duplicate argument r|r redeclared in this block"

func main() {
	a := 1
	var a int // ERROR "a redeclared in this block"
	_ = a
	var x, y = 1 // ERROR "assignment mismatch: 2 variables but 1 value|missing init expr"
	_, _ = x, y
	{
		a := "shadow is fine"
		_ = a
	}
}
