// A non-constant shift of an untyped constant takes its type from the context, as if the
// shift were replaced by the constant alone; and types may refer to themselves through any
// indirection (pointers, slices, interface methods), including through other types.
package main

import "fmt"

func mask(s uint) uint8 { return 1 << s }

type Atom struct {
	name string
	next *List
}

type List struct {
	head Atom
	rest []List
}

type Visitor interface {
	Visit(n int) Visitor
}

type counter struct{ seen int }

func (c *counter) Visit(n int) Visitor {
	c.seen += n
	if n == 0 {
		return nil
	}
	return c
}

func main() {
	var v uint64
	pos := 40
	v = v | 1<<uint(pos)
	var small int8 = 1 << (pos / 8)
	var w int64 = 1.0 << pos
	fmt.Println(mask(7), v, small, 1<<pos, w)
	fmt.Printf("%T %T\n", 1<<pos, uint16(1)<<pos)

	l := List{head: Atom{name: "a"}}
	l.head.next = &List{head: Atom{name: "b"}}
	l.rest = append(l.rest, *l.head.next)
	fmt.Println(l.head.name, l.head.next.head.name, len(l.rest))

	c := &counter{}
	var vis Visitor = c
	for i := 3; vis != nil; i-- {
		vis = vis.Visit(i)
	}
	fmt.Println(c.seen)
}
