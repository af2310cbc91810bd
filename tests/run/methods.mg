// Methods: value and pointer receivers called on addressable values, pointers, map and
// slice elements; methods on named slices, maps, funcs and pointers-to-struct chains;
// method values of interfaces, pointers and embedded fields; method expressions of value,
// pointer and interface types; methods returning the receiver for chaining.
package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec     { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k int) *Vec { v.X *= k; v.Y *= k; return v }
func (v *Vec) Shift(d int) *Vec { v.X += d; v.Y += d; return v }
func (v Vec) String() string    { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Holder struct {
	*Vec
	name string
}

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() int { return s[len(s)-1] }

func main() {
	v := Vec{1, 2}
	v.Scale(2).Shift(1).Scale(10)
	fmt.Println(v, v.Add(Vec{1, 1}))
	vs := []Vec{{1, 1}, {2, 2}}
	vs[0].Scale(5)
	fmt.Println(vs)
	arr := [2]Vec{}
	arr[1].Shift(3)
	fmt.Println(arr)
	m := map[string]*Vec{"a": {1, 0}}
	m["a"].Scale(7)
	fmt.Println(m["a"].Add(Vec{}))

	var s Shape = Sq{3}
	area := s.Area
	s = Sq{4}
	fmt.Println(area(), s.Area())
	areaOf := Shape.Area
	fmt.Println(areaOf(Sq{5}))
	sqArea := Sq.Area
	fmt.Println(sqArea(Sq{6}))
	scale := (*Vec).Scale
	w := Vec{1, 1}
	scale(&w, 3)
	fmt.Println(w)
	add := Vec.Add
	fmt.Println(add(w, w))
	pAdd := (*Vec).Add
	fmt.Println(pAdd(&w, Vec{1, 1}))

	h := Holder{&Vec{2, 3}, "h"}
	h.Scale(2)
	shift := h.Shift
	shift(1)
	fmt.Println(*h.Vec, h.String(), h.name)
	str := h.String // bound to a copy of *h.Vec now
	h.Vec.X = 100
	fmt.Println(str(), h.Vec)

	var st Stack
	st.Push(1)
	st.Push(2)
	st.Push(3)
	fmt.Println(st.Pop(), st.Peek(), len(st))
	push := st.Push
	push(9)
	fmt.Println(st)
	fmt.Printf("%v %s\n", v, &v)
	var shapes []Shape
	for i := 1; i <= 3; i++ {
		shapes = append(shapes, Sq{i})
	}
	sum := 0
	for _, sh := range shapes {
		sum += sh.Area()
	}
	fmt.Println(sum)
}
