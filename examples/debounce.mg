// debounce shows collapsing a burst of events into one action: a debouncer
// goroutine restarts a quiet-period timer on every event and acts only when no
// event has arrived for the whole period. Bursts are separated by pauses far
// longer than the quiet period, so the grouping does not depend on machine load.
package main

import (
	"fmt"
	"strings"
	"time"
)

// debounce forwards the events of each burst as one batch once quiet has passed
// without a new event. It closes its output after the input is closed.
func debounce(in <-chan string, quiet time.Duration) <-chan []string {
	out := make(chan []string)
	go func() {
		defer close(out)
		var batch []string
		var timer <-chan time.Time // nil until the first event of a burst
		for {
			select {
			case ev, ok := <-in:
				if !ok {
					if len(batch) > 0 {
						out <- batch
					}
					return
				}
				batch = append(batch, ev)
				timer = time.After(quiet) // restart the quiet period
			case <-timer:
				out <- batch
				batch = nil
				timer = nil
			}
		}
	}()
	return out
}

func main() {
	events := make(chan string)
	batches := debounce(events, 200*time.Millisecond)

	go func() {
		bursts := [][]string{{"k", "e", "y", "s"}, {"s", "a", "v", "e"}, {"x"}}
		for i, burst := range bursts {
			if i > 0 {
				time.Sleep(time.Second) // a long pause ends a burst
			}
			for _, ev := range burst {
				events <- ev // back to back: well inside the quiet period
			}
		}
		close(events)
	}()

	n := 0
	for b := range batches {
		n++
		fmt.Printf("batch %d: %d events %q\n", n, len(b), strings.Join(b, ""))
	}
	fmt.Println("batches:", n, "for 9 events")
}
