// layout.mg: the layouts gofmt produces that indenters get wrong most often:
// multi-line calls, parameter lists and conditions, closures passed as arguments,
// comments above cases, labels, nested composite literals, raw strings inside calls;
// editor test sample (gofmt-formatted).
package main

import (
	"fmt"
	"strings"
	"sync"
)

type config struct {
	name    string
	workers int
	limits  struct {
		min, max int
	}
	tags []string
}

var (
	defaults = config{
		name:    "pool",
		workers: 4,
		tags: []string{
			"fast",
			"safe",
		},
	}
	greeting = "hello, " +
		"world"
)

func longSignature(
	first int,
	second string,
	callback func(int) error,
) (int, error) {
	if err := callback(first); err != nil ||
		second == "" {
		return 0, fmt.Errorf("failed for %q: %w",
			second, err)
	}
	return first * 2, nil
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func kind(r rune) string {
	switch {
	// letters first
	case r >= 'a' && r <= 'z',
		r >= 'A' && r <= 'Z':
		return "letter"
	case r == '_':
		fallthrough
	case r >= '0' && r <= '9':
		return "word"
	default:
		return "other"
	}
}

func main() {
	var mu sync.Mutex
	counts := map[string]int{}
	doubled := apply([]int{1, 2, 3}, func(x int) int {
		mu.Lock()
		defer mu.Unlock()
		counts["calls"]++
		return x * 2
	})
	fmt.Println(doubled, counts)

	n, err := longSignature(21, "answer", func(v int) error {
		if v < 0 {
			return fmt.Errorf("negative: %d", v)
		} else if v == 0 {
			return nil
		}
		return nil
	})
	fmt.Println(n, err)

	text := strings.Join([]string{
		`first line`,
		`second
line`,
	}, "\n")
	fmt.Println(text, defaults.name, greeting, kind('x'))

	/* A block comment
	   inside a function. */
	total := 0
search:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if i+j > 12 {
				break search
			}
			total += i * j
		}
	}
	matrix := [][]int{
		{1, 2},
		{3, 4},
	}
	fmt.Printf("%d %v\n",
		total,
		matrix)
}
