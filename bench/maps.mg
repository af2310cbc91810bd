// Benchmark: a word-frequency map with string keys built with strconv and strings.Builder
// (hashing, map growth, string allocation, GC). Argument: words (default 1000000).
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	counts := map[string]int{}
	for i := 0; i < n; i++ {
		var b strings.Builder
		b.WriteString("w")
		b.WriteString(strconv.Itoa((i * 7919) % 50000))
		counts[b.String()]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("distinct:", len(keys), "first:", keys[0], counts[keys[0]], "last:", keys[len(keys)-1])
}
