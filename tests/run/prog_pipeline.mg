// Producer/consumer pipeline with context cancellation, select with time.After and a results fan-in.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Job struct {
	ID    int
	Input int
}

type Result struct {
	Job    Job
	Output int
	Worker string
}

func producer(ctx context.Context, n int) <-chan Job {
	out := make(chan Job)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- Job{ID: i, Input: i * i}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func worker(ctx context.Context, name string, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				return
			}
			select {
			case results <- Result{j, j.Input + 1, name}:
			case <-ctx.Done():
				return
			}
		case <-ctx.Done():
			return
		}
	}
}

func run(ctx context.Context, n, workers int) ([]Result, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := producer(ctx, n)
	results := make(chan Result, 4)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go worker(ctx, fmt.Sprintf("w%d", i), jobs, results, &wg)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var out []Result
	for r := range results {
		out = append(out, r)
	}
	return out, ctx.Err()
}

func slow(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("slow op: %w", ctx.Err())
	}
}

func main() {
	res, err := run(context.Background(), 10, 3)
	sort.Slice(res, func(i, j int) bool { return res[i].Job.ID < res[j].Job.ID })
	sum := 0
	for _, r := range res {
		sum += r.Output
	}
	fmt.Println(len(res), sum, err)
	fmt.Printf("%+v\n", res[0].Job)

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err = slow(ctx, time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	err = slow(context.Background(), time.Millisecond)
	fmt.Println(err)

	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	_, err = run(ctx2, 100, 2)
	fmt.Println("cancelled run:", err, err == context.Canceled)

	timeout := time.After(2 * time.Second)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	ticks := 0
loop:
	for {
		select {
		case <-tick.C:
			ticks++
			if ticks == 3 {
				break loop
			}
		case <-timeout:
			fmt.Println("timeout")
			break loop
		}
	}
	fmt.Println("ticks:", ticks)

	type key string
	vctx := context.WithValue(context.Background(), key("user"), "gopher")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("none")))

	done := make(chan struct{})
	var once sync.Once
	for i := 0; i < 3; i++ {
		go once.Do(func() { close(done) })
	}
	select {
	case <-done:
		fmt.Println("done closed once")
	case <-time.After(time.Second):
		fmt.Println("never")
	}
}
