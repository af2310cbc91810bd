package main

import (
	"context"
	"fmt"
	"time"
)

func fetch(ctx context.Context, url string, results chan<- string) {
	select {
	case <-time.After(200 * time.Millisecond): // Simulate work
		results <- fmt.Sprintf("Success: %s", url)
	case <-ctx.Done(): // Cancelled
		results <- fmt.Sprintf("Timeout: %s", url)
	}
}

func main() {
	urls := []string{"http://a.com", "http://b.com", "http://c.com"}
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()

	results := make(chan string)
	
	// Semaphore pattern: buffered channel of size 2
	sem := make(chan struct{}, 2) 

	for _, url := range urls {
		go func(u string) {
			// Acquire token
			sem <- struct{}{} 
			defer func() { <-sem }() // Release token

			// Check context before working
			if ctx.Err() == nil {
				fetch(ctx, u, results)
			}
		}(url)
	}

	// Read results (simplified for brevity)
	for i := 0; i < len(urls); i++ {
		fmt.Println(<-results)
	}
}
