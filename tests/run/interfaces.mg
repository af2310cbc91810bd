// Interfaces: method sets (value vs pointer receivers), embedded interfaces, any and
// interface{}, the error interface with custom error types, interface comparison (dynamic
// type and value), nil interfaces vs interfaces holding nil pointers, type assertions with
// and without comma-ok, interface-to-interface assertions, and fmt's use of String/Error.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

// NamedShape embeds two interfaces.
type NamedShape interface {
	Shape
	Named
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

type Square struct{ S float64 }

func (s *Square) Area() float64      { return s.S * s.S }
func (s *Square) Perimeter() float64 { return 4 * s.S }

type MyErr struct {
	Code int
}

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f deg", float64(t)) }

func find(code int) error {
	if code == 0 {
		return nil
	}
	return &MyErr{code}
}

func mayReturnNilPtr() error {
	var e *MyErr
	return e // a non-nil interface holding a nil pointer
}

func total(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

type Stack interface {
	Push(int)
	Pop() int
	Len() int
}

type sliceStack struct{ data []int }

func (s *sliceStack) Push(v int) { s.data = append(s.data, v) }
func (s *sliceStack) Pop() int {
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v
}
func (s *sliceStack) Len() int { return len(s.data) }

func main() {
	var s Shape = Rect{3, 4}
	fmt.Println(s.Area(), s.Perimeter())
	s = &Square{2} // only *Square has the methods
	fmt.Println(s.Area(), total(Rect{1, 1}, &Square{3}))
	var ns NamedShape = Rect{2, 5}
	var sh Shape = ns // an interface converts to a smaller one
	fmt.Println(ns.Name(), ns.Area(), sh.Perimeter())
	var nm Named = ns
	fmt.Println(nm.Name())

	var a any = 42
	var e interface{} = "str"
	fmt.Println(a, e)
	a = Rect{1, 2}
	fmt.Printf("%v %T\n", a, a)
	if r, ok := a.(Rect); ok {
		fmt.Println("rect", r.W)
	}
	if _, ok := a.(Shape); ok {
		fmt.Println("a is a Shape")
	}
	if _, ok := a.(*Square); !ok {
		fmt.Println("a is not *Square")
	}
	n := a.(Named)
	fmt.Println(n.Name())
	i := interface{}(7).(int)
	fmt.Println(i + 1)

	// error values.
	if err := find(0); err == nil {
		fmt.Println("no error")
	}
	err := find(7)
	fmt.Println(err, err.Error())
	if me, ok := err.(*MyErr); ok {
		fmt.Println("code", me.Code)
	}
	err2 := mayReturnNilPtr()
	fmt.Println(err2 == nil, err2 != nil)
	var nilErr error
	fmt.Println(nilErr == nil, nilErr)

	// Comparison: equal dynamic types and values.
	var x, y interface{} = 1, 1
	fmt.Println(x == y, x == interface{}(2), x == interface{}(int64(1)), x != nil)
	var p1, p2 Shape = Rect{1, 2}, Rect{1, 2}
	fmt.Println(p1 == p2, p1 == Shape(Rect{2, 1}))
	sq := &Square{1}
	var q1, q2 Shape = sq, sq
	var q3 Shape = &Square{1}
	fmt.Println(q1 == q2, q1 == q3)
	fmt.Println(a == Rect{1, 2}, e == "str")
	var none1, none2 any
	fmt.Println(none1 == none2, none1 == nil)

	fmt.Println(Temp(21.5), []Temp{1, 2})
	fmt.Printf("%v|%s|%d\n", Temp(3), Temp(4), 5)
	var st Stack = &sliceStack{}
	for k := 0; k < 4; k++ {
		st.Push(k * k)
	}
	fmt.Println(st.Pop(), st.Pop(), st.Len())
	items := []interface{}{1, "a", 2.5, nil, Rect{}, true}
	for _, it := range items {
		fmt.Printf("%T ", it)
	}
	fmt.Println()
	m := map[string]interface{}{"n": 1, "s": "x"}
	fmt.Println(m["n"], m["s"], m["none"])
	var stringer interface{ String() string } = Temp(9)
	fmt.Println(stringer.String(), stringer)
}
