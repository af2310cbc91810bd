// once shows sync.Once: many goroutines ask for a shared resource at the same time
// and the initialisation runs exactly once; every caller waits until it has
// finished and then sees the same value.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Config struct {
	Name  string
	Ports []int
}

var (
	configOnce sync.Once
	config     *Config
	initCalls  int32
)

// loadConfig is expensive; callers must not run it more than once.
func loadConfig() {
	atomic.AddInt32(&initCalls, 1)
	time.Sleep(20 * time.Millisecond) // everybody else arrives while we work
	config = &Config{Name: "server", Ports: []int{8080, 8443}}
}

func getConfig() *Config {
	configOnce.Do(loadConfig)
	return config
}

func main() {
	var wg sync.WaitGroup
	seen := make([]*Config, 10)
	for i := 0; i < len(seen); i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			seen[i] = getConfig()
		}(i)
	}
	wg.Wait()

	same := true
	for _, c := range seen {
		if c != seen[0] {
			same = false
		}
	}
	fmt.Println("init calls:", atomic.LoadInt32(&initCalls))
	fmt.Println("all callers got the same config:", same)
	fmt.Println("config:", seen[0].Name, seen[0].Ports)

	// A Once that panics still counts as done: later Do calls do nothing.
	var risky sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		risky.Do(func() { panic("init failed") })
	}()
	ran := false
	risky.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)

	// Separate Once values are independent: each registers its name once.
	var names []string
	var mu sync.Mutex
	onces := map[string]*sync.Once{"db": new(sync.Once), "cache": new(sync.Once)}
	for i := 0; i < 3; i++ {
		for name, o := range onces {
			wg.Add(1)
			go func(name string, o *sync.Once) {
				defer wg.Done()
				o.Do(func() {
					mu.Lock()
					names = append(names, name)
					mu.Unlock()
				})
			}(name, o)
		}
	}
	wg.Wait()
	sort.Strings(names)
	fmt.Println("registered:", strings.Join(names, ", "))
}
