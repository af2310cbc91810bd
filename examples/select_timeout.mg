// select_timeout shows how select with time.After bounds the wait for a result:
// a fast call finishes inside its deadline, a slow one is abandoned. The slow
// call's goroutine sends on a buffered channel so it can finish later without
// blocking forever (the classic goroutine leak of an unbuffered result channel).
package main

import (
	"errors"
	"fmt"
	"time"
)

var errTimeout = errors.New("timed out")

// call runs work in its own goroutine and waits at most limit for the answer.
func call(name string, work time.Duration, limit time.Duration) (string, error) {
	result := make(chan string, 1) // buffered: the worker never blocks if we gave up
	go func() {
		time.Sleep(work)
		result <- name + " finished"
	}()
	select {
	case r := <-result:
		return r, nil
	case <-time.After(limit):
		return "", fmt.Errorf("%s: %w", name, errTimeout)
	}
}

func main() {
	// Margins are wide (5ms of work against 1s, 2s of work against 50ms) so the
	// outcome is the same on a heavily loaded machine.
	cases := []struct {
		name  string
		work  time.Duration
		limit time.Duration
	}{
		{"fast", 5 * time.Millisecond, time.Second},
		{"slow", 2 * time.Second, 50 * time.Millisecond},
		{"instant", 0, time.Second},
	}
	for _, c := range cases {
		r, err := call(c.name, c.work, c.limit)
		if err != nil {
			fmt.Println("error:", err, "| is timeout:", errors.Is(err, errTimeout))
			continue
		}
		fmt.Println("ok:", r)
	}

	// A timeout for a whole loop: one timer, not one per iteration.
	ticks := make(chan int)
	go func() {
		for i := 1; ; i++ {
			ticks <- i
			time.Sleep(time.Millisecond)
		}
	}()
	deadline := time.After(100 * time.Millisecond)
	count := 0
	for {
		select {
		case <-ticks:
			count++
			continue
		case <-deadline:
		}
		break
	}
	fmt.Println("received some ticks before the deadline:", count > 0)
}
