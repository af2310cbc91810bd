// close_range shows what closing a channel means: the sender closes to say "no
// more values", receivers drain what is buffered, `range` stops after the last
// value, and a receive on a closed channel returns the zero value with ok false.
// Closing also broadcasts: every goroutine waiting on the channel wakes up.
package main

import (
	"fmt"
	"sync"
)

func main() {
	// Buffered values survive the close and are still delivered.
	c := make(chan int, 3)
	c <- 1
	c <- 2
	c <- 3
	close(c)
	fmt.Println("len after close:", len(c))
	for v := range c {
		fmt.Println("ranged", v)
	}
	v, ok := <-c
	fmt.Println("after drain:", v, ok)

	// The comma-ok form tells a real zero from a closed channel.
	zeros := make(chan int, 1)
	zeros <- 0
	close(zeros)
	for i := 0; i < 2; i++ {
		v, ok := <-zeros
		fmt.Printf("receive %d: value %d, open %v\n", i+1, v, ok)
	}

	// Close as a broadcast: five waiters all wake up from one close.
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	woken := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-start
			mu.Lock()
			woken++
			mu.Unlock()
		}(i)
	}
	close(start)
	wg.Wait()
	fmt.Println("woken by one close:", woken)

	// A producer that closes when done lets the consumer use a plain range loop.
	words := make(chan string)
	go func() {
		defer close(words)
		for _, w := range []string{"closing", "ends", "the", "range"} {
			words <- w
		}
	}()
	n := 0
	for w := range words {
		n++
		fmt.Println(n, w)
	}

	// Closing twice is a run-time panic; recover shows Go's message.
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	close(c)
}
