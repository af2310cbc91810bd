// The builtins print and println reject arrays and structs (gc has no print routine for them),
// but accept every other kind of value.
package main

type S struct{ a int }

type A [2]int

func main() {
	var s S
	var a [2]int
	var na A
	var p *S
	println(s)      // ERROR "illegal types for operand: print"
	print(1, a)     // ERROR "illegal types for operand: print"
	println(na, p)  // ERROR "illegal types for operand: print"
	println(p, &a, a[:])
}
