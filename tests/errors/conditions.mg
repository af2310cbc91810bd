// Conditions must be boolean.
package main

type myBool bool

func f() int { return 1 }

func main() {
	x := 1
	s := "s"
	var mb myBool = true
	if mb { // a defined boolean type is fine
	}
	if x { // ERROR "non-boolean condition in if statement"
	}
	if s { // ERROR "non-boolean condition in if statement"
	}
	if f() { // ERROR "non-boolean condition in if statement"
	}
	if x = 2; x { // ERROR "non-boolean condition in if statement"
	}
	for s { // ERROR "non-boolean condition in for statement"
	}
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
	if nil { // ERROR "non-boolean condition in if statement|use of untyped nil"
	}
	_ = !s   // ERROR "operator ! not defined on s \(variable of type string\)"
	_ = x && true // ERROR "operator && not defined on x \(variable of type int\)|mismatched types int and untyped bool"
	_ = true || s // ERROR "mismatched types untyped bool and string|operator \|\| not defined"
}
