// Arrays: value semantics on assignment and calls, == on arrays, [...] lengths, keyed
// elements, multi-dimensional arrays, arrays of structs, range over arrays and pointers to
// arrays, slicing arrays (sharing storage) and arrays as map keys.
package main

import "fmt"

type Point struct{ X, Y int }

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func fill(p *[3]int) {
	for i := range p {
		p[i] = i + 10
	}
}

func main() {
	var a [3]int
	fmt.Println(a, len(a), cap(a))
	b := [3]int{1, 2, 3}
	c := b
	c[0] = 100
	fmt.Println(b, c, b == c, b != c)
	c[0] = 1
	fmt.Println(b == c)
	d := double(b)
	fmt.Println(b, d)
	fill(&a)
	fmt.Println(a)
	e := [...]string{"x", "y", "z", "w"}
	fmt.Println(len(e), e)
	k := [5]int{1: 10, 3: 30}
	fmt.Println(k)
	m := [...]int{4: 1}
	fmt.Println(len(m))
	var grid [2][3]int
	grid[1][2] = 5
	grid[0] = [3]int{7, 8, 9}
	fmt.Println(grid, len(grid[0]))
	g2 := grid
	g2[0][0] = -1
	fmt.Println(grid[0][0], g2[0][0], grid == g2)
	pts := [2]Point{{1, 2}, {3, 4}}
	pts[1].X = 30
	fmt.Println(pts, pts == [2]Point{{1, 2}, {30, 4}})
	for i, v := range b {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	// Range over an array copies it first: changes during the loop are not seen.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	pa := &arr
	for i := range pa {
		pa[i]++
	}
	fmt.Println(arr, len(pa), pa[0])

	// Slicing an array shares its storage.
	nums := [6]int{0, 1, 2, 3, 4, 5}
	s := nums[1:4]
	s[0] = 99
	fmt.Println(nums, s, len(s), cap(s))
	s2 := nums[:]
	s3 := nums[2:4:5]
	fmt.Println(len(s2), cap(s3), s3)
	s3 = append(s3, 77)
	fmt.Println(nums)
	s3 = append(s3, 88)
	s3[0] = -2
	fmt.Println(nums, s3)
	ps := pa[1:]
	fmt.Println(ps)

	// Arrays are comparable, so they can be map keys.
	seen := map[[2]int]string{{1, 2}: "a"}
	seen[[2]int{3, 4}] = "b"
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{3, 4}], len(seen))
	var sa [2]string
	sa[1] = "q"
	fmt.Printf("%v %q %T\n", sa, sa, sa)
	type Matrix [2][2]float64
	id := Matrix{{1, 0}, {0, 1}}
	fmt.Println(id, id == Matrix{{1, 0}, {0, 1}})
}
