// The builtins min, max and clear (Go 1.21), and for range over an integer (Go 1.22).
// go: skip the Go 1.19 oracle has no min, max or clear and no range over integers
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("b", "a", "c"))
	x, y := 7, -2
	fmt.Println(min(x, y), max(x, y, 10), min(x))
	var f32 float32 = 1.5
	fmt.Println(max(f32, 2), min("", "z"))
	const c = max(1, 2.5)
	fmt.Println(c)
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 100))

	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3
	fmt.Println(m)
	s := []int{1, 2, 3}
	t := s[:2]
	clear(t)
	fmt.Println(s, len(t))
	var nilm map[int]int
	clear(nilm)

	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	var n8 int8 = 4
	for i := range n8 {
		fmt.Printf("%T%v ", i, i)
	}
	fmt.Println()
	total := 0
	for range 5 {
		total++
	}
	for i := range 0 {
		fmt.Println("never", i)
	}
	fmt.Println(total)
}
