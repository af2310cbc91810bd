// after_func shows time.AfterFunc and timer control: a callback runs in its own
// goroutine when the timer fires, Stop cancels a timer that has not fired yet
// (and reports whether it did), and Reset re-arms one. Used here for a request
// deadline and a cancellable reminder.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var events []string
	record := func(s string) {
		mu.Lock()
		events = append(events, s)
		mu.Unlock()
	}

	// 1. A callback that fires: wait for it through a channel.
	fired := make(chan struct{})
	time.AfterFunc(10*time.Millisecond, func() {
		record("reminder fired")
		close(fired)
	})
	<-fired

	// 2. A timer stopped long before it is due never calls its function.
	t := time.AfterFunc(time.Hour, func() { record("should never run") })
	fmt.Println("stopped before firing:", t.Stop())
	fmt.Println("second stop:", t.Stop())

	// 3. Reset moves the deadline: a watchdog kicked repeatedly stays quiet, then
	// fires once the kicks stop.
	barked := make(chan struct{})
	dog := time.AfterFunc(200*time.Millisecond, func() {
		record("watchdog fired")
		close(barked)
	})
	for i := 0; i < 5; i++ {
		time.Sleep(5 * time.Millisecond)
		dog.Reset(200 * time.Millisecond) // kicked well before the deadline
	}
	record("kicks done")
	<-barked

	// 4. A plain Timer delivers on its channel; Stop after it fired returns false.
	tm := time.NewTimer(5 * time.Millisecond)
	<-tm.C
	fmt.Println("stop after firing:", tm.Stop())

	mu.Lock()
	for i, e := range events {
		fmt.Println(i+1, e)
	}
	mu.Unlock()
}
