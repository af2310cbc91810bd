// error_collect shows how to gather errors from many goroutines: each task sends
// its outcome on a channel sized for all of them, the caller collects every result,
// and the errors are wrapped with %w so errors.Is and errors.As still see the cause.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

var ErrNotFound = errors.New("not found")

// ParseError carries the offending input.
type ParseError struct {
	Input string
}

func (e *ParseError) Error() string { return "cannot parse " + strconv.Quote(e.Input) }

var stock = map[string]string{"apple": "12", "pear": "x7", "plum": "3", "fig": "40"}

// lookup is one task: find an item and parse its count.
func lookup(item string) (int, error) {
	raw, ok := stock[item]
	if !ok {
		return 0, fmt.Errorf("lookup %s: %w", item, ErrNotFound)
	}
	n, err := strconv.Atoi(raw)
	if err != nil {
		return 0, fmt.Errorf("lookup %s: %w", item, &ParseError{Input: raw})
	}
	return n, nil
}

type outcome struct {
	item string
	n    int
	err  error
}

func main() {
	items := []string{"apple", "pear", "kiwi", "plum", "fig", "mango"}
	results := make(chan outcome, len(items)) // never blocks a worker
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(item string) {
			defer wg.Done()
			n, err := lookup(item)
			results <- outcome{item, n, err}
		}(it)
	}
	wg.Wait()
	close(results)

	total := 0
	var errs []error
	for r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		total += r.n
	}
	// Goroutines finish in any order; sort the messages for a stable report.
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })

	fmt.Println("total counted:", total)
	fmt.Println("errors:", len(errs))
	for _, err := range errs {
		var pe *ParseError
		switch {
		case errors.Is(err, ErrNotFound):
			fmt.Println("  missing item:", err)
		case errors.As(err, &pe):
			fmt.Println("  bad data:", err, "| input was", pe.Input)
		default:
			fmt.Println("  other:", err)
		}
	}
	fmt.Println("unwrapped once:", errors.Unwrap(errs[0]))
}
