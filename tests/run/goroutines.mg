// go statements with plain functions, closures, method values and method calls on pointer
// and value receivers, arguments evaluated at the go statement, many goroutines joined with
// a channel, and main returning while other goroutines still block.
package main

import "fmt"

type Worker struct {
	id  int
	out chan string
}

func (w *Worker) Run(msg string) { w.out <- fmt.Sprint("worker ", w.id, ": ", msg) }
func (w Worker) RunValue()       { w.out <- fmt.Sprint("value worker ", w.id) }

func send(ch chan<- int, v int) { ch <- v }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	ch := make(chan int)
	go send(ch, 1)
	fmt.Println(<-ch)

	x := 10
	go func() { ch <- x * 2 }()
	fmt.Println(<-ch)

	// Arguments are evaluated now, the call happens later.
	y := 5
	go send(ch, y)
	y = 6
	fmt.Println(<-ch, y)

	out := make(chan string)
	w := &Worker{1, out}
	go w.Run("hello")
	fmt.Println(<-out)
	run := w.Run
	go run("method value")
	fmt.Println(<-out)
	wv := Worker{2, out}
	go wv.RunValue()
	fmt.Println(<-out)

	// Fan out and join.
	const n = 50
	res := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(k int) { res <- fib(k % 20) }(i)
	}
	total := 0
	for i := 0; i < n; i++ {
		total += <-res
	}
	fmt.Println("total", total)

	// A chain of goroutines passing a value along.
	first := make(chan int)
	left := first
	for i := 0; i < 100; i++ {
		right := make(chan int)
		go func(l, r chan int) { r <- 1 + <-l }(left, right)
		left = right
	}
	first <- 0
	fmt.Println("chain", <-left)

	// A goroutine still blocked when main returns does not stop the exit.
	block := make(chan int)
	go func() { <-block }()
	fmt.Println("main exits")
}
