// worker_pool.mg: a pool of goroutines draining a job channel, results
// collected through a second channel; editor test sample (gofmt-formatted).
package main

import (
	"fmt"
	"sync"
	"time"
)

// Job is one unit of work.
type Job struct {
	ID    int
	Input string
	Delay time.Duration
}

// Result pairs a job with what the worker made of it.
type Result struct {
	Job    Job
	Output string
	Worker int
}

type Pool struct {
	workers int
	jobs    chan Job
	results chan<- Result
	mu      sync.Mutex
	done    map[int]bool
}

func NewPool(workers int, results chan<- Result) *Pool {
	return &Pool{
		workers: workers,
		jobs:    make(chan Job, workers*2),
		results: results,
		done:    make(map[int]bool),
	}
}

func (p *Pool) worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	for job := range p.jobs {
		time.Sleep(job.Delay)
		out := fmt.Sprintf("%s#%d", job.Input, job.ID)
		p.mu.Lock()
		p.done[job.ID] = true
		p.mu.Unlock()
		p.results <- Result{Job: job, Output: out, Worker: id}
	}
}

func (p *Pool) Run(jobs []Job) {
	var wg sync.WaitGroup
	for i := 1; i <= p.workers; i++ {
		wg.Add(1)
		go p.worker(i, &wg)
	}
	go func() {
		for _, j := range jobs {
			p.jobs <- j
		}
		close(p.jobs)
	}()
	wg.Wait()
}

func main() {
	results := make(chan Result, 16)
	pool := NewPool(3, results)
	jobs := []Job{}
	for i, word := range []string{"alpha", "beta", "gamma", "delta"} {
		jobs = append(jobs, Job{ID: i, Input: word, Delay: time.Duration(i) * time.Millisecond})
	}
	go func() {
		pool.Run(jobs)
		close(results)
	}()

	timeout := time.After(2 * time.Second)
	count := 0
loop:
	for {
		select {
		case r, ok := <-results:
			if !ok {
				break loop
			}
			count++
			fmt.Printf("worker %d: %v -> %q\n", r.Worker, r.Job.ID, r.Output)
		case <-timeout:
			fmt.Println("timed out")
			break loop
		}
	}
	fmt.Printf("%d/%d jobs done\n", count, len(jobs))
}
