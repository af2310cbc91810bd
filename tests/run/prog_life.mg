// Conway's game of life on a fixed-size array board passed and returned by value, with
// generations computed by row-band goroutines and cycle detection keyed by the board itself.
package main

import (
	"fmt"
	"strings"
	"sync"
)

const W, H = 8, 6

type Board [H][W]bool

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (b *Board) neighbours(r, c int) (n int) {
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+H)%H, (c+dc+W)%W
			if b[rr][cc] {
				n++
			}
		}
	}
	return
}

func step(b Board, bands int) Board {
	var next Board
	var wg sync.WaitGroup
	per := (H + bands - 1) / bands
	for band := 0; band < bands; band++ {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for r := lo; r < hi && r < H; r++ {
				for c := 0; c < W; c++ {
					n := b.neighbours(r, c)
					next[r][c] = n == 3 || (n == 2 && b[r][c])
				}
			}
		}(band*per, (band+1)*per)
	}
	wg.Wait()
	return next
}

func parse(rows ...string) (b Board) {
	for r, row := range rows {
		for c, ch := range row {
			b[r][c] = ch == '#'
		}
	}
	return
}

func (b Board) alive() (n int) {
	for r := range b {
		for c := range b[r] {
			if b[r][c] {
				n++
			}
		}
	}
	return
}

func main() {
	glider := parse(
		".#......",
		"..#.....",
		"###.....",
	)
	blinker := parse("", ".###")
	start := glider
	b := glider
	for i := 0; i < 4; i++ {
		b = step(b, 3)
	}
	fmt.Print(start, "--\n", b)
	fmt.Println("moved:", b != start, "alive:", b.alive(), start.alive())
	seen := map[Board]int{}
	cur := blinker
	for gen := 0; gen < 10; gen++ {
		if first, ok := seen[cur]; ok {
			fmt.Printf("blinker repeats: gen %d = gen %d (period %d)\n", gen, first, gen-first)
			break
		}
		seen[cur] = gen
		cur = step(cur, 2)
	}
	g := glider
	period := 0
	for period = 1; period <= 100; period++ {
		g = step(g, 2)
		if g == glider {
			break
		}
	}
	fmt.Println("glider returns after", period, "generations")
	copyB := b
	copyB[0][0] = !copyB[0][0]
	fmt.Println(copyB == b, copyB[0][0] != b[0][0])
}
