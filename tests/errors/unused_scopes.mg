// Unused variables in nested scopes, closures and shadowing declarations.
package main

func values() (int, error) { return 1, nil }

func main() {
	x := 1
	{
		x := 2 // ERROR "declared and not used: x"
	}
	if x := 3; x > 0 {
		y := x // ERROR "declared and not used: y"
	}
	for i := range 3 { // ERROR "declared and not used: i"
	}
	n, err := values() // ERROR "declared and not used: n"
	if err != nil {
		return
	}
	f := func() {
		z := 4 // ERROR "declared and not used: z"
		z = 5
	}
	f()
	var w = x // ERROR "declared and not used: w"
	var (
		p int // ERROR "declared and not used: p"
		q = 5
	)
	q++
	var arr [3]int // indexing on the left side counts as a use
	arr[0] = 1
	r := 0
	r += 1 // so do x op= y and x++ (q++ above)
	ptr := new(int)
	*ptr = 2
}
