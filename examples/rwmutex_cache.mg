// rwmutex_cache shows sync.RWMutex guarding a read-mostly cache: many readers
// hold the read lock together, a miss upgrades to the write lock and re-checks
// (another goroutine may have filled the entry meanwhile), so each key is loaded
// from the slow source exactly once.
package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Cache struct {
	mu    sync.RWMutex
	data  map[string]string
	loads int64
	hits  int64
}

func (c *Cache) load(key string) string {
	atomic.AddInt64(&c.loads, 1)
	time.Sleep(2 * time.Millisecond) // a slow backing store
	return strings.ToUpper(key)
}

func (c *Cache) Get(key string) string {
	c.mu.RLock()
	v, ok := c.data[key]
	c.mu.RUnlock()
	if ok {
		atomic.AddInt64(&c.hits, 1)
		return v
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[key]; ok { // filled while we waited for the write lock
		atomic.AddInt64(&c.hits, 1)
		return v
	}
	v = c.load(key)
	c.data[key] = v
	return v
}

func (c *Cache) Len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.data)
}

func main() {
	c := &Cache{data: map[string]string{}}
	keys := []string{"alpha", "beta", "gamma", "delta", "epsilon"}

	var wg sync.WaitGroup
	var wrong int64
	for r := 0; r < 20; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				k := keys[(r+i)%len(keys)]
				if c.Get(k) != strings.ToUpper(k) {
					atomic.AddInt64(&wrong, 1)
				}
			}
		}(r)
	}
	wg.Wait()

	fmt.Println("lookups:", 20*50)
	fmt.Println("loads from the slow store:", atomic.LoadInt64(&c.loads))
	fmt.Println("hits:", atomic.LoadInt64(&c.hits))
	fmt.Println("wrong values:", wrong)
	fmt.Println("entries:", c.Len())
}
