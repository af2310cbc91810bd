// semaphore shows bounded parallelism: a buffered channel used as a counting
// semaphore lets at most three of ten jobs run at once. An atomic gauge records the
// largest number of jobs seen running together, which must never exceed the bound.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

const limit = 3

var (
	running    int64 // jobs running right now
	maxRunning int64 // the most ever seen at once
)

// observe raises maxRunning to cur if cur is larger, retrying on contention.
func observe(cur int64) {
	for {
		old := atomic.LoadInt64(&maxRunning)
		if cur <= old || atomic.CompareAndSwapInt64(&maxRunning, old, cur) {
			return
		}
	}
}

func job(id int, sem chan struct{}, wg *sync.WaitGroup, done []bool) {
	defer wg.Done()
	sem <- struct{}{}        // acquire a slot; blocks while three jobs hold one
	defer func() { <-sem }() // release it

	observe(atomic.AddInt64(&running, 1))
	time.Sleep(20 * time.Millisecond) // simulated work, long enough to overlap
	done[id] = true
	atomic.AddInt64(&running, -1)
}

func main() {
	sem := make(chan struct{}, limit)
	done := make([]bool, 10)
	var wg sync.WaitGroup
	for i := 0; i < len(done); i++ {
		wg.Add(1)
		go job(i, sem, &wg, done)
	}
	wg.Wait()

	finished := 0
	for _, d := range done {
		if d {
			finished++
		}
	}
	fmt.Println("jobs finished:", finished)
	fmt.Println("never more than", limit, "at once:", atomic.LoadInt64(&maxRunning) <= limit)
	fmt.Println("slots free at the end:", cap(sem)-len(sem))
}
