package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs { // Loop runs until 'jobs' is closed
		fmt.Printf("Worker %d started job %d\n", id, j)
		time.Sleep(100 * time.Millisecond) // Simulate work
		results <- j * 2
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	var wg sync.WaitGroup

	// 1. Start fixed number of workers (e.g., 3)
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}

	// 2. Send jobs
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	close(jobs) // Signal "no more jobs"

	// 3. Wait and close results in a separate goroutine
	go func() {
		wg.Wait()
		close(results)
	}()

	// 4. Collect results
	for res := range results {
		fmt.Println("Result:", res)
	}
}
