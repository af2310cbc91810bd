// Misuses that minigo's parser rejects, so that type checking does not run: a file of their own.
package main

func main() {
	var y [...]int // ERROR "invalid use of \[\.\.\.\] array \(outside a composite literal\)"
	var e any
	_ = e.(type) // ERROR "use of \.\(type\) outside type switch"
	_, _ = y, e
}
