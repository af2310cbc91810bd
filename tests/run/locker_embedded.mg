// Pointers to program types as sync.Locker: a struct embedding sync.Mutex or sync.RWMutex
// (promoted Lock/Unlock), a type with its own Lock/Unlock, and a sync.Cond over each.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	sync.Mutex
	n int
}

type Table struct {
	*sync.RWMutex
	rows []string
}

type tracing struct {
	mu  sync.Mutex
	log []string
}

func (t *tracing) Lock()   { t.mu.Lock(); t.log = append(t.log, "lock") }
func (t *tracing) Unlock() { t.log = append(t.log, "unlock"); t.mu.Unlock() }

func withLock(l sync.Locker, f func()) {
	l.Lock()
	defer l.Unlock()
	f()
}

func main() {
	c := &Counter{}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			withLock(c, func() { c.n++ })
		}()
	}
	wg.Wait()
	t := &Table{RWMutex: &sync.RWMutex{}}
	withLock(t, func() { t.rows = append(t.rows, "r1") })
	tr := &tracing{}
	withLock(tr, func() {})
	ready := false
	cond := sync.NewCond(tr)
	go func() {
		tr.Lock()
		ready = true
		tr.Unlock()
		cond.Signal()
	}()
	tr.Lock()
	for !ready {
		cond.Wait()
	}
	tr.Unlock()
	fmt.Println(c.n, t.rows, tr.log[:2], ready)
}
