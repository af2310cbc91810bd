// Ranging over a nil channel blocks forever: a deadlock with the nil-channel wait reason.
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[chan receive \(nil chan\)\]:
package main

func main() {
	var ch chan int
	for range ch {
	}
}
