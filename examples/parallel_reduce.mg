// parallel_reduce shows splitting a numeric computation into chunks, one
// goroutine per chunk, each writing only its own slot of a results slice (no lock
// needed), then combining the partial results. It estimates pi with the
// midpoint rule for 4/(1+x^2) on [0,1].
package main

import (
	"fmt"
	"math"
	"sync"
)

// integrate sums f at the midpoints of steps [lo, hi) of width h.
func integrate(f func(float64) float64, lo, hi int, h float64) float64 {
	sum := 0.0
	for i := lo; i < hi; i++ {
		x := (float64(i) + 0.5) * h
		sum += f(x)
	}
	return sum * h
}

func parallelPi(steps, chunks int) float64 {
	h := 1.0 / float64(steps)
	partial := make([]float64, chunks)
	var wg sync.WaitGroup
	per := (steps + chunks - 1) / chunks
	for c := 0; c < chunks; c++ {
		lo := c * per
		hi := lo + per
		if hi > steps {
			hi = steps
		}
		wg.Add(1)
		go func(c, lo, hi int) {
			defer wg.Done()
			partial[c] = integrate(func(x float64) float64 { return 4 / (1 + x*x) }, lo, hi, h)
		}(c, lo, hi)
	}
	wg.Wait()
	// Summing in chunk order keeps the floating-point result independent of
	// which goroutine finished first.
	total := 0.0
	for _, p := range partial {
		total += p
	}
	return total
}

func main() {
	for _, chunks := range []int{1, 4, 16} {
		pi := parallelPi(1000000, chunks)
		fmt.Printf("%2d chunks: pi ~ %.10f, error < 1e-9: %v\n", chunks, pi, math.Abs(pi-math.Pi) < 1e-9)
	}

	// Parallel max and min of a sequence, reduced the same way.
	n := 100000
	type minmax struct{ lo, hi float64 }
	parts := make([]minmax, 8)
	var wg sync.WaitGroup
	for c := range parts {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			m := minmax{math.Inf(1), math.Inf(-1)}
			for i := c; i < n; i += len(parts) {
				v := math.Sin(float64(i) / 1000)
				m.lo = math.Min(m.lo, v)
				m.hi = math.Max(m.hi, v)
			}
			parts[c] = m
		}(c)
	}
	wg.Wait()
	all := minmax{math.Inf(1), math.Inf(-1)}
	for _, p := range parts {
		all.lo = math.Min(all.lo, p.lo)
		all.hi = math.Max(all.hi, p.hi)
	}
	fmt.Printf("sin range: [%.4f, %.4f]\n", all.lo, all.hi)
}
