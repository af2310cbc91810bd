// Slices: make with length and capacity, append growth and aliasing, copy (also from a
// string), nil vs empty slices, 3-index slicing limiting capacity, slices of slices, and
// passing slices to functions (shared backing array).
package main

import "fmt"

func setFirst(s []int) { s[0] = -1 }

func appendOne(s []int) []int { return append(s, 1) }

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	s = append(s, 1, 2, 3)
	fmt.Println(s, len(s), s == nil)
	e := []int{}
	fmt.Println(e == nil, len(e))
	m := make([]int, 3, 10)
	fmt.Println(m, len(m), cap(m))
	m2 := make([]string, 2)
	fmt.Printf("%q %d\n", m2, cap(m2))

	setFirst(s)
	fmt.Println(s)
	t := s[:2]
	t = appendOne(t)
	fmt.Println(s, t) // t's append wrote into s's array
	u := s[0:2:2]
	u = append(u, 42)
	u[0] = 7
	fmt.Println(s, u, cap(s[1:2:3]))

	big := make([]int, 0, 1)
	prevCap := cap(big)
	grows := 0
	for i := 0; i < 100; i++ {
		big = append(big, i)
		if cap(big) != prevCap {
			grows++
			prevCap = cap(big)
		}
	}
	fmt.Println(len(big), big[99], grows > 3)

	// copy returns the number of elements copied, handles overlap.
	dst := make([]int, 2)
	n := copy(dst, []int{9, 8, 7})
	fmt.Println(n, dst)
	o := []int{1, 2, 3, 4, 5}
	copy(o[1:], o)
	fmt.Println(o)
	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)

	// append of a slice to itself and of a string to []byte.
	a := []int{1, 2}
	a = append(a, a...)
	fmt.Println(a)
	b := append([]byte("ab"), "cd"...)
	fmt.Println(string(b))
	var none []int
	a = append(a, none...)
	fmt.Println(len(a))

	// Slices of slices.
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid[2]))
	words := [][]string{{"a"}, {"b", "c"}, nil}
	fmt.Println(words, len(words[2]), words[2] == nil)

	// Slicing with omitted bounds and re-slicing up to capacity.
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	w := base[2:4]
	fmt.Println(w, len(w), cap(w), w[:cap(w)])
	w = w[1:]
	fmt.Println(w, cap(w))
	lim := base[1:3:4]
	fmt.Println(lim, len(lim), cap(lim), lim[:3])

	// Removing an element and inserting one.
	r := []string{"a", "b", "c", "d"}
	r = append(r[:1], r[2:]...)
	fmt.Println(r, len(r))
	r = append(r[:1], append([]string{"X"}, r[1:]...)...)
	fmt.Println(r)
	ptrs := []*int{new(int), new(int)}
	*ptrs[1] = 5
	fmt.Println(*ptrs[0], *ptrs[1])
	fs := []float64{1.5, 2.5}
	fs[0] += fs[1]
	fmt.Println(fs)
	for i := range fs {
		fs[i] *= 2
	}
	fmt.Println(fs)
}
