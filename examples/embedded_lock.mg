// embedded_lock shows locks and atomics as parts of a type: a struct embeds
// sync.Mutex (so Lock and Unlock are promoted to it), another embeds
// sync.RWMutex, and a stats type uses the typed atomics atomic.Int64 and
// atomic.Bool, which cannot be accessed non-atomically by mistake.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// Inventory embeds its mutex: inv.Lock() locks the whole inventory.
type Inventory struct {
	sync.Mutex
	items map[string]int
}

func (inv *Inventory) Add(name string, n int) {
	inv.Lock()
	defer inv.Unlock()
	inv.items[name] += n
}

// Registry embeds a read-write mutex for a read-mostly set of names.
type Registry struct {
	sync.RWMutex
	names []string
}

func (r *Registry) Has(name string) bool {
	r.RLock()
	defer r.RUnlock()
	for _, n := range r.names {
		if n == name {
			return true
		}
	}
	return false
}

func (r *Registry) Register(name string) bool {
	r.Lock()
	defer r.Unlock()
	for _, n := range r.names {
		if n == name {
			return false
		}
	}
	r.names = append(r.names, name)
	return true
}

type Stats struct {
	added    atomic.Int64
	rejected atomic.Int64
	closed   atomic.Bool
}

func main() {
	inv := &Inventory{items: map[string]int{}}
	reg := &Registry{}
	var st Stats
	products := []string{"bolt", "nut", "washer", "screw"}

	var wg sync.WaitGroup
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				p := products[(w+i)%len(products)]
				if st.closed.Load() {
					st.rejected.Add(1)
					continue
				}
				inv.Add(p, 1)
				reg.Register(p) // only the first registration of a name succeeds
				st.added.Add(1)
			}
		}(w)
	}
	wg.Wait()
	st.closed.Store(true)
	inv.Add("late", 1) // the inventory itself still works; only workers check closed

	inv.Lock()
	names := make([]string, 0, len(inv.items))
	for n := range inv.items {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-7s %d\n", n, inv.items[n])
	}
	inv.Unlock()

	sort.Strings(reg.names)
	fmt.Println("registered:", strings.Join(reg.names, " "), "| has nut:", reg.Has("nut"), "| has gear:", reg.Has("gear"))
	fmt.Println("added:", st.added.Load(), "rejected:", st.rejected.Load(), "closed:", st.closed.Load())
	fmt.Println("swap added to 0, old value:", st.added.Swap(0), "now:", st.added.Load())
}
