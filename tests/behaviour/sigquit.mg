// Prints "ready", then sleeps with a second goroutine blocked on a channel, so that a
// SIGQUIT shows both goroutines with their wait reasons and .mg lines.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() { <-ch }()
	fmt.Println("ready")
	time.Sleep(10 * time.Second)
}
