// A worker pool whose workers recover from panics, with per-job timeouts and error aggregation.
// exit: 5
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

type Task struct {
	ID   int
	Name string
	Run  func() (string, error)
}

type Outcome struct {
	TaskID int
	Value  string
	Err    error
}

type PanicError struct {
	Value interface{}
}

func (p PanicError) Error() string { return fmt.Sprintf("panic: %v", p.Value) }

var ErrTimeout = errors.New("timed out")

func safeRun(t Task) (out Outcome) {
	out.TaskID = t.ID
	defer func() {
		if r := recover(); r != nil {
			out.Err = PanicError{r}
		}
	}()
	out.Value, out.Err = t.Run()
	return
}

func withTimeout(t Task, d time.Duration) Outcome {
	ch := make(chan Outcome, 1)
	go func() { ch <- safeRun(t) }()
	select {
	case o := <-ch:
		return o
	case <-time.After(d):
		return Outcome{TaskID: t.ID, Err: fmt.Errorf("task %s: %w", t.Name, ErrTimeout)}
	}
}

func pool(tasks []Task, n int) []Outcome {
	in := make(chan Task)
	out := make(chan Outcome)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer wg.Done()
			for t := range in {
				out <- withTimeout(t, 50*time.Millisecond)
			}
		}()
	}
	go func() {
		for _, t := range tasks {
			in <- t
		}
		close(in)
	}()
	go func() { wg.Wait(); close(out) }()
	var res []Outcome
	for o := range out {
		res = append(res, o)
	}
	sort.Slice(res, func(i, j int) bool { return res[i].TaskID < res[j].TaskID })
	return res
}

func main() {
	var tasks []Task
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta"}
	for i, w := range words {
		i, w := i, w // Go 1.19 shares loop variables
		tasks = append(tasks, Task{ID: i, Name: w, Run: func() (string, error) {
			switch {
			case i == 2:
				var m map[string]int
				m[w] = 1 // runtime panic: assignment to entry in nil map
			case i == 3:
				time.Sleep(time.Second)
			case i == 4:
				return "", fmt.Errorf("bad word %q", w)
			case i == 5:
				var arr []int
				_ = arr[i]
			}
			return strings.ToUpper(w), nil
		}})
	}
	tasks = append(tasks, Task{ID: 9, Name: "custom", Run: func() (string, error) {
		panic(fmt.Sprintf("custom %d", 42))
	}})
	results := pool(tasks, 3)
	var errs []string
	for _, r := range results {
		var pe PanicError
		switch {
		case errors.As(r.Err, &pe):
			fmt.Printf("%d panicked: %v\n", r.TaskID, pe.Value)
			if re, ok := pe.Value.(error); ok {
				fmt.Println("   runtime error:", re.Error())
			}
		case errors.Is(r.Err, ErrTimeout):
			fmt.Printf("%d timeout: %v\n", r.TaskID, r.Err)
		case r.Err != nil:
			fmt.Printf("%d failed: %v\n", r.TaskID, r.Err)
		default:
			fmt.Printf("%d ok: %s\n", r.TaskID, r.Value)
			continue
		}
		errs = append(errs, r.Err.Error())
	}
	fmt.Println(len(errs), "errors")
	defer fmt.Println("deferred before exit is skipped")
	if len(errs) > 3 {
		os.Exit(len(errs))
	}
}
