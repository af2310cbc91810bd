// fan_in shows fan-out/fan-in: one generator feeds several workers reading the
// same channel (fan-out), and a merge function combines their result channels into
// one (fan-in). The merged order is free, so the results are sorted before printing.
package main

import (
	"fmt"
	"sort"
	"sync"
)

// generate sends the numbers on a channel it closes when done.
func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

type result struct {
	n, square int
}

// square is one worker: every worker drains the same input channel.
func square(in <-chan int) <-chan result {
	out := make(chan result)
	go func() {
		for n := range in {
			out <- result{n, n * n}
		}
		close(out)
	}()
	return out
}

// merge forwards every value of every input to one output, closed after all inputs are.
func merge(inputs ...<-chan result) <-chan result {
	var wg sync.WaitGroup
	out := make(chan result)
	forward := func(c <-chan result) {
		for s := range c {
			out <- s
		}
		wg.Done()
	}
	wg.Add(len(inputs))
	for _, c := range inputs {
		go forward(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := generate(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)

	// Fan out to four workers.
	workers := make([]<-chan result, 4)
	for i := range workers {
		workers[i] = square(in)
	}

	// Fan in, then sort because arrival order depends on scheduling.
	var results []result
	sum := 0
	for r := range merge(workers...) {
		results = append(results, r)
		sum += r.square
	}
	sort.Slice(results, func(a, b int) bool { return results[a].n < results[b].n })
	for _, r := range results {
		fmt.Printf("%d^2 = %d\n", r.n, r.square)
	}
	fmt.Println("results:", len(results), "sum of squares:", sum)
}
