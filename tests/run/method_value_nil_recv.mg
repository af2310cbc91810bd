// A method value evaluates its receiver when bound: a nil interface, a nil pointer for a
// value method, or a nil embedded pointer on the way panics then; a nil pointer for a
// pointer method does not.
package main

import "fmt"

type I interface{ M() int }

type V int

func (v V) M() int { return int(v) }

type P int

func (p *P) M() int { return 7 }

type T4 struct{}

func (T4) M() int { return 40 }

type T3 struct{ *T4 }
type T2 struct{ *T3 }
type T1 struct{ T2 }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover() != nil) }()
	f()
}

func main() {
	var g func() int
	try("ptr value recv", func() { var p *V; g = p.M })
	try("iface", func() { var i I; g = i.M })
	try("t1", func() { var t T1; g = t.M })
	try("t2", func() { var t T2; g = t.M })
	try("t3p", func() { var t *T3; g = t.M })
	try("t3", func() { var t T3; g = t.M })
	try("ptr ptr recv", func() { var p *P; g = p.M })
	try("t4", func() { var t T4; g = t.M })
	fmt.Println(g != nil)
}
