// pipeline.mg: generator -> square -> fan-in pipeline with cancellation,
// closures, defer/recover and a rate-limited ticker; editor test sample
// (gofmt-formatted).
package main

import (
	"fmt"
	"os"
	"sync"
	"time"
)

/*
Stage is a function that reads from one channel and writes to another.
Stages are connected with unbuffered channels.
*/
type Stage func(done <-chan struct{}, in <-chan int) <-chan int

func generate(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, len(cs))
	output := func(c <-chan int) {
		defer wg.Done()
		for v := range c {
			select {
			case out <- v:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

type counter struct {
	sync.Mutex
	hits map[string]int
}

func (c *counter) inc(key string) int {
	c.Lock()
	defer c.Unlock()
	c.hits[key]++
	return c.hits[key]
}

func main() {
	done := make(chan struct{})
	defer close(done)

	var stages []Stage
	stages = append(stages, square, square)
	src := generate(done, 1, 2, 3, 4, 5, 6)
	var chans []<-chan int
	for i := 0; i < 3; i++ {
		c := src
		for _, s := range stages[:1] {
			c = s(done, c)
		}
		chans = append(chans, c)
	}

	sum := 0
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	for v := range merge(done, chans...) {
		<-tick.C
		sum += v
	}
	fmt.Fprintf(os.Stdout, "sum of squares: %d\n", sum)

	c := &counter{hits: map[string]int{}}
	words := []string{"go", "chan", "go", "select", "go"}
	for _, w := range words {
		c.inc(w)
	}
	fmt.Println(c.hits)

	if q, err := safeDiv(10, 0); err != nil {
		fmt.Println("error:", err)
	} else {
		fmt.Println("quotient:", q)
	}

	adders := make([]func(int) int, 0, 3)
	for i := 0; i < 3; i++ {
		adders = append(adders, func(x int) int {
			return x + i
		})
	}
	total := 0
	for _, add := range adders {
		total = add(total)
	}
	if total < 0 {
		os.Exit(1)
	}
	fmt.Printf("%-8s|%5.2f|%t\n", "done", float64(total)/2, total > 0)
}
