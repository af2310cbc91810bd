// Go's classic concurrent prime sieve (a daisy chain of filter goroutines), a parallel segmented
// sieve with results gathered by index, and a ping-pong between two goroutines.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func sieveChain(n int) []int {
	ch := make(chan int)
	go generate(ch)
	var primes []int
	for i := 0; i < n; i++ {
		prime := <-ch
		primes = append(primes, prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	return primes
}

func countPrimes(lo, hi int) int {
	count := 0
outer:
	for n := lo; n < hi; n++ {
		if n < 2 {
			continue
		}
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue outer
			}
		}
		count++
	}
	return count
}

type ball struct{ hits int }

func player(name string, table chan *ball, done chan struct{}, log *[]string, mu *sync.Mutex) {
	for {
		select {
		case b := <-table:
			b.hits++
			mu.Lock()
			*log = append(*log, fmt.Sprintf("%s:%d", name, b.hits))
			mu.Unlock()
			if b.hits == 6 {
				close(done)
				return
			}
			table <- b
		case <-done:
			return
		}
	}
}

func main() {
	fmt.Println(sieveChain(25))
	const segments, size = 8, 5000
	counts := make([]int, segments)
	var wg sync.WaitGroup
	for s := 0; s < segments; s++ {
		wg.Add(1)
		go func(s int) {
			defer wg.Done()
			counts[s] = countPrimes(s*size, (s+1)*size)
		}(s)
	}
	wg.Wait()
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println(counts, total)
	table := make(chan *ball)
	done := make(chan struct{})
	var log []string
	var mu sync.Mutex
	go player("ping", table, done, &log, &mu)
	go player("pong", table, done, &log, &mu)
	table <- new(ball)
	<-done
	mu.Lock()
	fmt.Println(len(log), log[len(log)-1][len(log[len(log)-1])-1:])
	mu.Unlock()
	fmt.Println(runtime.NumGoroutine() > 25)
}
