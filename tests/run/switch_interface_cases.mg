// Expression switch cases compared with an interface tag, with a missing tag (true) that
// an interface case is compared with, concrete tags with interface cases, and nil cases.
package main

import "fmt"

type T int
type F float64

type E struct{ msg string }

func (e E) Error() string { return e.msg }

func classify(i interface{}) string {
	switch i {
	case nil:
		return "nil"
	case (*int)(nil):
		return "nil *int"
	case 1:
		return "int 1"
	case T(1):
		return "T 1"
	case F(1.0):
		return "F 1"
	case 1.0:
		return "float64 1"
	case "hello":
		return "string hello"
	case true:
		return "bool true"
	}
	return "other"
}

func main() {
	var p *int
	for _, v := range []interface{}{nil, p, 1, T(1), F(1), 1.0, "hello", true, false, 2} {
		fmt.Println(classify(v))
	}

	// A missing tag is true: an interface case compares with true.
	i := interface{}(true)
	switch {
	case i:
		fmt.Println("i is true")
	case false:
		fmt.Println("unexpected")
	}
	switch j := interface{}(1); {
	case j:
		fmt.Println("unexpected")
	default:
		fmt.Println("j is not true")
	}

	// A concrete tag with interface cases.
	var e error = E{"boom"}
	switch (E{"boom"}) {
	case e:
		fmt.Println("concrete tag matched interface case")
	}
	switch x := 3; x {
	case interface{}(2), interface{}(3):
		fmt.Println("x matched interface{}(3)")
	}

	// An error-typed tag with concrete cases.
	switch e {
	case E{"other"}:
		fmt.Println("unexpected")
	case E{"boom"}:
		fmt.Println("error tag matched E{boom}")
	}

	// Pointer and nil cases.
	switch p {
	case nil:
		fmt.Println("p is nil")
	}
	q := new(int)
	switch q {
	case p:
		fmt.Println("unexpected")
	case q:
		fmt.Println("q is q")
	}

	// Comparing an interface holding an incomparable value panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	var s interface{} = []int{1}
	switch s {
	case 1:
		fmt.Println("unexpected")
	case s:
		fmt.Println("unexpected")
	}
}
