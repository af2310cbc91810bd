// Assignments: tuple assignment evaluates index operands and right-hand sides before
// assigning (swaps through slices, maps and struct fields), op-assignment on map entries,
// struct fields through pointers and slice elements, := redeclaring some variables, shadowing
// in inner scopes, increments on map entries, and assignment to the blank identifier.
package main

import "fmt"

type P struct{ X, Y int }

func two() (int, string) { return 2, "two" }

var calls []string

func idx(name string, i int) int {
	calls = append(calls, name)
	return i
}

func main() {
	a := []int{1, 2, 3}
	a[0], a[2] = a[2], a[0]
	fmt.Println(a)
	i := 0
	i, a[i] = 1, 9 // a[0] is assigned: the index is evaluated before any assignment
	fmt.Println(i, a)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)

	m := map[string]int{}
	m["a"] += 5
	m["a"] *= 3
	m["b"]++
	m["b"] <<= 4
	fmt.Println(m["a"], m["b"])
	ms := map[string][]int{"k": {1, 2}}
	ms["k"][1] += 40
	fmt.Println(ms)

	p := &P{1, 2}
	p.X += 10
	p.Y, p.X = p.X, p.Y
	fmt.Println(*p)
	ps := []P{{1, 1}, {2, 2}}
	ps[1].X *= 7
	ps[0], ps[1] = ps[1], ps[0]
	fmt.Println(ps)
	mp := map[int]*P{1: {0, 0}}
	mp[1].Y -= 3
	fmt.Println(*mp[1])

	n, s := two()
	n, t := 5, "new" // n reused, t new
	fmt.Println(n, s, t)
	if n := 100; n > 50 {
		fmt.Println("inner n", n)
	}
	fmt.Println("outer n", n)
	for n := 0; n < 1; n++ {
		n := "shadowed in body"
		fmt.Println(n)
	}
	_, s = two()
	_ = s
	var _ = 5

	arr := [3]int{}
	arr[idx("a", 0)], arr[idx("b", 1)] = idx("c", 10), idx("d", 20)
	fmt.Println(arr, calls)

	var q struct {
		list []int
		m    map[string]int
	}
	q.list = append(q.list, 1)
	q.m = map[string]int{"z": 26}
	q.m["z"]--
	fmt.Println(q.list, q.m)
	b := []byte("abc")
	b[0] ^= 0x20
	b[1] -= 1
	fmt.Println(string(b))
	f := 1.5
	f *= 2
	f -= 0.5
	f /= 5
	fmt.Println(f)
	str := "x"
	str += "y"
	str = str + str
	fmt.Println(str)
	π := 3.14159
	größe := 2
	fmt.Println(π*float64(größe), größe)
}
