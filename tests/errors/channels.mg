// Channel direction: send-only and receive-only channels, channel operations.
package main

func main() {
	var recvOnly <-chan int
	var sendOnly chan<- int
	var both chan int
	var notChan int
	recvOnly <- 1        // ERROR "invalid operation: cannot send to receive-only channel recvOnly \(variable of type <-chan int\)"
	_ = <-sendOnly       // ERROR "invalid operation: cannot receive from send-only channel sendOnly \(variable of type chan<- int\)"
	notChan <- 1         // ERROR "invalid operation: cannot send to non-channel notChan \(variable of type int\)"
	_ = <-notChan        // ERROR "invalid operation: cannot receive from non-channel notChan \(variable of type int\)"
	both <- "s"          // ERROR "cannot use \"s\" \(untyped string constant\) as int value in send"
	close(recvOnly)      // ERROR "invalid operation: cannot close receive-only channel recvOnly \(variable of type <-chan int\)"
	close(notChan)       // ERROR "invalid operation: cannot close non-channel notChan \(variable of type int\)|invalid argument"
	for range sendOnly { // ERROR "cannot range over sendOnly \(variable of type chan<- int\): receive from send-only channel"
	}
	both = recvOnly      // ERROR "cannot use recvOnly \(variable of type <-chan int\) as chan int value in assignment"
	sendOnly = both
	recvOnly = both
	var x, y, z = <-both // ERROR "assignment mismatch: 3 variables but 1 value|assignment mismatch"
	_, _, _ = x, y, z
}
