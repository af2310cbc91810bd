// Named results and returns in closures.
package main

func named() (x int, err error) {
	return 1 // ERROR "not enough return values"
}

func namedBare() (x int) {
	return
}

func shadowed() (x int) {
	{
		x := 2
		_ = x
		return // ERROR "result parameter x not in scope at return"
	}
}

func main() {
	f := func() int {
		return "x" // ERROR "cannot use \"x\" \(untyped string constant\) as int value in return statement"
	}
	g := func() {
		return 1 // ERROR "too many return values"
	}
	h := func() int {
	} // ERROR "missing return"
	named()
	namedBare()
	shadowed()
	_, _, _ = f, g, h
}
