// Pointers to anonymous struct types, locally, at package level and inside a struct.
package main

import "fmt"

var global *struct{ name string }

type node struct {
	meta *struct {
		label string
		owner *node
	}
}

func main() {
	var p *struct{ x int }
	fmt.Println(p == nil)
	p = &struct{ x int }{x: 7}
	fmt.Println(p.x, *p)
	global = &struct{ name string }{"g"}
	fmt.Println(global.name)
	n := &node{}
	n.meta = &struct {
		label string
		owner *node
	}{label: "root", owner: n}
	fmt.Println(n.meta.label, n.meta.owner == n)
}
