// len, cap and range of arrays and pointers to arrays: len/cap is the array length (constant
// unless the operand has calls or receives, which are then evaluated; a nil pointer is never
// dereferenced), index-only range of a nil array pointer runs len times, a range with a value
// reads through the pointer live, and `for k, v = range` assigns in parallel.
package main

import "fmt"

var calls int

func f() *[3]int { calls++; return nil }
func g() [3]int  { calls += 10; return [3]int{} }
func h() int     { calls += 100; return 1 }

type A [3]int

var arr A

func main() {
	var p *[3]int
	const c1 = len(p)
	const c2 = cap(A(arr))
	var i any = arr
	const c3 = len(i.(A))
	fmt.Println(c1, c2, c3, cap(p), len(f()), cap(f()), calls)
	n := len([3]int{h(), 2, 3})
	fmt.Println(n, calls)
	n = len([2]int{len([]int{h()}), 1})
	fmt.Println(n, calls)

	calls = 0
	for i := range p {
		fmt.Print(i)
	}
	for i, _ := range p {
		fmt.Print(i)
	}
	for range p {
		fmt.Print("x")
	}
	for i := range f() {
		fmt.Print(i)
	}
	for i := range g() {
		fmt.Print(i)
	}
	fmt.Println("", calls)

	var a [4]int
	q := &a
	for i, v := range q {
		if i < 3 {
			q[i+1] = v + 1
		}
		fmt.Print(v)
	}
	fmt.Println()
	for i, v := range a {
		if i < 3 {
			a[i+1] = v + 5
		}
		fmt.Print(v)
	}
	fmt.Println()

	x := []int{10, 20}
	k := 1
	for k, x[k] = range []int{99} {
	}
	fmt.Println(k, x)
	r := []rune{'a', 'b'}
	k = 1
	for k, r[k] = range "c" {
	}
	fmt.Println(k, string(r))
	m := map[int]int{}
	k = 7
	for k, m[k] = range map[int]int{1: 5} {
	}
	fmt.Println(k, m)

	defer func() { fmt.Println("recovered:", recover()) }()
	for i, v := range p {
		fmt.Println(i, v)
	}
}
