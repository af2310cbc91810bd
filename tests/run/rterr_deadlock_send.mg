// Sending on an unbuffered channel nobody receives from is a deadlock, reported with the
// waiting goroutine's state.
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[chan send\]:
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println("buffered send ok")
	ch <- 2
}
