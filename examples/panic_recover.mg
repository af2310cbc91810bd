// panic_recover shows a worker pool that survives panicking jobs: each job runs
// inside a function with a deferred recover, which turns the panic (a custom
// value or a run-time error such as division by zero or an index out of range)
// into an error result. An unrecovered panic in any goroutine would kill the
// whole program.
package main

import (
	"fmt"
	"sync"
)

type result struct {
	job int
	val int
	err error
}

// safeRun calls f and converts a panic into an error.
func safeRun(job int, f func() int) (res result) {
	res.job = job
	defer func() {
		if r := recover(); r != nil {
			res.err = fmt.Errorf("job %d panicked: %v", job, r)
		}
	}()
	res.val = f()
	return res
}

func main() {
	table := []int{10, 20, 30}
	var m map[string]int // nil: reading is fine, writing panics
	jobs := []func() int{
		func() int { return 6 * 7 },
		func() int { zero := 0; return 100 / zero },
		func() int { i := 5; return table[i] },
		func() int { panic("bad input") },
		func() int { return m["x"] + 1 },
		func() int { m["x"] = 1; return 0 },
		func() int { var p *result; return p.val },
		func() int { panic(fmt.Errorf("wrapped: %w", fmt.Errorf("disk full"))) },
	}

	results := make([]result, len(jobs))
	var wg sync.WaitGroup
	work := make(chan int)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				results[j] = safeRun(j, jobs[j])
			}
		}()
	}
	for j := range jobs {
		work <- j
	}
	close(work)
	wg.Wait()

	failed := 0
	for _, r := range results {
		if r.err != nil {
			failed++
			fmt.Println("error:", r.err)
		} else {
			fmt.Printf("job %d ok: %d\n", r.job, r.val)
		}
	}
	fmt.Printf("%d of %d jobs failed, the pool kept running\n", failed, len(jobs))

	// recover only works in a deferred call of the panicking goroutine; calling
	// it elsewhere returns nil.
	fmt.Println("recover outside a panic:", recover())
}
