// dining_philosophers shows deadlock avoidance by resource ordering: five
// philosophers share five forks (mutexes), and each always picks up the
// lower-numbered fork first, so no cycle of waiting can form. A host channel also
// limits how many sit at the table at once.
package main

import (
	"fmt"
	"sync"
	"time"
)

const (
	philosophers = 5
	meals        = 3
)

type Philosopher struct {
	name        string
	left, right int // fork indices
	eaten       int
}

func (p *Philosopher) dine(forks []sync.Mutex, host chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	first, second := p.left, p.right
	if second < first {
		first, second = second, first // always lock the lower fork first
	}
	for p.eaten < meals {
		host <- struct{}{} // ask the host for a seat
		forks[first].Lock()
		forks[second].Lock()
		p.eaten++
		time.Sleep(time.Millisecond) // eat
		forks[second].Unlock()
		forks[first].Unlock()
		<-host // leave the table and think
		time.Sleep(time.Millisecond)
	}
}

func main() {
	names := []string{"Aristotle", "Kant", "Spinoza", "Marx", "Russell"}
	forks := make([]sync.Mutex, philosophers)
	host := make(chan struct{}, philosophers-1)
	table := make([]*Philosopher, philosophers)
	for i, n := range names {
		table[i] = &Philosopher{name: n, left: i, right: (i + 1) % philosophers}
	}

	var wg sync.WaitGroup
	for _, p := range table {
		wg.Add(1)
		go p.dine(forks, host, &wg)
	}
	wg.Wait()

	total := 0
	for _, p := range table {
		fmt.Printf("%-10s ate %d times (forks %d and %d)\n", p.name, p.eaten, p.left, p.right)
		total += p.eaten
	}
	fmt.Println("meals served:", total, "- nobody starved, no deadlock")
}
