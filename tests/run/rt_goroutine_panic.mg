// An unrecovered panic in a goroutine other than main ends the whole program with exit 2,
// even while main is sleeping.
// exit: 2
// stderr: panic: worker failed: 7
// stderr: goroutine \d+ \[running\]:
package main

import (
	"fmt"
	"time"
)

func worker(n int) {
	if n == 7 {
		panic(fmt.Sprintf("worker failed: %d", n))
	}
}

func main() {
	for i := 0; i < 10; i++ {
		go worker(i)
	}
	time.Sleep(5 * time.Second)
	fmt.Println("not reached")
}
