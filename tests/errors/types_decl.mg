// Type declarations and type expressions.
package main

type Rec struct { // ERROR "invalid recursive type Rec"
	r Rec
}

type A B // ERROR "invalid recursive type A"
type B A

type Arr [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"

var n = 3

type Dyn [n]int // ERROR "invalid array length n"

type U [N]int // ERROR "undefined array length N or missing type constraint|undeclared name N for array length"

type H [2.5]int // ERROR "array length 2.5 \(untyped float constant\) must be integer"

type M map[[]int]string // ERROR "invalid map key type \[\]int"

type F func() x // ERROR "undefined: x"

func main() {
	var v int.x  // ERROR "int.x undefined \(type int has no field or method x\)"
	var w main   // ERROR "main \(value of type func\(\)\) is not a type"
	_, _ = v, w
}
