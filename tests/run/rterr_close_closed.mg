// Closing a closed channel panics, as does closing a nil channel.
// exit: 2
// stderr: ^panic: close of closed channel\n
package main

func main() {
	ch := make(chan int)
	close(ch)
	close(ch)
}
