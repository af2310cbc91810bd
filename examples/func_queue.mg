// func_queue shows a channel of functions as a work queue: callers submit
// closures to an executor goroutine pool and get each answer back through a
// channel the closure captured. A labeled break leaves the collecting loop from
// inside a select once every answer or a deadline has arrived.
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type Executor struct {
	tasks chan func()
	wg    sync.WaitGroup
}

func NewExecutor(workers int) *Executor {
	e := &Executor{tasks: make(chan func(), 16)}
	for i := 0; i < workers; i++ {
		e.wg.Add(1)
		go e.loop()
	}
	return e
}

// loop runs tasks until the queue is closed; a panicking task is contained.
func (e *Executor) loop() {
	defer e.wg.Done()
	for task := range e.tasks {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("task panicked:", r)
				}
			}()
			task()
		}()
	}
}

func (e *Executor) Submit(f func()) { e.tasks <- f }

func (e *Executor) Close() {
	close(e.tasks)
	e.wg.Wait()
}

type answer struct {
	index int
	text  string
}

func main() {
	ex := NewExecutor(3)
	words := []string{"channels", "orchestrate", "goroutines", "mutexes", "serialize"}
	answers := make(chan answer, len(words))
	for i, w := range words {
		i, w := i, w // each closure gets its own copies
		ex.Submit(func() {
			answers <- answer{i, strings.ToUpper(w[:1]) + w[1:]}
		})
	}
	ex.Submit(func() { panic("a task failed, the executor did not") })

	got := make([]string, len(words))
	deadline := time.After(5 * time.Second)
	n := 0
collect:
	for {
		select {
		case a := <-answers:
			got[a.index] = a.text
			n++
			if n == len(words) {
				break collect
			}
		case <-deadline:
			fmt.Println("gave up waiting")
			break collect
		}
	}
	ex.Close()
	fmt.Println(strings.Join(got, " "))
	fmt.Println("answers:", n)
}
