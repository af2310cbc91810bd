// A bank simulation: custom error types (struct and named string) returned as error values
// and told apart by a type switch, pointer-receiver methods on map entries, a deferred
// closure that reads the named error result, and an event loop goroutine with select and a
// quit channel.
package main

import (
	"fmt"
)

type InsufficientFunds struct {
	Need, Have int
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

type NotFound string

func (n NotFound) Error() string { return "no account " + string(n) }

type Account struct {
	ID      string
	Balance int
	History []int
}

func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return InsufficientFunds{n, a.Balance}
	}
	a.Balance -= n
	a.History = append(a.History, -n)
	return nil
}

func (a *Account) Deposit(n int) { a.Balance += n; a.History = append(a.History, n) }

type Bank struct {
	accounts map[string]*Account
	log      []string
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]*Account)} }

func (b *Bank) Open(id string, initial int) *Account {
	a := &Account{ID: id}
	a.Deposit(initial)
	b.accounts[id] = a
	return a
}

func (b *Bank) Transfer(from, to string, n int) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = err.Error()
		}
		b.log = append(b.log, fmt.Sprintf("%s->%s %d: %s", from, to, n, status))
	}()
	src, ok := b.accounts[from]
	if !ok {
		return NotFound(from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return NotFound(to)
	}
	if err := src.Withdraw(n); err != nil {
		return err
	}
	dst.Deposit(n)
	return nil
}

type event struct {
	kind string
	n    int
}

func main() {
	b := NewBank()
	b.Open("alice", 100)
	b.Open("bob", 20)
	for _, t := range []struct {
		from, to string
		n        int
	}{{"alice", "bob", 30}, {"bob", "carol", 5}, {"bob", "alice", 500}, {"bob", "alice", 50}} {
		err := b.Transfer(t.from, t.to, t.n)
		switch e := err.(type) {
		case nil:
			fmt.Println("done")
		case InsufficientFunds:
			fmt.Println("short by", e.Need-e.Have)
		case NotFound:
			fmt.Println("missing:", string(e))
		default:
			fmt.Println("other", e)
		}
	}
	for _, l := range b.log {
		fmt.Println(l)
	}
	fmt.Println(b.accounts["alice"].Balance, b.accounts["bob"].Balance, b.accounts["bob"].History)

	events := make(chan event)
	quit := make(chan struct{})
	results := make(chan int)
	go func() {
		total := 0
		for {
			select {
			case e := <-events:
				switch e.kind {
				case "add":
					total += e.n
				case "sub":
					total -= e.n
				}
			case <-quit:
				results <- total
				return
			}
		}
	}()
	for i := 1; i <= 10; i++ {
		kind := "add"
		if i%3 == 0 {
			kind = "sub"
		}
		events <- event{kind, i}
	}
	close(quit)
	fmt.Println("total", <-results)
	var err error = NotFound("x")
	if nf, ok := err.(NotFound); ok && nf == "x" {
		fmt.Println("not found x")
	}
}
