// Concurrency patterns: bounded buffer with sync.Cond, merging channels with nil-channel select,
// semaphores, atomic counters, timers, and an errgroup-style first-error collector.
// exit: 2
// stderr: fatal error: sync: unlock of unlocked mutex
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type BoundedQueue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
}

func NewBQ(n int) *BoundedQueue {
	q := &BoundedQueue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *BoundedQueue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v
}

func merge(a, b <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			select {
			case v, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- v
			case v, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- v
			}
		}
	}()
	return out
}

func gen(start, n int) <-chan int {
	c := make(chan int, 2)
	go func() {
		for i := 0; i < n; i++ {
			c <- start + i
		}
		close(c)
	}()
	return c
}

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *Group) Wait() error { g.wg.Wait(); return g.err }

func main() {
	q := NewBQ(2)
	var got []int
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 20; i++ {
			q.Put(i)
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 20; i++ {
			got = append(got, q.Get())
		}
	}()
	wg.Wait()
	fmt.Println(got)

	var merged []int
	for v := range merge(gen(0, 5), gen(100, 3)) {
		merged = append(merged, v)
	}
	sort.Ints(merged)
	fmt.Println(merged)

	var active, peak int32
	var total int64
	sem := make(chan struct{}, 3)
	var wg2 sync.WaitGroup
	for i := 1; i <= 12; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			cur := atomic.AddInt32(&active, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if cur <= p || atomic.CompareAndSwapInt32(&peak, p, cur) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			atomic.AddInt64(&total, int64(n))
			atomic.AddInt32(&active, -1)
		}(i)
	}
	wg2.Wait()
	fmt.Println("total", atomic.LoadInt64(&total), "peak<=3", atomic.LoadInt32(&peak) <= 3)

	var ops atomic.Int64
	var flag atomic.Bool
	var wg3 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			for j := 0; j < 1000; j++ {
				ops.Add(1)
			}
			flag.Store(true)
		}()
	}
	wg3.Wait()
	fmt.Println(ops.Load(), flag.Load())

	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	t.Reset(5 * time.Millisecond)
	start := time.Now()
	<-t.C
	fmt.Println("fired after reset:", time.Since(start) >= 5*time.Millisecond)

	fired := make(chan string, 1)
	time.AfterFunc(time.Millisecond, func() { fired <- "afterfunc" })
	fmt.Println(<-fired)

	var g Group
	for i := 0; i < 5; i++ {
		i := i
		g.Go(func() error {
			time.Sleep(time.Duration(5-i) * time.Millisecond)
			if i%2 == 1 {
				return fmt.Errorf("job %d failed", i)
			}
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("group error:", err)

	ch := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
	}
	var rw sync.RWMutex
	shared := map[string]int{}
	var wg4 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg4.Add(2)
		go func(i int) {
			defer wg4.Done()
			rw.Lock()
			shared[fmt.Sprint("k", i)] = i
			rw.Unlock()
		}(i)
		go func() {
			defer wg4.Done()
			rw.RLock()
			_ = len(shared)
			rw.RUnlock()
		}()
	}
	wg4.Wait()
	fmt.Println(shared)
	for deadline := time.Now().Add(2 * time.Second); runtime.NumGoroutine() > 1 && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond) // finished goroutines may still be exiting
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	defer func() {
		r := recover()
		fmt.Println("recovered:", r, errors.Is(nil, nil))
		var wg5 sync.WaitGroup
		wg5.Done()
	}()
	var m sync.Mutex
	m.Unlock()
}
