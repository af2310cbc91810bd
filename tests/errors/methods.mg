// Method declarations: receivers, duplicates, fields versus methods.
package main

type T struct {
	x int
	x string // ERROR "x redeclared"
}

type U struct{ name int }

func (u U) name() {} // ERROR "field and method with the same name name"

func (t T) M()  {}
func (t *T) M() {} // ERROR "method T.M already declared at .*methods.mg:13:12|T.M redeclared"

type P *T

func (p P) N() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

func (i int) Bad() {} // ERROR "cannot define new methods on non-local type int"

type I interface{ M() }

func (i I) Bad() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

func (t **T) DoublePtr() {} // ERROR "invalid receiver type \*\*T"

func (x Undef) Z() {} // ERROR "undefined: Undef"

func main() {
	var t T
	t.Nope() // ERROR "t.Nope undefined \(type T has no field or method Nope\)"
	T.M(1)   // ERROR "cannot use 1 \(untyped int constant\) as T value in argument to T.M"
}
