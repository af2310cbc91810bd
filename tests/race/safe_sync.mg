// Every way Go orders memory between goroutines, each used to hand data from one goroutine
// to another: none of these is a data race.
// race: none
package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type box struct{ n int }

func main() {
	// A go statement orders what came before it.
	b := &box{n: 1}
	done := make(chan struct{})
	go func() {
		b.n++
		close(done) // closing orders what came before it
	}()
	<-done
	fmt.Println("go/close:", b.n)

	// Unbuffered and buffered channels hand over ownership.
	unbuf := make(chan *box)
	go func() {
		x := &box{n: 10}
		unbuf <- x
		<-unbuf
		x.n++ // main is done with x once it sent it back
		unbuf <- x
	}()
	x := <-unbuf
	x.n *= 2
	unbuf <- x
	fmt.Println("unbuffered:", (<-unbuf).n)
	buf := make(chan []int, 4)
	for i := 0; i < 4; i++ {
		s := []int{i}
		go func() {
			s[0] *= 10
			buf <- s
		}()
	}
	sum := 0
	for i := 0; i < 4; i++ {
		sum += (<-buf)[0]
	}
	fmt.Println("buffered:", sum)

	// A mutex, a read-write mutex and a wait group.
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	counter, table := 0, map[int]int{}
	for i := 0; i < 8; i++ {
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
			rw.Lock()
			table[i] = i * i
			rw.Unlock()
			rw.RLock()
			_ = table[0]
			rw.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("mutex:", counter, "rwmutex:", len(table))

	// Once, atomics and a condition variable.
	var once sync.Once
	var initialised *box
	var hits atomic.Int64
	var flag int32
	var payload string
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { initialised = &box{n: 42} })
			hits.Add(int64(initialised.n))
		}()
	}
	go func() {
		payload = "ready"
		atomic.StoreInt32(&flag, 1)
	}()
	for atomic.LoadInt32(&flag) == 0 {
		time.Sleep(time.Millisecond)
	}
	wg.Wait()
	fmt.Println("once/atomic:", hits.Load(), payload)

	cond := sync.NewCond(&mu)
	queue := []int{}
	go func() {
		for i := 1; i <= 3; i++ {
			mu.Lock()
			queue = append(queue, i)
			mu.Unlock()
			cond.Signal()
		}
	}()
	mu.Lock()
	for len(queue) < 3 {
		cond.Wait()
	}
	fmt.Println("cond:", queue)
	mu.Unlock()

	// select, timers and contexts.
	results := make(chan int)
	ctx, cancel := context.WithCancel(context.Background())
	for i := 0; i < 3; i++ {
		i := i
		go func() {
			v := &box{n: i}
			select {
			case results <- v.n * 100:
			case <-ctx.Done():
			}
		}()
	}
	total := 0
	for i := 0; i < 3; i++ {
		total += <-results
	}
	cancel()
	fmt.Println("select:", total)
	var fired string
	t := make(chan bool)
	time.AfterFunc(time.Millisecond, func() {
		fired = "fired"
		t <- true
	})
	<-t
	tctx, tcancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	fmt.Println("timer:", fired, tctx.Err())
}
