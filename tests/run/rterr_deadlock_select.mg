// An empty select blocks forever: with nothing else running, a deadlock.
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[select \(no cases\)\]:
package main

import "fmt"

func main() {
	fmt.Println("waiting")
	select {}
}
