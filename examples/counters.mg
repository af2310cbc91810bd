// counters shows two correct ways to share a counter between goroutines: a
// sync.Mutex around a plain int, and sync/atomic operations on an int64. Both end
// at exactly workers*increments; an unsynchronised counter would lose updates.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const (
	workers    = 8
	increments = 10000
)

// MutexCounter guards its value with a mutex; methods take a pointer so the
// mutex is never copied.
type MutexCounter struct {
	mu sync.Mutex
	n  int
}

func (c *MutexCounter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *MutexCounter) Value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func main() {
	var mc MutexCounter
	var ac int64
	var ops int32

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < increments; i++ {
				mc.Inc()
				atomic.AddInt64(&ac, 1)
			}
			atomic.AddInt32(&ops, 1)
		}()
	}
	wg.Wait()

	fmt.Println("mutex counter: ", mc.Value())
	fmt.Println("atomic counter:", atomic.LoadInt64(&ac))
	fmt.Println("workers done:  ", atomic.LoadInt32(&ops))

	// Compare-and-swap: only one of many goroutines wins the right to initialise.
	var claimed int32
	winners := make(chan int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&claimed, 0, 1) {
				winners <- id
			}
		}(w)
	}
	wg.Wait()
	close(winners)
	n := 0
	for range winners {
		n++
	}
	fmt.Println("CAS winners:", n)

	// Swap returns the old value: a one-shot flag that can be reset.
	var flag int32 = 1
	fmt.Println("swap returned:", atomic.SwapInt32(&flag, 0), "now:", atomic.LoadInt32(&flag))
}
