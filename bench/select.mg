// Benchmark: a consumer selecting over two producers' channels and a quit channel
// (select with several ready cases). Argument: messages per producer (default 500000).
package main

import (
	"fmt"
	"os"
	"strconv"
)

func produce(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- 1
	}
	close(out)
}

func main() {
	n := 500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	a := make(chan int, 16)
	b := make(chan int, 16)
	go produce(n, a)
	go produce(n, b)
	sumA, sumB := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
		}
	}
	fmt.Println("a:", sumA, "b:", sumB)
}
