// Rules for main, init, blank names and predeclared identifiers.
package main

func init() int { return 1 } // ERROR "func init must have no arguments and no return values"

func init(x int) {} // ERROR "func init must have no arguments and no return values"

var init = 1 // ERROR "cannot declare init - must be func"

type struct1 struct {
	a int
	a string // ERROR "a redeclared"
}

type iface interface {
	M()
	M() // ERROR "duplicate method M"
}

func _() {}

func main() {
	init()      // ERROR "undefined: init"
	_ = _       // ERROR "cannot use _ as value"
	var nil = 1 // shadowing predeclared names is allowed
	_ = nil
	type local int
	var l local = "x" // ERROR "cannot use \"x\" \(untyped string constant\) as local value in variable declaration"
	_ = l
}
