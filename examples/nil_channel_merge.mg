// nil_channel_merge shows how setting a channel variable to nil disables its case
// in a select (a nil channel is never ready): merge two streams until both are
// closed, without busy-looping on a closed channel that is always ready. Which
// stream closes first is up to the scheduler, so lines are compared sorted.
//
// output: sorted
package main

import "fmt"

func stream(prefix string, n int) <-chan string {
	c := make(chan string)
	go func() {
		defer close(c)
		for i := 1; i <= n; i++ {
			c <- fmt.Sprintf("%s%d", prefix, i)
		}
	}()
	return c
}

func main() {
	a, b := stream("a", 3), stream("b", 5)
	var fromA, fromB []string
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // closed: stop selecting on it
				fmt.Println("a closed")
				continue
			}
			fromA = append(fromA, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				fmt.Println("b closed")
				continue
			}
			fromB = append(fromB, v)
		}
	}
	// Each stream's own order is kept even though they were interleaved.
	fmt.Println("from a:", fromA)
	fmt.Println("from b:", fromB)

	// A select whose every channel is nil, with a default, takes the default.
	var never chan int
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case never <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channels are never ready")
	}
}
