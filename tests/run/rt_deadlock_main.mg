// A deadlock with main blocked on a channel receive and a worker blocked on a mutex:
// Go's fatal error, each goroutine with its wait reason, exit status 2.
// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stderr: goroutine 1 \[chan receive\]:
// stderr: \[sync.Mutex.Lock\]
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	mu.Lock()
	go func() {
		mu.Lock()
		done <- true
	}()
	fmt.Println("waiting")
	<-done
}
