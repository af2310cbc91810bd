// heartbeat shows a supervisor watching workers through heartbeats: each worker
// sends a beat on a ticker while it works, and the supervisor declares a worker
// dead if no beat arrives within a timeout. One worker hangs on purpose.
// The margins (beats every 10ms, timeout 300ms) survive a heavily loaded machine.
package main

import (
	"fmt"
	"time"
)

// worker beats every interval for its number of steps, then stops beating. If
// hang is true it then blocks forever without beating, like a stuck worker;
// otherwise it reports completion.
func worker(steps int, hang bool, interval time.Duration) (<-chan struct{}, <-chan int) {
	beats := make(chan struct{}, 1)
	done := make(chan int, 1)
	go func() {
		t := time.NewTicker(interval)
		defer t.Stop()
		for i := 0; i < steps; i++ {
			<-t.C
			select {
			case beats <- struct{}{}: // never block on a slow supervisor
			default:
			}
		}
		if hang {
			select {} // stuck: no more beats, no result
		}
		done <- steps
	}()
	return beats, done
}

// supervise resets its deadline on every beat.
func supervise(name string, beats <-chan struct{}, done <-chan int, timeout time.Duration) {
	alive := time.NewTimer(timeout)
	defer alive.Stop()
	got := 0
	for {
		select {
		case <-beats:
			got++
			// Stop, drop a tick that may already have fired (non-blocking, so it
			// works with both old and Go 1.23 timer channels), then re-arm.
			if !alive.Stop() {
				select {
				case <-alive.C:
				default:
				}
			}
			alive.Reset(timeout)
		case n := <-done:
			// A beat may still sit in the buffer if select picked done first.
			select {
			case <-beats:
				got++
			default:
			}
			fmt.Printf("%s finished %d steps, heartbeats seen: %v\n", name, n, got > 0)
			return
		case <-alive.C:
			fmt.Printf("%s: no heartbeat for %v, declared dead\n", name, timeout)
			return
		}
	}
}

func main() {
	beats, done := worker(5, false, 10*time.Millisecond)
	supervise("healthy worker", beats, done, 300*time.Millisecond)

	beats, done = worker(3, true, 10*time.Millisecond)
	supervise("stuck worker", beats, done, 300*time.Millisecond)
}
