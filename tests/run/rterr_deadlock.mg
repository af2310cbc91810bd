// Receiving when no goroutine can ever send is a deadlock.
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[chan receive\]:
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	fmt.Println(<-ch)
	fmt.Println(<-ch)
}
