// Expression switch cases: each case x must make `x == tag` a valid comparison (a missing tag
// is true), after an untyped x has taken the tag's type.
package main

type I interface{ M() }

func main() {
	x := 1
	switch {
	case x: // ERROR "invalid case x in switch on true \(mismatched types int and bool\)"
	case x > 0:
	}
	switch x {
	case "a": // ERROR "cannot convert \"a\" \(untyped string constant\) to type int"
	case 1.5: // ERROR "1.5 \(untyped float constant\) truncated|cannot use 1.5"
	}
	var i interface{} = 1
	switch i {
	case []int{}: // ERROR "invalid case \[\]int{} in switch on i \(slice can only be compared to nil\)"
	case 1, "s", nil, x:
	}
	var s []int
	switch s {
	case nil:
	case s: // ERROR "invalid case s in switch on s \(slice can only be compared to nil\)"
	}
	var m I
	switch m {
	case x: // ERROR "invalid case x in switch on m \(mismatched types int and I\)"
	case nil:
	}
	switch x {
	case i:
	case m: // ERROR "invalid case m in switch on x \(mismatched types I and int\)"
	}
	p := &x
	switch p {
	case nil, &x:
	case 0: // ERROR "cannot convert 0 \(untyped int constant\) to type \*int|cannot use 0"
	}
}
