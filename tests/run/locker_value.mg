// A value type with value-receiver Lock/Unlock (here counting through a pointer field) as a
// sync.Locker: the interface holds a copy, as in Go.
package main

import (
	"fmt"
	"sync"
)

type counting struct {
	name  string
	calls *int
}

func (c counting) Lock()   { *c.calls++ }
func (c counting) Unlock() { *c.calls += 10 }

func main() {
	n := 0
	c := counting{"c", &n}
	var l sync.Locker = c
	c.name = "changed"
	l.Lock()
	l.Unlock()
	fmt.Println(n, c.name)
}
