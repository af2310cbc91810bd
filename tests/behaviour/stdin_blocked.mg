// One goroutine blocks reading stdin (an open pipe with no data) while main goes on working
// and exits: with GOMAXPROCS=1 this only finishes if the blocked read gave up the processor.
package main

import (
	"bufio"
	"fmt"
	"os"
	"time"
)

func main() {
	go func() {
		r := bufio.NewReader(os.Stdin)
		line, _ := r.ReadString('\n')
		fmt.Println("read:", line)
	}()
	time.Sleep(50 * time.Millisecond)
	sum := 0
	for i := 0; i < 1000; i++ {
		sum += i
	}
	fmt.Println("main done", sum)
}
