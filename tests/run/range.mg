// for range over slices (the slice expression is evaluated once), arrays, pointers to
// arrays, strings (runes at byte offsets), maps (order-free: summed), channels (until
// closed), functions' results, with one, two or no iteration variables, and assignment
// to existing variables.
package main

import "fmt"

func nums() []int {
	fmt.Println("nums called")
	return []int{1, 2, 3}
}

func main() {
	s := []string{"a", "b", "c"}
	for i, v := range s {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i := range s {
		fmt.Print(i)
	}
	fmt.Println()
	n := 0
	for range s {
		n++
	}
	fmt.Println(n)
	for _, v := range nums() {
		fmt.Print(v)
	}
	fmt.Println()

	// Appending during range does not extend the loop.
	xs := []int{1, 2}
	for _, v := range xs {
		xs = append(xs, v*10)
	}
	fmt.Println(xs)
	// Element changes are seen (the slice shares storage).
	ys := []int{1, 2, 3}
	for i, v := range ys {
		if i == 0 {
			ys[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	arr := [4]int{5, 6, 7, 8}
	sum := 0
	for _, v := range arr {
		sum += v
	}
	for i := range &arr {
		arr[i] = 0
	}
	fmt.Println(sum, arr)

	for i, r := range "aé😀b" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()

	m := map[string]int{"x": 1, "y": 2, "z": 3}
	ks, vs := 0, 0
	for k, v := range m {
		ks += len(k)
		vs += v
	}
	fmt.Println(ks, vs)

	ch := make(chan int)
	go func() {
		for i := 0; i < 4; i++ {
			ch <- i * i
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()

	var i int
	var v string
	for i, v = range []string{"p", "q"} {
	}
	fmt.Println(i, v)
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	var k int
	for k = range [3]bool{} {
	}
	fmt.Println(k)
	type pt struct{ x, y int }
	for _, p := range []pt{{1, 2}, {3, 4}} {
		fmt.Print(p.x+p.y, " ")
	}
	fmt.Println()
}
