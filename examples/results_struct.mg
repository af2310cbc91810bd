// results_struct shows a worker pool whose results carry their job: each result
// is a struct with the job's index, input, output and error, so the caller can
// put results back in input order even though workers finish in any order.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

type Job struct {
	Index int
	Input string
}

type Result struct {
	Job    Job
	Output int
	Err    error
	Worker int
}

// process parses a comma-separated list of integers and sums it.
func process(in string) (int, error) {
	sum := 0
	for _, f := range strings.Split(in, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return 0, err
		}
		sum += n
	}
	return sum, nil
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		out, err := process(j.Input)
		results <- Result{Job: j, Output: out, Err: err, Worker: id}
	}
}

func main() {
	inputs := []string{"1,2,3", "10, 20", "7", "4,x,6", "100,200,300", "", "-5,5", "9999999999999999999"}
	jobs := make(chan Job)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i, in := range inputs {
			jobs <- Job{Index: i, Input: in}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	ordered := make([]Result, len(inputs))
	perWorker := map[int]int{}
	for r := range results {
		ordered[r.Job.Index] = r
		perWorker[r.Worker]++
	}

	for _, r := range ordered {
		if r.Err != nil {
			fmt.Printf("#%d %-22q error: %v\n", r.Job.Index, r.Job.Input, r.Err)
		} else {
			fmt.Printf("#%d %-22q sum %d\n", r.Job.Index, r.Job.Input, r.Output)
		}
	}
	done := 0
	for _, n := range perWorker {
		done += n
	}
	fmt.Println("results:", done, "from at most 3 workers:", len(perWorker) <= 3)
}
