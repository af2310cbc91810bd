// first_error shows an errgroup-style helper: run tasks in goroutines, remember
// only the first error, and cancel a shared context so the remaining tasks stop
// early instead of finishing work nobody will use.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// Group runs functions and collects the first error.
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  func()
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	}()
}

// Wait blocks until every function has returned and reports the first error.
func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

// task works for steps*5ms, checking the context between steps; fail makes it
// return an error after its first step.
func task(ctx context.Context, name string, steps int, fail bool) error {
	for i := 0; i < steps; i++ {
		if fail && i == 1 {
			return errors.New(name + " failed")
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s stopped early: %w", name, ctx.Err())
		case <-time.After(5 * time.Millisecond):
		}
	}
	return nil
}

func main() {
	// All succeed: Wait returns nil.
	g, ctx := WithContext(context.Background())
	for _, name := range []string{"a", "b", "c"} {
		name := name
		g.Go(func() error { return task(ctx, name, 2, false) })
	}
	fmt.Println("all ok:", g.Wait())

	// One fails quickly; the long tasks (400 steps = 2s) are cancelled, so the
	// whole group ends long before they would have finished.
	g, ctx = WithContext(context.Background())
	var mu sync.Mutex
	stopped := 0
	for _, name := range []string{"slow1", "slow2", "slow3"} {
		name := name
		g.Go(func() error {
			err := task(ctx, name, 400, false)
			if errors.Is(err, context.Canceled) {
				mu.Lock()
				stopped++
				mu.Unlock()
			}
			return err
		})
	}
	g.Go(func() error { return task(ctx, "flaky", 3, true) })
	start := time.Now()
	err := g.Wait()
	fmt.Println("first error:", err)
	fmt.Println("slow tasks stopped early:", stopped)
	fmt.Println("finished well before the slow tasks' 2s:", time.Since(start) < 1500*time.Millisecond)
}
