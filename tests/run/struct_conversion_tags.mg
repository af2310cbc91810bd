// Struct types that differ only in field tags convert to each other (Go 1.8), also through
// pointers and in nested struct fields.
package main

import "fmt"

type Wire struct {
	Name string `json:"name"`
	Pos  struct {
		X int `json:"x"`
	} `json:"pos"`
}

type Model struct {
	Name string
	Pos  struct{ X int }
}

func main() {
	w := Wire{Name: "a"}
	w.Pos.X = 3
	m := Model(w)
	m.Name = "b"
	pw := (*Wire)(&m)
	pw.Pos.X = 4
	fmt.Printf("%+v %+v\n", w, m)
}
