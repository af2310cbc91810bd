// deadlock shows what bank_transfer's lock ordering prevents: two goroutines lock
// two mutexes in opposite orders, each ends up holding one and waiting for the
// other, and main waits for both. With every goroutine blocked, the runtime stops
// the program with "all goroutines are asleep - deadlock!" and exit status 2.
//
// exit: 2
// stderr: ^fatal error: all goroutines are asleep - deadlock!$
// stderr: goroutine 1 \[
package main

import (
	"fmt"
	"sync"
)

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	// Each goroutine signals once it holds its first lock, and waits for the
	// other's signal before taking its second: the deadlock happens every run.
	aHeld := make(chan struct{})
	bHeld := make(chan struct{})

	fmt.Println("starting two transfers that lock in opposite orders")
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		close(aHeld)
		<-bHeld
		fmt.Println("goroutine 1: holding a, waiting for b")
		b.Lock() // never succeeds
		fmt.Println("unreachable")
	}()
	go func() {
		defer wg.Done()
		b.Lock()
		close(bHeld)
		<-aHeld
		a.Lock() // never succeeds
		fmt.Println("unreachable")
	}()

	wg.Wait()
	fmt.Println("unreachable")
}
