// Sleeping is not synchronisation: the goroutine's write and main's read race even though
// the write happens long before the read.
// race: 16 19
package main

import (
	"fmt"
	"time"
)

type config struct{ verbose bool }

func main() {
	c := &config{}
	go func() {
		c.verbose = true
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println(c.verbose)
}
