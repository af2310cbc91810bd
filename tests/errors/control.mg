// Conditions, break and continue.
package main

func main() {
	x := 1
	if x { // ERROR "non-boolean condition in if statement"
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
	break    // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	switch {
	case x: // ERROR "invalid case x in switch \(mismatched types int and bool\)"
	}
	switch x {
	case 1:
	case 1: // ERROR "duplicate case 1 in expression switch"
	}
}
