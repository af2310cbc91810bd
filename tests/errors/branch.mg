// break, continue and fallthrough outside their statements.
package main

func main() {
	break    // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}
	select {
	default:
		continue // ERROR "continue is not in a loop"
	}
	for {
		func() {
			break // ERROR "break is not in a loop, switch, or select"
		}()
		func() {
			continue // ERROR "continue is not in a loop"
		}()
		break
	}
	switch {
	case true:
		fallthrough
	case false:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}
