// Benchmark: 4 goroutines increment a shared counter under a sync.Mutex (lock contention
// and parking). Argument: increments per goroutine (default 500000).
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	per := 500000
	if len(os.Args) > 1 {
		per, _ = strconv.Atoi(os.Args[1])
	}
	var c counter
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i++ {
				c.inc()
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", c.n)
}
