// rate_limit shows two ways to pace work with time.Ticker: a steady limiter that
// lets one request through per tick, and a bursty limiter (a buffered channel
// refilled by a ticker) that admits a burst at once and then one per tick.
// It prints counts, never times, so the output does not depend on machine load.
package main

import (
	"fmt"
	"time"
)

func main() {
	// Steady: every request waits for the next tick.
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	limiter := time.NewTicker(10 * time.Millisecond)
	start := time.Now()
	served := 0
	for req := range requests {
		<-limiter.C
		served++
		fmt.Println("steady: served request", req)
	}
	limiter.Stop()
	// Five ticks of 10ms cannot arrive sooner than 50ms after the ticker starts.
	fmt.Println("steady: served", served, "paced:", time.Since(start) >= 45*time.Millisecond)

	// Bursty: three tokens are available immediately, later ones come from the ticker.
	tokens := make(chan struct{}, 3)
	for i := 0; i < 3; i++ {
		tokens <- struct{}{}
	}
	refill := time.NewTicker(10 * time.Millisecond)
	defer refill.Stop()
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case <-refill.C:
				select {
				case tokens <- struct{}{}: // add a token unless the bucket is full
				default:
				}
			case <-stop:
				return
			}
		}
	}()

	immediate := 0
	for i := 1; i <= 6; i++ {
		select {
		case <-tokens:
			immediate++
		default:
			// No token yet: wait for the refill goroutine to add one.
			<-tokens
		}
		fmt.Println("bursty: served request", i)
	}
	close(stop)
	fmt.Println("bursty: at least the burst of 3 went through without waiting:", immediate >= 3)
}
