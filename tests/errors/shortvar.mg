// Short variable declarations.
package main

type T struct{ f int }

func two() (int, int) { return 1, 2 }

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	a, b := 3, 4
	a, b := 5, 6 // ERROR "no new variables on left side of :="
	var t T
	t.f := 1 // ERROR "non-name t.f on left side of :="
	c, d := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	e, f := 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	g, h, i := two() // ERROR "assignment mismatch: 3 variables but two\(\) returns 2 values"
	j, j := 1, 2 // ERROR "j repeated on left side of :="
	_ := 1 // ERROR "no new variables on left side of :="
	_, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, j
}
