// context_tree shows how cancellation flows down a tree of contexts: cancelling a
// parent cancels every descendant, cancelling a child leaves its parent and
// siblings alone, a deadline reports DeadlineExceeded, and values are inherited.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type key string

// watch waits for ctx to end and reports why on out.
func watch(name string, ctx context.Context, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	<-ctx.Done()
	out <- fmt.Sprintf("%s: %v", name, ctx.Err())
}

func report(label string, ctxs map[string]context.Context, names []string) {
	for _, n := range names {
		state := "running"
		if err := ctxs[n].Err(); err != nil {
			state = err.Error()
		}
		fmt.Printf("%s %-12s %s\n", label, n, state)
	}
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	reqCtx := context.WithValue(root, key("request"), "r-42")
	dbCtx, cancelDB := context.WithCancel(reqCtx)
	cacheCtx, cancelCache := context.WithCancel(reqCtx)
	queryCtx, cancelQuery := context.WithCancel(dbCtx)
	defer cancelCache()
	defer cancelQuery()

	ctxs := map[string]context.Context{"root": root, "request": reqCtx, "db": dbCtx, "cache": cacheCtx, "db/query": queryCtx}
	names := []string{"root", "request", "db", "cache", "db/query"}

	fmt.Println("value seen by db/query:", queryCtx.Value(key("request")))
	fmt.Println("missing value:", queryCtx.Value(key("user")))

	// Cancel one branch: only db and its child end.
	cancelDB()
	<-queryCtx.Done()
	report("after cancelDB: ", ctxs, names)

	// Cancel the root: everything below ends, and the watchers all wake up.
	var wg sync.WaitGroup
	out := make(chan string, len(names))
	for _, n := range names {
		wg.Add(1)
		go watch(n, ctxs[n], &wg, out)
	}
	cancelRoot()
	wg.Wait()
	close(out)
	count := 0
	for range out {
		count++
	}
	fmt.Println("watchers woken:", count)
	report("after cancelRoot:", ctxs, names)

	// A timeout inherits the earlier of its own deadline and its parent's.
	parent, cancelParent := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancelParent()
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline is the parent's:", cd.Equal(pd))
	<-child.Done()
	fmt.Println("child:", child.Err(), "| is DeadlineExceeded:", errors.Is(child.Err(), context.DeadlineExceeded))

	// Calling cancel again, or after the deadline, is harmless.
	cancelDB()
	cancelChild()
	fmt.Println("background never ends:", context.Background().Err() == nil)
}
