// Duplicate constant cases in switches.
package main

const k = 2

type Color int

const (
	Red Color = iota
	Green
)

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 2: // ERROR "duplicate case 2 \(constant of type int\) in expression switch"
	case k: // ERROR "duplicate case k \(constant 2 of type int\) in expression switch"
	case 1 + 2:
	case 3: // ERROR "duplicate case 3 \(constant of type int\) in expression switch"
	}
	s := "a"
	switch s {
	case "a", "b":
	case "a": // ERROR "duplicate case \"a\" \(constant of type string\) in expression switch"
	}
	c := Red
	switch c {
	case Red, Green:
	case 0: // ERROR "duplicate case 0 \(constant of type Color\) in expression switch"
	}
	switch { // repeated boolean cases are valid Go: only numbers and strings are checked
	case true:
	case true:
	}
	var v any = 1
	switch v.(type) {
	case int:
	case int: // ERROR "duplicate case int in type switch"
	case nil:
	case nil: // ERROR "duplicate case nil in type switch"
	}
	switch x {
	default:
	default: // ERROR "multiple defaults \(first at .*switch_dup.mg:44:2\)"
	}
}
