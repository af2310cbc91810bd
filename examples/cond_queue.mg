// cond_queue shows sync.Cond: a bounded blocking queue where Put waits while the
// queue is full and Get waits while it is empty. Waiters re-check their condition
// in a loop after Wait returns, and Close wakes everyone with Broadcast.
package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	limit    int
	closed   bool
}

func NewQueue(limit int) *Queue {
	q := &Queue{limit: limit}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.limit {
		q.notFull.Wait() // releases mu while waiting, re-locks before returning
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
}

// Get returns false once the queue is closed and drained.
func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast() // every blocked Get must see closed
}

func main() {
	q := NewQueue(3)
	var consumers sync.WaitGroup
	sums := make([]int, 4)
	counts := make([]int, 4)
	for i := 0; i < 4; i++ {
		consumers.Add(1)
		go func(id int) {
			defer consumers.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				sums[id] += v
				counts[id]++
			}
		}(i)
	}

	var producers sync.WaitGroup
	for p := 0; p < 2; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for i := 1; i <= 100; i++ {
				q.Put(p*100 + i)
			}
		}(p)
	}
	producers.Wait()
	q.Close()
	consumers.Wait()

	sum, n := 0, 0
	for i := range sums {
		sum += sums[i]
		n += counts[i]
	}
	fmt.Println("items:", n, "sum:", sum, "expected:", 200*201/2)
	fmt.Println("queue empty after close:", len(q.items) == 0)
}
