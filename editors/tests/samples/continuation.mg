// continuation.mg: statements gofmt spreads over several lines (signatures, case
// lists, conditions in parentheses, return lists) and comments around cases; editor
// test sample (gofmt-formatted), modelled on layouts found in Go's standard library.
package main

import "fmt"

type state int

const (
	idle state = iota
	running
	waiting
	blocked
	done
)

func split(total, parts int,
	roundUp bool) (size, rest int) {
	size = total / parts
	rest = total % parts
	if roundUp && rest != 0 {
		size++
	}
	return size,
		total - size*parts
}

func describe(s state, pending int) string {
	switch s {
	// Not started yet.
	case idle:
		return "idle"
	case running,
		waiting,
		blocked:
		if pending > 0 &&
			(s == waiting ||
				s == blocked && pending > 10) {
			return "busy"
		}
		// Otherwise fall through to the default text.
	case done:
		// Nothing left to do.
	default:
		return "unknown"
	}
	return fmt.Sprint(s) /* the number */
}

func visit(items []int, each func(int) bool) {
	/*
	   Visits items in order:
	        items --> each --> stop?
	                    \____ no: next item
	*/
	for _, it := range items {
		if !each(it) {
			return
		}
	}
}

func main() {
	size, rest := split(10, 3,
		true)
	visit([]int{size, rest},
		func(v int) bool {
			fmt.Println(describe(state(v), v))
			return v < 5
		})
	fmt.Println(describe(running, 1), describe(done, 0))
}
