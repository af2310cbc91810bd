// try_send_recv shows non-blocking channel operations: a select with a default
// case tries a send or a receive and falls through at once when the channel is
// not ready. Used here for a bounded mailbox that drops messages when full, and
// for polling a channel without waiting.
package main

import (
	"fmt"
	"time"
)

// trySend delivers msg unless the mailbox is full.
func trySend(box chan string, msg string) bool {
	select {
	case box <- msg:
		return true
	default:
		return false
	}
}

// tryRecv takes a message if one is waiting.
func tryRecv(box chan string) (string, bool) {
	select {
	case msg := <-box:
		return msg, true
	default:
		return "", false
	}
}

func main() {
	box := make(chan string, 2)

	if _, ok := tryRecv(box); !ok {
		fmt.Println("empty mailbox: nothing to receive")
	}
	for _, m := range []string{"a", "b", "c", "d"} {
		if trySend(box, m) {
			fmt.Println("queued", m)
		} else {
			fmt.Println("dropped", m, "(mailbox full)")
		}
	}
	for {
		m, ok := tryRecv(box)
		if !ok {
			break
		}
		fmt.Println("received", m)
	}

	// On an unbuffered channel a non-blocking send only succeeds when a receiver
	// is already waiting.
	unbuf := make(chan int)
	fmt.Println("send with no receiver:", trySendInt(unbuf, 1))
	done := make(chan bool)
	go func() {
		v := <-unbuf
		done <- v == 7
	}()
	// Retry until the receiver has reached its receive; sleeping between tries
	// lets the receiver run instead of spinning on the CPU.
	sent := false
	for !sent {
		sent = trySendInt(unbuf, 7)
		if !sent {
			time.Sleep(time.Millisecond)
		}
	}
	fmt.Println("send once the receiver waits:", sent, <-done)

	// A closed channel is always ready to receive: the zero value and ok == false.
	close(box)
	m, ok := <-box
	fmt.Printf("closed mailbox: %q %v\n", m, ok)
}

func trySendInt(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}
