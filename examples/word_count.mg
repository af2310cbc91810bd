// word_count shows a shared map guarded by a mutex: several goroutines count the
// words of different lines into one map. Each goroutine counts locally first and
// merges under the lock once, which keeps the critical section short.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

var text = []string{
	"The quick brown fox jumps over the lazy dog.",
	"The dog sleeps; the fox runs!",
	"Quick, quick: the fox is gone.",
	"A lazy afternoon for a lazy dog",
	"Foxes and dogs, dogs and foxes.",
}

type Counter struct {
	mu     sync.Mutex
	counts map[string]int
}

func (c *Counter) Merge(local map[string]int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for w, n := range local {
		c.counts[w] += n
	}
}

// words splits on anything that is not a letter and lower-cases the pieces.
func words(line string) []string {
	return strings.FieldsFunc(strings.ToLower(line), func(r rune) bool { return !unicode.IsLetter(r) })
}

func main() {
	c := &Counter{counts: map[string]int{}}
	var wg sync.WaitGroup
	for _, line := range text {
		wg.Add(1)
		go func(line string) {
			defer wg.Done()
			local := map[string]int{}
			for _, w := range words(line) {
				local[w]++
			}
			c.Merge(local)
		}(line)
	}
	wg.Wait()

	// Map iteration order is random: sort by count, then alphabetically.
	type entry struct {
		word string
		n    int
	}
	var entries []entry
	total := 0
	for w, n := range c.counts {
		entries = append(entries, entry{w, n})
		total += n
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].n != entries[j].n {
			return entries[i].n > entries[j].n
		}
		return entries[i].word < entries[j].word
	})
	fmt.Println("distinct words:", len(entries), "total:", total)
	for _, e := range entries[:8] {
		fmt.Printf("%-6s %s %d\n", e.word, strings.Repeat("*", e.n), e.n)
	}
}
