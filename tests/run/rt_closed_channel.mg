// Receiving from a closed channel yields zero values and ok == false; sending on it panics
// with Go's message, after the deferred calls ran.
// exit: 2
// stderr: panic: send on closed channel
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	for x := range ch {
		fmt.Println("never", x)
	}
	defer fmt.Println("deferred runs first")
	ch <- 2
}
