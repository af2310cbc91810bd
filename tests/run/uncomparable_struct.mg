// Comparing interfaces holding a struct type with a slice field panics (recovered here).
package main

import "fmt"

type S struct {
	A int
	B []int
}

func main() {
	defer func() { fmt.Println("r:", recover()) }()
	var x, y interface{} = S{1, nil}, S{1, nil}
	fmt.Println(x == y)
}
