// Fields reached through a named pointer type (type PS *node), as Go's power-series test
// uses them, read and written, and through a channel field.
package main

import "fmt"

type node struct {
	val  int
	next PS
	req  chan int
}

type PS *node

func mk(v int) PS {
	return &node{val: v, req: make(chan int, 1)}
}

func main() {
	a := mk(1)
	a.next = mk(2)
	a.next.val += 40
	a.req <- 7
	fmt.Println(a.val, a.next.val, <-a.req, a.next.next == nil)
}
