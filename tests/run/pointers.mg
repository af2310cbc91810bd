// Pointers: new, &x of locals (which then outlive the call), pointer equality, pointers to
// struct fields, array elements and slice elements, pointer-to-pointer, nil pointers, and
// automatic & and * for method calls.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Get() int   { return c.n }
func newInt(v int) *int      { x := v; return &x }
func swap(a, b *int)         { *a, *b = *b, *a }
func setVia(pp **int, v int) { **pp = v }

func main() {
	p := new(int)
	fmt.Println(*p, p != nil)
	*p = 42
	q := p
	*q++
	fmt.Println(*p, p == q)
	a, b := newInt(1), newInt(1)
	fmt.Println(*a == *b, a == b)
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	pp := &p
	setVia(pp, 7)
	fmt.Println(*p, **pp)

	var list *Node
	for i := 3; i > 0; i-- {
		list = &Node{i, list}
	}
	for n := list; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()

	var np *Node
	fmt.Println(np == nil, np)
	var ip *int
	fmt.Println(ip == nil)
	ip = &x
	fmt.Println(*ip)

	c := Counter{}
	c.Inc() // (&c).Inc()
	c.Inc()
	cp := &c
	fmt.Println(c.Get(), cp.Get()) // (*cp).Get()
	cs := []Counter{{}, {}}
	cs[1].Inc()
	fmt.Println(cs[0].Get(), cs[1].Get())
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].Get())

	pt := struct{ A, B int }{1, 2}
	fb := &pt.B
	*fb = 20
	fmt.Println(pt)
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep *= 10
	fmt.Println(arr)
	sl := []int{5, 6}
	sp := &sl[0]
	sl[0] = 50
	fmt.Println(*sp)

	// Each call of a closure-free function gets fresh locals.
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, newInt(i))
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	n1 := &Node{Val: 1}
	n2 := n1
	n2.Val = 2
	fmt.Println(n1.Val, n1 == n2, *n1 == *n2, n1 == &Node{Val: 2})
	pn := &n1.Next
	*pn = &Node{Val: 9}
	fmt.Println(n1.Next.Val)
	fmt.Printf("%v %+v\n", *n1.Next, Node{Val: 3})
}
