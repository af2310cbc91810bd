// barrier shows a reusable barrier built on sync.Cond: workers compute in phases
// and nobody starts phase k+1 before everyone has finished phase k. A generation
// counter lets the same barrier be reused phase after phase.
package main

import (
	"fmt"
	"sync"
)

type Barrier struct {
	mu         sync.Mutex
	cond       *sync.Cond
	parties    int
	waiting    int
	generation int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{parties: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// Wait blocks until all parties have called it for the current generation.
func (b *Barrier) Wait() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.generation
	b.waiting++
	if b.waiting == b.parties {
		b.waiting = 0
		b.generation++
		b.cond.Broadcast()
		return
	}
	for gen == b.generation {
		b.cond.Wait()
	}
}

func main() {
	const workers = 4
	const phases = 3
	// Each phase, every worker adds its neighbour's value from the previous
	// phase to its own; reading neighbours is safe only because of the barrier.
	values := []int{1, 2, 3, 4}
	next := make([]int, workers)
	b := NewBarrier(workers)
	var mu sync.Mutex
	var log []string

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for p := 1; p <= phases; p++ {
				next[id] = values[id] + values[(id+1)%workers]
				b.Wait() // everyone has read values and written next
				if id == 0 {
					copy(values, next)
					mu.Lock()
					log = append(log, fmt.Sprintf("phase %d: %v", p, values))
					mu.Unlock()
				}
				b.Wait() // values updated before anyone reads them again
			}
		}(w)
	}
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println("generations passed:", b.generation)
}
