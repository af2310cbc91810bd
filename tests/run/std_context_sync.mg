// context: WithCancel reaching every child, WithTimeout and WithDeadline expiring, WithValue
// lookups through a chain, Err values compared with context.Canceled/DeadlineExceeded, and
// Deadline reporting; sync.RWMutex, sync.Cond and time.AfterFunc.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type key string

func waitAll(ctxs []context.Context) {
	for i, c := range ctxs {
		<-c.Done()
		fmt.Println("child", i, "done:", c.Err())
	}
}

func main() {
	root, cancel := context.WithCancel(context.Background())
	var children []context.Context
	for i := 0; i < 3; i++ {
		c, cc := context.WithCancel(root)
		defer cc()
		children = append(children, c)
	}
	fmt.Println("before cancel:", root.Err() == nil)
	cancel()
	waitAll(children)
	fmt.Println(errors.Is(root.Err(), context.Canceled), root.Err() == context.Canceled)

	tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer tcancel()
	_, hasDeadline := tctx.Deadline()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), hasDeadline, tctx.Err() == context.DeadlineExceeded)
	case <-time.After(5 * time.Second):
		fmt.Println("timer won?")
	}
	dctx, dcancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer dcancel()
	fmt.Println("past deadline:", dctx.Err())
	_, ok := context.Background().Deadline()
	fmt.Println("background deadline:", ok, context.Background().Err())

	vctx := context.WithValue(context.Background(), key("user"), "gopher")
	vctx = context.WithValue(vctx, key("id"), 42)
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("id")), vctx.Value(key("none")))

	var rw sync.RWMutex
	shared := map[int]int{}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			rw.Lock()
			shared[n] = n * n
			rw.Unlock()
			rw.RLock()
			_ = shared[n]
			rw.RUnlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(len(shared), shared[3])

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	go func() {
		time.Sleep(5 * time.Millisecond)
		mu.Lock()
		ready = true
		mu.Unlock()
		cond.Broadcast()
	}()
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	mu.Unlock()
	fmt.Println("cond ready")

	fired := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { fired <- "afterfunc" })
	fmt.Println(<-fired)
	t := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stopped:", t.Stop())
}
