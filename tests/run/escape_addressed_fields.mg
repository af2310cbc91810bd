// Storage reached through a local variable's fields or array elements outlives the frame
// when it is sliced, has its address taken or gets a pointer method called on it: the
// variable must move to the heap (here the results are used after the frames are gone).
package main

import "fmt"

type buf struct {
	data [4]int
}

type counter struct{ n int }

func (c *counter) inc() *counter {
	c.n++
	return c
}

type holder struct {
	c     counter
	cells [2][3]int
}

func sliceOfField(v int) []int {
	var b buf
	s := b.data[:]
	for i := range s {
		s[i] = v + i
	}
	return s
}

func sliceOfNestedArray(v int) []int {
	var grid [2][3]int
	row := grid[1][:]
	row[0] = v
	return row
}

func pointerMethodOnField() *counter {
	var h holder
	return h.c.inc()
}

func methodValueOnField() func() *counter {
	var h holder
	return h.c.inc
}

func addressOfElement() *int {
	var h holder
	p := &h.cells[1][2]
	*p = 7
	return p
}

func main() {
	a, b := sliceOfField(10), sliceOfField(20)
	c, d := sliceOfNestedArray(5), sliceOfNestedArray(6)
	fmt.Println(a, b, c, d)
	p, q := pointerMethodOnField(), pointerMethodOnField()
	p.inc()
	fmt.Println(p.n, q.n)
	f := methodValueOnField()
	f()
	fmt.Println(f().n)
	e1, e2 := addressOfElement(), addressOfElement()
	*e1 = 8
	fmt.Println(*e1, *e2)
}
