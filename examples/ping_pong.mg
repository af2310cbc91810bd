// ping_pong shows synchronisation through unbuffered channels: two players pass
// a ball back and forth, and because each send waits for the matching receive,
// the hits strictly alternate and the output order is fixed.
package main

import "fmt"

type ball struct {
	hits int
	last string
}

// player returns the ball until it has been hit max times, then reports the end.
func player(name string, in <-chan *ball, out chan<- *ball, done chan<- string, max int) {
	for b := range in {
		if b.hits == max {
			done <- fmt.Sprintf("%s catches the ball after %d hits", name, b.hits)
			return
		}
		b.hits++
		b.last = name
		fmt.Printf("%-4s hit %2d\n", name, b.hits)
		out <- b
	}
}

func main() {
	toPing := make(chan *ball)
	toPong := make(chan *ball)
	done := make(chan string)

	go player("ping", toPing, toPong, done, 10)
	go player("pong", toPong, toPing, done, 10)

	toPing <- new(ball) // serve
	fmt.Println(<-done)

	// A token ring: the same idea with n goroutines in a circle.
	const n = 5
	ring := make([]chan int, n)
	for i := range ring {
		ring[i] = make(chan int)
	}
	finished := make(chan int)
	for i := 0; i < n; i++ {
		go func(id int, in <-chan int, out chan<- int) {
			for token := range in {
				if token == 3*n {
					finished <- id
					return
				}
				out <- token + 1
			}
		}(i, ring[i], ring[(i+1)%n])
	}
	ring[0] <- 1
	fmt.Println("token reached", 3*n, "at goroutine", <-finished)
}
