// Map iteration order is randomised per range statement, as in Go: twenty ranges over the
// same map do not all see one order.
package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 8; i++ {
		m[i] = true
	}
	seen := map[string]bool{}
	for k := 0; k < 20; k++ {
		s := ""
		for i := range m {
			s += fmt.Sprint(i)
		}
		seen[s] = true
	}
	fmt.Println(len(seen) > 1)
}
