// The builtin println of reference values, which Go prints as raw pointers: a slice as
// [len/cap]0x..., maps, channels, funcs and pointers as 0x..., interfaces as (0x...,0x...).
// Nil values print 0x0; the addresses of live values vary, so only their shape is checked.
// stderr: (?m)^0x0 0x0 0x0 0x0 \[0/0\]0x0 \(0x0,0x0\) \(0x0,0x0\) 3$
// stderr: (?m)^\[0/0\]0x0$
// stderr: (?m)^\[3/10\]0x[0-9a-f]+ 0x[0-9a-f]+ 0x[0-9a-f]+ 0x[0-9a-f]+ 0x[0-9a-f]+$
// stderr: (?m)^\(0x[0-9a-f]+,0x[0-9a-f]+\) \(0x[0-9a-f]+,0x[0-9a-f]+\)$
// stderr: (?m)^\[1/8\]0x[0-9a-f]+ true$
package main

import "fmt"

type I interface{ M() }

type P struct{ n int }

func (P) M() {}

type E int

type L []int

func main() {
	var f func()
	var m map[int]int
	var c chan int
	var p *int
	var s []int
	var e any
	var i I
	println(f, m, c, p, s, e, i, E(3))
	print(s, "\n")

	s = make([]int, 3, 10)
	m = map[int]int{1: 2}
	c = make(chan int, 1)
	x := 4
	p = &x
	f = func() { x++ }
	println(s, m, c, p, f)
	e = 5
	i = P{1}
	println(e, i)
	println(L(s[2:3]), L(s) != nil)
	fmt.Println(len(s), cap(s), x)
}
