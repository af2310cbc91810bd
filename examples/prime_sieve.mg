// prime_sieve shows a daisy chain of goroutines: the concurrent prime sieve from
// the Go documentation. A generator emits 2, 3, 4, ...; every prime found adds a
// filter goroutine that removes its multiples, so the chain grows as it runs.
package main

import "fmt"

// generate sends 2, 3, 4, ... until stop is closed.
func generate(ch chan<- int, stop <-chan struct{}) {
	for i := 2; ; i++ {
		select {
		case ch <- i:
		case <-stop:
			return
		}
	}
}

// filter copies values from in to out, dropping multiples of prime.
func filter(in <-chan int, out chan<- int, prime int, stop <-chan struct{}) {
	for {
		var v int
		select {
		case v = <-in:
		case <-stop:
			return
		}
		if v%prime != 0 {
			select {
			case out <- v:
			case <-stop:
				return
			}
		}
	}
}

func main() {
	stop := make(chan struct{})
	ch := make(chan int)
	go generate(ch, stop)
	var primes []int
	for i := 0; i < 100; i++ {
		prime := <-ch
		primes = append(primes, prime)
		next := make(chan int)
		go filter(ch, next, prime, stop)
		ch = next
	}
	close(stop) // let all 101 goroutines return

	for i := 0; i < len(primes); i += 10 {
		fmt.Println(primes[i : i+10])
	}
	fmt.Println("the 100th prime is", primes[99])
}
