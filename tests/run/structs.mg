// Structs: value semantics, field access through pointers, anonymous structs, == on
// comparable structs, embedded structs and pointers with promoted fields and methods
// (shadowing by depth), an embedded field named like its type, and struct tags-free nesting.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int       { return p.X + p.Y }
func (p *Point) Scale(k int)   { p.X *= k; p.Y *= k }
func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }

// An embedded field's name is its type's name: Dog.Animal.
type Dog struct {
	Animal
	Breed string
}

// Bark is declared on Dog; Describe is promoted from Animal unless Dog declares its own.
func (d Dog) Bark() string { return d.Name + " says woof" }

type Puppy struct {
	*Dog
	Age int
}

type Named struct{ Name string }

// Shadowing: Outer.Name is the shallower field.
type Outer struct {
	Named
	Name string
}

type Circle struct {
	Point
	R int
}

type Line struct {
	A, B Point
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p == q, p != q, p == Point{1, 2})
	pp := &p
	pp.Y = 20
	pp.Scale(2)
	p.Scale(1)
	fmt.Println(p, pp.Sum(), (*pp).X)
	fmt.Printf("%v %+v\n", p, Line{Point{1, 2}, Point{3, 4}})

	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name, d.Breed)
	fmt.Println(d.Describe(), "|", d.Bark())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Describe())
	d.Legs = 3
	fmt.Println(d.Describe())
	fmt.Printf("%v %+v\n", d, d)

	pup := Puppy{&d, 1}
	pup.Rename("Tiny")
	fmt.Println(pup.Name, d.Name, pup.Bark(), pup.Describe(), pup.Age)

	o := Outer{Named{"inner"}, "outer"}
	fmt.Println(o.Name, o.Named.Name)

	c := Circle{Point{3, 4}, 5}
	fmt.Println(c.X, c.Sum(), c.Point)
	c.Scale(2)
	fmt.Println(c.Point, c.R, c == Circle{Point{6, 8}, 5})

	anon := struct {
		A int
		B string
	}{1, "x"}
	anon2 := anon
	anon2.A = 2
	fmt.Println(anon, anon2, anon == anon2)
	fmt.Printf("%+v %T\n", anon, p)
	var empty struct{}
	fmt.Println(empty, empty == struct{}{})

	l1 := Line{Point{1, 2}, Point{3, 4}}
	l2 := Line{B: Point{3, 4}, A: Point{1, 2}}
	fmt.Println(l1 == l2, l1.B.Y)
	l2.A.X = 0
	fmt.Println(l1 == l2, l2)

	var zero Dog
	fmt.Printf("%q %d %q\n", zero.Name, zero.Legs, zero.Breed)
	ptrs := []*Point{{1, 1}, {2, 2}}
	for _, pt := range ptrs {
		pt.Scale(3)
	}
	fmt.Println(*ptrs[0], ptrs[1].Sum())
	vals := []Point{{1, 1}, {2, 2}}
	for i := range vals {
		vals[i].Scale(10)
	}
	for _, v := range vals {
		v.Scale(100) // a copy
	}
	fmt.Println(vals)
	arr := [2]Circle{}
	arr[1].X = 9
	fmt.Println(arr[1].Point.X, arr[0] == arr[1])
}
