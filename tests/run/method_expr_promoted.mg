// Method expressions T.M and (*T).M whose method is promoted through embedded fields (values,
// pointers and interfaces), including literal struct and interface receiver types.
package main

import "fmt"

type T int

func (t T) m2() int { return int(t) * 2 }

func (t *T) inc() { *t++ }

type Outer struct{ *Inner }
type Inner struct{ s string }

func (i Inner) M() string { return i.s }

type W struct {
	x int
	T
}

type I interface{ Get(k int) int }

type G struct{ base int }

func (g G) Get(k int) int { return g.base + k }

type HasI struct {
	name string
	I
}

type Deep struct{ W }

func main() {
	g := struct{ T }.m2
	fmt.Println(g(struct{ T }{4}))
	fmt.Println(W.m2(W{1, 5}), (*W).m2(&W{1, 6}))
	h := (*Outer).M
	fmt.Println(h(&Outer{&Inner{"hello"}}), Outer.M(Outer{&Inner{"x"}}))
	k := (*W).inc
	w := W{1, 2}
	k(&w)
	k(&w)
	fmt.Println(w.T)
	get := HasI.Get
	fmt.Println(get(HasI{"a", G{10}}, 5), (*HasI).Get(&HasI{"b", G{20}}, 1))
	fmt.Println(interface{ Get(int) int }.Get(G{7}, 1))
	d := Deep{W{0, 3}}
	(*Deep).inc(&d)
	fmt.Println(Deep.m2(d), d.T)
}
