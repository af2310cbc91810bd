// fmt with composite values: structs ({1 2}, {X:1 Y:2}, main.P{X:1, Y:2}), pointers to structs
// (&{1 2}) and to pointers, slices, arrays, maps with sorted keys of every key kind, nil slices,
// maps, pointers, funcs, channels and interfaces, nested and embedded values, %T of many types,
// and verbs applied element-wise (%x of []int, %q of []string, %5d of [3]int).
package main

import "fmt"

type P struct {
	X, Y int
}

type Inner struct {
	A []int
	M map[string]int
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *P
	Any   any
	Err   error
	lower float64
}

type Embed struct {
	P
	Tag string
}

type List []P
type Dict map[string][]int
type Pair [2]string
type Fn func(int) int
type Key struct {
	A int
	B string
}

func main() {
	p := P{1, 2}
	var np *P
	var ns []int
	var nm map[string]int
	var ni any
	var ne error
	var nf func()
	var nc chan int
	values := []any{
		p, &p, []P{{1, 2}, {3, 4}}, []*P{nil, nil}, [3]int{1, 2, 3}, [0]int{}, []int{}, ns, nm, map[string]int{},
		map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "z", 10: "t"}, map[float64]bool{2.5: true, -1: false},
		map[bool]int{true: 1, false: 0}, map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3}, map[[2]int]string{{2, 1}: "x", {1, 9}: "y"},
		np, ni, ne, Outer{"o", Inner{[]int{1}, map[string]int{"k": 1}}, nil, 42, nil, 1.5},
		Outer{}, Embed{P{5, 6}, "t"}, List{{7, 8}}, Dict{"z": {1}, "a": nil}, Pair{"l", "r"}, struct{}{}, struct {
			A *int
			B []string
		}{nil, []string{"x y", ""}}, [][]int{{1, 2}, nil, {}}, map[string]any{"n": nil, "s": "str", "i": 1, "f": []int{2}},
		[]any{1, "a", nil, 2.5, []int{3}}, &[]int{1}, &map[string]int{"a": 1}, &[2]string{"a", "b"},
		[]string{"a", "b c"}, []byte(nil), []rune("hé"), [2][]int{{1}, {2, 3}},
	}
	formats := []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%x", "%q", "%5v|", "%-5v|"}
	n := 0
	for _, f := range formats {
		for _, v := range values {
			fmt.Printf("%-5s ["+f+"]\n", f, v)
			n++
		}
	}
	// Pointers: nil prints <nil>; a pointer at depth > 0 prints as an address (not compared).
	fmt.Printf("%v %+v %#v %d\n", np, np, np, np)
	fmt.Printf("%v %s %p %v\n", nf, nc, nil, nc)
	pp := &p
	fmt.Println(fmt.Sprintf("%v", &pp) != "", fmt.Sprintf("%p", pp) == fmt.Sprintf("%p", &p), fmt.Sprintf("%v", []*P{&p})[:3])
	fmt.Printf("%T %T %T %T %T %T %T\n", nf, nc, make(chan<- string), make(<-chan bool), Fn(nil), func(int, ...string) (bool, error) { return false, nil }, new(error))
	fmt.Printf("%T %T %T %T %T %T\n", struct{ A int }{}, [2]*P{}, map[Key][]any{}, &np, 'x', uint8(1))
	fmt.Printf("%T %T %T %v %d\n", nil, ni, ne, ni, ni)
	fmt.Printf("%v %d %s\n", []any{nil}, []any{nil}, []any{nil})
	fmt.Printf("%x %X % x %#x %o %b\n", []int{10, 255}, []uint8{10, 255}, []int{1, 2}, []int{15, 16}, [2]int{8, 9}, []int{5})
	fmt.Printf("%q %5d %-4d| %06.2f %t\n", []string{"a", "b"}, [3]int{1, 22, 333}, []int{1, 2}, []float64{1.5, -2}, []bool{true})
	fmt.Printf("%v %+v\n", map[P]string{{2, 1}: "b", {1, 2}: "a"}, map[string]P{"k": {1, 2}})
	fmt.Printf("%v|%+v|%#v\n", Embed{}, Embed{}, Embed{})
	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, "s", 1.0, []string(nil), map[string]int(nil))
	fmt.Printf("%#v %#v %#v %#v %#v\n", int8(1), uint(7), 'x', true, any(nil))
	fmt.Println(p, &p, []P{p}, map[string]P{"a": p}, Outer{Name: "x"})
	n += 14
	fmt.Println("combinations:", n)
}
