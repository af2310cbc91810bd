// Everyday Go idioms: compile-time interface checks, select assigning into map and slice
// elements, deleting while ranging, tag-only struct conversions, nil embedded interfaces.
package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

var _ Shape = (*Sq)(nil)
var _ io.Writer = (*strings.Builder)(nil)
var _ = fmt.Sprint
var _ error = (*myErr)(nil)

type myErr struct{}

func (*myErr) Error() string { return "myErr" }

type Celsius struct {
	Deg float64 `json:"deg"`
}
type Plain struct{ Deg float64 }

type Visitor interface{ Visit(n int) (w Visitor) }
type counter struct{ n *int }

func (c counter) Visit(n int) Visitor {
	*c.n += n
	if n > 2 {
		return nil
	}
	return c
}

type Base interface{ Hello() string }
type Wrapper struct{ Base }

const solo = iota

func apply(v interface{ Area() float64 }) string { return fmt.Sprintf("%.1f", v.Area()) }

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	m := map[string]int{}
	arr := make([]int, 2)
	var v int
	var ok bool
	for i := 0; i < 3; i++ {
		select {
		case m["k"] = <-ch:
		case arr[1] = <-ch:
		case v, ok = <-ch:
		}
	}
	fmt.Println(len(m)+len(arr) > 0, v >= 0, ok || !ok)
	mm := map[int]bool{1: true, 2: true, 3: true}
	for k := range mm {
		delete(mm, k)
	}
	fmt.Println(len(mm))
	c := Celsius{36.6}
	p := Plain(c)
	fmt.Println(p, Celsius(p))
	total := 0
	var vis Visitor = counter{&total}
	for i := 1; vis != nil; i++ {
		vis = vis.Visit(i)
	}
	fmt.Println(total)
	anon := map[string]struct {
		a int
		b []string
	}{"x": {1, []string{"q"}}}
	fmt.Printf("%+v\n", anon)
	var fn interface{} = func(x int) int { return x * 2 }
	if f, ok := fn.(func(int) int); ok {
		fmt.Println(f(21))
	}
	fmt.Println(solo, apply(&Sq{3}))
	w := Wrapper{}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(w.Hello())
	}()
	people := []struct {
		Name string
		Age  int
	}{{"a", 3}, {"b", 1}, {"c", 2}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	var e *myErr
	var err error = e
	fmt.Println(errors.Is(err, e), err.Error())
	type pair [2]int
	ps := map[pair]string{{1, 2}: "a"}
	fmt.Println(ps[pair{1, 2}])
	var iface interface{} = pair{1, 2}
	switch x := iface.(type) {
	case [2]int:
		fmt.Println("array", x)
	case pair:
		fmt.Println("pair", x[0])
	}
	b := []byte("hello")
	copy(b[1:], "EY")
	fmt.Println(string(b), strings.Contains(string(b), "EY"))
	x := []int{1, 2, 3, 4, 5}
	x = append(x[:1], x[2:]...)
	fmt.Println(x, len(x), cap(x))
	x = x[:0]
	fmt.Println(x, x == nil)
	var np *Sq
	fmt.Println(np == nil, Shape(np) == nil)
}
