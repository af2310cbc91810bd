// Channel direction inside select statements and channel values.
package main

func main() {
	var recvOnly <-chan int
	var sendOnly chan<- int
	select {
	case recvOnly <- 1: // ERROR "invalid operation: cannot send to receive-only channel recvOnly \(variable of type <-chan int\)"
	case v := <-sendOnly: // ERROR "invalid operation: cannot receive from send-only channel sendOnly \(variable of type chan<- int\)"
		_ = v
	}
	var ch chan int
	x := 1
	select {
	case x + 1: // ERROR "select case must be send or receive \(possibly with assignment\)"
	case <-ch:
	}
	_, _ = len(sendOnly), x
	var f func(chan<- string)
	f(ch) // ERROR "cannot use ch \(variable of type chan int\) as chan<- string value in argument to f"
	var g func(<-chan int)
	g(ch)
	g(sendOnly) // ERROR "cannot use sendOnly \(variable of type chan<- int\) as <-chan int value in argument to g"
}
