// Parallel matrix multiplication: one goroutine per row band, results checked against a serial run.
package main

import (
	"fmt"
	"sync"
)

const N = 6

type Matrix [N][N]int

func identity() (m Matrix) {
	for i := range m {
		m[i][i] = 1
	}
	return
}

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			sum := 0
			for k := 0; k < N; k++ {
				sum += m[i][k] * o[k][j]
			}
			r[i][j] = sum
		}
	}
	return r
}

func parallelMul(a, b *Matrix, workers int) *Matrix {
	var out Matrix
	var wg sync.WaitGroup
	rows := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range rows {
				for j := 0; j < N; j++ {
					for k := 0; k < N; k++ {
						out[i][j] += a[i][k] * b[k][j]
					}
				}
			}
		}()
	}
	for i := 0; i < N; i++ {
		rows <- i
	}
	close(rows)
	wg.Wait()
	return &out
}

func dynamic(rows, cols int, f func(i, j int) float64) [][]float64 {
	m := make([][]float64, rows)
	for i := range m {
		m[i] = make([]float64, cols)
		for j := range m[i] {
			m[i][j] = f(i, j)
		}
	}
	return m
}

func transpose(m [][]float64) [][]float64 {
	if len(m) == 0 {
		return nil
	}
	t := make([][]float64, len(m[0]))
	for j := range t {
		t[j] = make([]float64, len(m))
		for i := range m {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func main() {
	var a, b Matrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			a[i][j] = i + j
			b[i][j] = i - j
		}
	}
	serial := a.Mul(b)
	par := parallelMul(&a, &b, 3)
	fmt.Println("equal:", serial == *par)
	fmt.Println(serial[0], serial[N-1])
	fmt.Println(a.Mul(identity()) == a)
	id := identity()
	id2 := id
	id2[0][0] = 7
	fmt.Println(id[0], id2[0])

	grid := [3][4]string{}
	for i, row := range grid {
		for j := range row {
			grid[i][j] = fmt.Sprintf("%c%d", 'a'+rune(i), j)
		}
	}
	fmt.Println(grid)
	fmt.Printf("%v %d\n", len(grid), len(grid[0]))

	d := dynamic(2, 3, func(i, j int) float64 { return float64(i*3+j) / 2 })
	fmt.Println(d, transpose(d))
	fmt.Printf("%.1f\n", transpose(d)[2])
	var sum float64
outer:
	for _, row := range d {
		for _, v := range row {
			if v > 2 {
				break outer
			}
			sum += v
		}
	}
	fmt.Println("sum until >2:", sum)
	jag := [][]int{{1}, {2, 3}, {}, {4, 5, 6}}
	total := 0
	for _, r := range jag {
		for _, v := range r {
			total += v
		}
	}
	fmt.Println(jag, total, len(jag[2]), jag[2] == nil)
}
