// graceful_shutdown shows how a server stops cleanly: on a shutdown signal it
// stops accepting new requests, lets the requests already in flight finish, and
// waits for its workers (bounded by a timeout context) before exiting.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Server struct {
	requests chan int
	wg       sync.WaitGroup
	mu       sync.Mutex
	handled  []int
}

func NewServer(workers int) *Server {
	s := &Server{requests: make(chan int)}
	for i := 0; i < workers; i++ {
		s.wg.Add(1)
		go s.worker()
	}
	return s
}

// worker handles requests until the request channel is closed: it never drops
// one it has accepted.
func (s *Server) worker() {
	defer s.wg.Done()
	for r := range s.requests {
		time.Sleep(5 * time.Millisecond) // handling takes a while
		s.mu.Lock()
		s.handled = append(s.handled, r)
		s.mu.Unlock()
	}
}

// Shutdown closes the intake and waits for in-flight work or the context's end.
func (s *Server) Shutdown(ctx context.Context) error {
	close(s.requests)
	finished := make(chan struct{})
	go func() {
		s.wg.Wait()
		close(finished)
	}()
	select {
	case <-finished:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	srv := NewServer(3)
	stop := make(chan struct{}) // stands in for an interrupt signal

	// A client sends requests until the server begins shutting down.
	accepted := make(chan int)
	go func() {
		n := 0
		for i := 1; i <= 12; i++ {
			srv.requests <- i
			n++
		}
		close(stop) // after twelve requests, ask for shutdown
		accepted <- n
	}()

	<-stop
	fmt.Println("shutdown requested")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		fmt.Println("shutdown incomplete:", err)
		return
	}
	n := <-accepted
	sort.Ints(srv.handled)
	fmt.Println("accepted", n, "handled", len(srv.handled))
	fmt.Println("handled:", srv.handled)

	// The same shutdown with an impatient deadline gives up and says why.
	slow := &Server{requests: make(chan int)}
	slow.wg.Add(1)
	go func() {
		defer slow.wg.Done()
		for range slow.requests {
		}
		time.Sleep(2 * time.Second) // a worker stuck in cleanup
	}()
	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	fmt.Println("impatient shutdown:", slow.Shutdown(ctx2))
}
