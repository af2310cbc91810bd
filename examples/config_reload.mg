// config_reload shows copy-on-write configuration with atomic.Value: readers load
// the current *Config without any lock, a writer builds a new Config and swaps it
// in whole. Readers never see a half-updated config: every snapshot they take is
// internally consistent (its checksum matches its fields).
package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version  int
	Backends []string
	Checksum int // Version*100 + len(Backends): consistent snapshots only
}

func newConfig(version int, backends ...string) *Config {
	return &Config{Version: version, Backends: backends, Checksum: version*100 + len(backends)}
}

func main() {
	var current atomic.Value
	current.Store(newConfig(1, "a"))

	var readers sync.WaitGroup
	var reads, torn int64
	for r := 0; r < 4; r++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			last := 0
			for i := 0; i < 5000; i++ {
				cfg := current.Load().(*Config)
				if cfg.Checksum != cfg.Version*100+len(cfg.Backends) || cfg.Version < last {
					atomic.AddInt64(&torn, 1) // inconsistent, or went backwards
				}
				last = cfg.Version
				atomic.AddInt64(&reads, 1)
			}
		}()
	}

	// The writer publishes versions 2..50; each is a fresh value, never mutated.
	var mu sync.Mutex // serialises writers (only one here, but Store order matters)
	for v := 2; v <= 50; v++ {
		backends := make([]string, v%5+1)
		for i := range backends {
			backends[i] = fmt.Sprintf("b%d", i)
		}
		mu.Lock()
		current.Store(newConfig(v, backends...))
		mu.Unlock()
	}
	readers.Wait()

	final := current.Load().(*Config)
	fmt.Println("final version:", final.Version, "backends:", strings.Join(final.Backends, ","))
	fmt.Println("reads:", atomic.LoadInt64(&reads), "inconsistent snapshots seen:", atomic.LoadInt64(&torn))

	// CompareAndSwap replaces only the exact value expected.
	old := final
	fmt.Println("CAS with current value:", current.CompareAndSwap(old, newConfig(51)))
	fmt.Println("CAS with stale value:  ", current.CompareAndSwap(old, newConfig(52)))
	fmt.Println("now at version", current.Load().(*Config).Version)
}
