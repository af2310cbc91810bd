// A select with no ready case and nothing left to make one ready is a deadlock.
// exit: 2
// stderr: fatal error: all goroutines are asleep - deadlock!
// stderr: goroutine 1 \[select\]:
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	fmt.Println("start")
	select {
	case v := <-a:
		fmt.Println(v)
	case s := <-b:
		fmt.Println(s)
	}
}
