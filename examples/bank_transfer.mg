// bank_transfer shows lock ordering: a transfer must lock two accounts, and two
// opposite transfers (a->b and b->a) locking "from, then to" can deadlock. Always
// locking the account with the smaller id first makes a cycle impossible. The total
// of all balances is conserved while hundreds of transfers run concurrently.
package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type Account struct {
	id      int
	mu      sync.Mutex
	balance int
}

var ErrInsufficient = errors.New("insufficient funds")

// Transfer moves amount from a to b atomically with respect to other transfers.
func Transfer(a, b *Account, amount int) error {
	first, second := a, b
	if b.id < a.id {
		first, second = b, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()

	if a.balance < amount {
		return ErrInsufficient
	}
	a.balance -= amount
	b.balance += amount
	return nil
}

func total(accounts []*Account) int {
	// Lock everything in id order for a consistent snapshot.
	for _, a := range accounts {
		a.mu.Lock()
	}
	sum := 0
	for _, a := range accounts {
		sum += a.balance
	}
	for i := len(accounts) - 1; i >= 0; i-- {
		accounts[i].mu.Unlock()
	}
	return sum
}

func main() {
	accounts := make([]*Account, 4)
	for i := range accounts {
		accounts[i] = &Account{id: i, balance: 1000}
	}
	before := total(accounts)

	var ok, refused int64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				// Goroutines walk the accounts in opposite directions, the
				// pattern that deadlocks without a global lock order.
				from := accounts[(g+i)%4]
				to := accounts[(g+i+1)%4]
				if g%2 == 1 {
					from, to = to, from
				}
				if err := Transfer(from, to, 1+(g*i)%700); err != nil {
					atomic.AddInt64(&refused, 1)
				} else {
					atomic.AddInt64(&ok, 1)
				}
			}
		}(g)
	}
	wg.Wait()

	fmt.Println("transfers attempted:", ok+refused)
	fmt.Println("total before:", before, "after:", total(accounts))
	fmt.Println("refused for insufficient funds:", errors.Is(Transfer(accounts[0], accounts[1], 1<<40), ErrInsufficient))
}
