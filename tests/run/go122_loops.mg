// Go 1.22 loop semantics: range over an integer, and a fresh loop variable per iteration
// (closures created in different iterations see different variables).
// go: skip the Go 1.19 oracle predates range-over-int and per-iteration loop variables
package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()
	n := 0
	for range 4 {
		n++
	}
	fmt.Println(n)
}
