// Benchmark: start and join many short goroutines with a WaitGroup, each adding to an
// atomic counter (goroutine creation, stack reuse, WaitGroup). Argument: goroutines
// (default 1000000).
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var total atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			total.Add(int64(v & 7))
		}(i)
	}
	wg.Wait()
	fmt.Println("goroutines:", n, "total:", total.Load())
}
