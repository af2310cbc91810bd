// close of a closed channel panics; recover catches it and the program goes on; closing
// a nil channel panics too and is not recovered.
// exit: 2
// stderr: panic: close of nil channel
package main

import "fmt"

func closeTwice() (err any) {
	defer func() { err = recover() }()
	ch := make(chan int)
	close(ch)
	close(ch)
	return nil
}

func main() {
	fmt.Println("recovered:", closeTwice())
	var ch chan int
	close(ch)
}
