// request_chain shows a context carried through a call chain: a handler attaches
// a request id (under an unexported key type, so no other package can collide
// with it) and a deadline, then calls services that run in their own goroutines
// and answer on a channel of reply channels. Each layer returns as soon as the
// context ends.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey int

const requestIDKey ctxKey = 0

func withRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

func requestID(ctx context.Context) string {
	id, ok := ctx.Value(requestIDKey).(string)
	if !ok {
		return "unknown"
	}
	return id
}

// A Service answers queries sent on its inbox; each query brings its own reply channel.
type Service struct {
	name    string
	latency time.Duration
	inbox   chan chan string
}

func (s *Service) serve() {
	for reply := range s.inbox {
		time.Sleep(s.latency)
		reply <- s.name + " data"
	}
}

// ask sends a query and waits for the reply or the end of ctx.
func (s *Service) ask(ctx context.Context) (string, error) {
	// Check first: select picks at random among ready cases, so an already
	// cancelled request could otherwise still be sent.
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("%s: %w", s.name, err)
	}
	reply := make(chan string, 1) // the service can always answer, even late
	select {
	case s.inbox <- reply:
	case <-ctx.Done():
		return "", fmt.Errorf("%s: %w", s.name, ctx.Err())
	}
	select {
	case r := <-reply:
		return r, nil
	case <-ctx.Done():
		return "", fmt.Errorf("%s: %w", s.name, ctx.Err())
	}
}

func handle(ctx context.Context, id string, budget time.Duration, services ...*Service) {
	ctx = withRequestID(ctx, id)
	ctx, cancel := context.WithDeadline(ctx, time.Now().Add(budget))
	defer cancel()
	for _, s := range services {
		r, err := s.ask(ctx)
		switch {
		case errors.Is(err, context.DeadlineExceeded):
			fmt.Printf("[%s] %v (deadline passed)\n", requestID(ctx), err)
			return
		case err != nil:
			fmt.Printf("[%s] error: %v\n", requestID(ctx), err)
			return
		}
		fmt.Printf("[%s] got %s\n", requestID(ctx), r)
	}
	fmt.Printf("[%s] complete\n", requestID(ctx))
}

func main() {
	users := &Service{"users", time.Millisecond, make(chan chan string)}
	orders := &Service{"orders", 2 * time.Millisecond, make(chan chan string)}
	reports := &Service{"reports", 3 * time.Second, make(chan chan string)}
	for _, s := range []*Service{users, orders, reports} {
		go s.serve() // a method value: the receiver is evaluated here
	}

	// Margins: fast services take milliseconds against a 2s budget; the slow
	// one takes 3s against 100ms.
	handle(context.Background(), "req-1", 2*time.Second, users, orders)
	handle(context.Background(), "req-2", 100*time.Millisecond, users, reports, orders)

	parent, cancel := context.WithCancel(context.Background())
	cancel() // the client went away before the request started
	handle(parent, "req-3", time.Second, users)
	fmt.Println("no id outside a request:", requestID(context.Background()))
}
