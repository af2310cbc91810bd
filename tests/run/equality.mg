// == and != on every comparable kind: structs (field by field, including nested arrays and
// interfaces), arrays, pointers, channels, interfaces (dynamic type and value, nil), mixed
// interface/concrete comparisons, float NaN and signed zeros, and comparing an interface
// holding an uncomparable type (a run-time panic, recovered here).
package main

import "fmt"

type P struct {
	X, Y int
	Tag  string
}

type Box struct {
	Vals [2]int
	Any  interface{}
	Ptr  *int
}

type Celsius float64

func main() {
	fmt.Println(P{1, 2, "a"} == P{1, 2, "a"}, P{1, 2, "a"} == P{1, 2, "b"})
	n := 5
	b1 := Box{[2]int{1, 2}, "s", &n}
	b2 := Box{[2]int{1, 2}, "s", &n}
	fmt.Println(b1 == b2)
	b2.Any = 1
	fmt.Println(b1 == b2)
	m := 5
	b2.Any, b2.Ptr = "s", &m
	fmt.Println(b1 == b2, *b1.Ptr == *b2.Ptr)

	a1, a2 := [3]string{"a", "b", "c"}, [3]string{"a", "b", "c"}
	fmt.Println(a1 == a2, a1 != [3]string{})
	p1, p2 := &n, &n
	fmt.Println(p1 == p2, p1 == &m, p1 != nil)
	c1 := make(chan int)
	c2 := c1
	fmt.Println(c1 == c2, c1 == make(chan int))

	var i1, i2 interface{} = P{1, 1, ""}, P{1, 1, ""}
	fmt.Println(i1 == i2, i1 == P{1, 1, ""}, i1 == nil)
	var i3 interface{} = Celsius(1)
	var i4 interface{} = 1.0
	fmt.Println(i3 == i4, i3 == Celsius(1))
	var e1, e2 error
	fmt.Println(e1 == e2)

	var nan = 0.0
	nan = nan / nan
	fmt.Println(nan == nan, nan != nan, 0.0 == -nan*0)
	z := 0.0
	negz := -z
	fmt.Println(z == negz)
	fs := map[float64]int{z: 1}
	fs[negz]++
	fmt.Println(len(fs), fs[0])

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var s1, s2 interface{} = []int{1}, []int{1}
	fmt.Println(s1 == s2)
}
