// Benchmark: a pool of 8 workers reading jobs from a buffered channel and sending results
// back, collected by main (buffered channel throughput under contention).
// Argument: jobs (default 2000000).
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func work(x int) int {
	h := x
	for i := 0; i < 20; i++ {
		h = h*31 + i
		h ^= h >> 7
	}
	return h & 0xffff
}

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	jobs := make(chan int, 256)
	results := make(chan int, 256)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- work(j)
			}
		}()
	}
	go func() {
		for i := 0; i < n; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	count := 0
	for r := range results {
		sum += r
		count++
	}
	fmt.Println("jobs:", count, "checksum:", sum)
}
