// Sending on a nil channel blocks forever; with nothing else running it is a deadlock.
// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stderr: goroutine 1 \[chan send \(nil chan\)\]:
package main

func main() {
	var ch chan int
	ch <- 1
}
