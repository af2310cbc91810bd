// pipeline_cancel shows a pipeline of stages connected by channels, where the
// consumer stops early and cancels a context so every upstream stage returns
// instead of blocking forever on a send (no goroutine leak). A stage returns either
// because it saw the cancellation or because its input was closed, whichever comes
// first, so the "returned" lines come in any order.
//
// output: sorted
package main

import (
	"context"
	"fmt"
	"sync"
)

// naturals produces 1, 2, 3, ... until the context is cancelled.
func naturals(ctx context.Context, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("naturals: returned")
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// filter passes on the values for which keep returns true.
func filter(ctx context.Context, wg *sync.WaitGroup, name string, in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println(name + ": returned")
		defer close(out)
		for v := range in {
			if !keep(v) {
				continue
			}
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// square maps each value to its square.
func square(ctx context.Context, wg *sync.WaitGroup, in <-chan int) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("square: returned")
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup

	odd := filter(ctx, &wg, "odd", naturals(ctx, &wg), func(n int) bool { return n%2 == 1 })
	squares := square(ctx, &wg, odd)

	// Take only the first five odd squares, then cancel the rest of the pipeline.
	for i := 0; i < 5; i++ {
		fmt.Println("got", <-squares)
	}
	cancel()
	wg.Wait()
	fmt.Println("all stages returned:", ctx.Err())
}
