// Channels: unbuffered hand-off, buffered queues (FIFO, len/cap), close and the v, ok
// receive after close (buffered values drain first), range over a channel, directional
// channel types in parameters, channels of channels, nil channel comparisons, and channels
// as map keys and == operands.
package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	done <- sum
}

func squarer(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func main() {
	ch := make(chan int)
	done := make(chan int)
	go producer(ch, 10)
	go consumer(ch, done)
	fmt.Println("sum", <-done)

	b := make(chan string, 3)
	b <- "a"
	b <- "b"
	fmt.Println(len(b), cap(b))
	b <- "c"
	close(b)
	for i := 0; i < 4; i++ {
		v, ok := <-b
		fmt.Printf("%q %v\n", v, ok)
	}
	v := <-b
	fmt.Printf("%q\n", v)

	src := make(chan int)
	go producer(src, 5)
	for sq := range squarer(src) {
		fmt.Print(sq, " ")
	}
	fmt.Println()

	// A request carries its own reply channel.
	type request struct {
		n     int
		reply chan int
	}
	reqs := make(chan request)
	go func() {
		for r := range reqs {
			r.reply <- r.n * 2
		}
	}()
	for i := 1; i <= 3; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		fmt.Print(<-r.reply, " ")
	}
	close(reqs)
	fmt.Println()

	chch := make(chan chan string, 1)
	inner := make(chan string, 1)
	chch <- inner
	(<-chch) <- "through"
	fmt.Println(<-inner)

	var nilc chan int
	fmt.Println(nilc == nil, ch != nil, ch == ch)
	c1, c2 := make(chan int), make(chan int)
	names := map[chan int]string{c1: "c1", c2: "c2"}
	fmt.Println(names[c1], names[c2], c1 == c2)
	var ro <-chan int = c1
	var so chan<- int = c1
	fmt.Println(ro == c1, so == c1)

	results := make(chan int, 100)
	finished := make(chan bool)
	for w := 0; w < 4; w++ {
		go func(id int) {
			for j := 0; j < 25; j++ {
				results <- id
			}
			finished <- true
		}(w)
	}
	for w := 0; w < 4; w++ {
		<-finished
	}
	close(results)
	counts := map[int]int{}
	for id := range results {
		counts[id]++
	}
	fmt.Println(counts)
	unit := make(chan struct{})
	go func() { unit <- struct{}{} }()
	<-unit
	fmt.Println("struct{} channel ok")
}
