// priority_select shows how to give one channel priority in select. A plain
// select picks uniformly among ready cases, so urgent messages could wait behind
// normal ones; checking the urgent channel first in a non-blocking select, and
// only then waiting on both, drains urgent work before anything else.
package main

import "fmt"

func main() {
	urgent := make(chan string, 10)
	normal := make(chan string, 10)
	quit := make(chan struct{})

	// Both queues are full before the dispatcher starts, the worst case for fairness.
	for i := 1; i <= 4; i++ {
		normal <- fmt.Sprintf("normal-%d", i)
	}
	for i := 1; i <= 3; i++ {
		urgent <- fmt.Sprintf("URGENT-%d", i)
	}

	handled := make(chan string)
	go func() {
		defer close(handled)
		for {
			// First pass: only urgent work, without blocking.
			select {
			case m := <-urgent:
				handled <- m
				continue
			default:
			}
			// Nothing urgent: wait for anything, but still prefer urgent if both
			// become ready together by re-checking on the next iteration.
			select {
			case m := <-urgent:
				handled <- m
			case m := <-normal:
				handled <- m
			case <-quit:
				return
			}
		}
	}()

	for i := 0; i < 7; i++ {
		fmt.Println(<-handled)
	}
	// With both queues empty, a message is handled as soon as it arrives.
	urgent <- "URGENT-late"
	fmt.Println(<-handled)
	close(quit)
	for range handled {
	}

	// For contrast, a plain select over two always-ready channels picks both.
	a := make(chan int, 1000)
	b := make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		a <- i
		b <- i
	}
	fromA, fromB := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case <-a:
			fromA++
		case <-b:
			fromB++
		}
	}
	fmt.Println("plain select used both cases:", fromA > 100 && fromB > 100)
}
