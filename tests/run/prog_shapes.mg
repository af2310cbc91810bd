// Interfaces, embedded structs and interfaces, method values, struct printing.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type base struct {
	name  string
	color string
}

func (b base) Name() string      { return b.name }
func (b *base) Paint(c string)   { b.color = c }
func (b base) Describe() string  { return b.name + "(" + b.color + ")" }

type Circle struct {
	base
	R float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Rect struct {
	base
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Square struct {
	Rect
}

func (s Square) Name() string { return "square:" + s.Rect.Name() }

type Point struct{ X, Y int }

type Segment struct {
	A, B  Point
	Label *string
	Tags  []string
	Meta  map[string]int
}

func apply(fs []func() float64) []float64 {
	out := make([]float64, len(fs))
	for i, f := range fs {
		out[i] = math.Round(f()*100) / 100
	}
	return out
}

func main() {
	shapes := []NamedShape{
		Circle{base{"c1", "red"}, 1.5},
		Rect{base: base{name: "r1"}, W: 3, H: 4},
		Square{Rect{base{"s1", "blue"}, 2, 2}},
		&Circle{base{"c2", "green"}, 0.5},
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-10s %-14T area=%6.2f perim=%6.2f\n", s.Name(), s, s.Area(), s.Perimeter())
	}
	var areas []func() float64
	for _, s := range shapes {
		areas = append(areas, s.Area)
	}
	fmt.Println(apply(areas))

	r := Rect{base{"r2", "white"}, 1, 2}
	paint := r.Paint
	paint("black")
	fmt.Println(r.Describe(), r.color)
	desc := Rect.Area
	fmt.Println(desc(r))
	pp := (*base).Paint
	pp(&r.base, "pink")
	fmt.Println(r.base)

	label := "main"
	seg := Segment{A: Point{1, 2}, B: Point{3, 4}, Label: &label, Tags: []string{"x"}, Meta: map[string]int{"w": 2}}
	fmt.Printf("%v\n", seg.A)
	fmt.Printf("%+v\n", seg.B)
	fmt.Printf("%#v\n", seg.A)
	fmt.Printf("%v %+v\n", seg.Tags, seg.Meta)
	fmt.Printf("%#v %#v\n", seg.Tags, seg.Meta)
	fmt.Println(*seg.Label, seg.Label != nil)
	var nilSeg Segment
	fmt.Printf("%+v\n", nilSeg)
	fmt.Printf("%#v\n", nilSeg)
	c := Circle{base{"c3", "x"}, 2}
	fmt.Printf("%v\n%+v\n", c, c)
	fmt.Printf("%#v\n", c)
	var sh Shape = c
	if n, ok := sh.(Named); ok {
		fmt.Println("named:", n.Name())
	}
	if _, ok := sh.(interface{ Paint(string) }); !ok {
		fmt.Println("value Circle has no Paint")
	}
	var sh2 Shape = &c
	if p, ok := sh2.(interface{ Paint(string) }); ok {
		p.Paint("gold")
		fmt.Println(c.color)
	}
	names := make([]string, 0)
	for _, s := range shapes {
		switch v := s.(type) {
		case Circle, *Circle:
			names = append(names, fmt.Sprintf("circle %v", v.Name()))
		case Square:
			names = append(names, "square "+v.Name())
		default:
			names = append(names, fmt.Sprintf("other %T", v))
		}
	}
	fmt.Println(strings.Join(names, "; "))
}
