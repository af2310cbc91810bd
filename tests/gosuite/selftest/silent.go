// run

// No .out file: the program must print nothing.

package main

func main() {
	x := 0
	for i := 0; i < 3; i++ {
		x += i
	}
	if x != 3 {
		panic("sum")
	}
}
