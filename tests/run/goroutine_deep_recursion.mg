// Recursion 200,000 calls deep (a 1000x200 flood fill) in a goroutine other than main: Go's
// stacks grow, so minigo's goroutine stacks must be big enough for it.
package main

import "fmt"

func fill(g [][]bool, r, c int) int {
	if r < 0 || c < 0 || r >= len(g) || c >= len(g[0]) || g[r][c] {
		return 0
	}
	g[r][c] = true
	return 1 + fill(g, r+1, c) + fill(g, r-1, c) + fill(g, r, c+1) + fill(g, r, c-1)
}

func main() {
	g := make([][]bool, 1000)
	for i := range g {
		g[i] = make([]bool, 200)
	}
	done := make(chan int)
	go func() { done <- fill(g, 0, 0) }()
	fmt.Println(<-done)
}
