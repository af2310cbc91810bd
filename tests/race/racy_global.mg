// main and a goroutine both write a package-level variable; the channel orders only what
// happens after the send, so main's write races with the goroutine's.
// race: 13 16
package main

import "fmt"

var shared int

func main() {
	done := make(chan bool)
	go func() {
		shared = 1
		done <- true
	}()
	shared = 2
	<-done
	fmt.Println("done")
}
