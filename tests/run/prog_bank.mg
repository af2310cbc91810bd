// A bank with per-account mutexes, transfers between goroutines and an audit.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type AccountID int

type Account struct {
	mu      sync.Mutex
	ID      AccountID
	Owner   string
	balance int64
}

type InsufficientFunds struct {
	Account AccountID
	Need    int64
	Have    int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("account %d: insufficient funds: need %d, have %d", e.Account, e.Need, e.Have)
}

var ErrSameAccount = errors.New("transfer to same account")

type Bank struct {
	mu       sync.RWMutex
	accounts map[AccountID]*Account
	ledger   []string
}

func (b *Bank) Open(id AccountID, owner string, initial int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts == nil {
		b.accounts = map[AccountID]*Account{}
	}
	b.accounts[id] = &Account{ID: id, Owner: owner, balance: initial}
}

func (b *Bank) Transfer(from, to AccountID, amount int64) error {
	if from == to {
		return ErrSameAccount
	}
	b.mu.RLock()
	a, c := b.accounts[from], b.accounts[to]
	b.mu.RUnlock()
	// Lock in ID order so concurrent opposite transfers cannot deadlock.
	first, second := a, c
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amount {
		return fmt.Errorf("transfer %d->%d: %w", from, to, &InsufficientFunds{from, amount, a.balance})
	}
	a.balance -= amount
	c.balance += amount
	return nil
}

func (b *Bank) Total() (sum int64) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, acc := range b.accounts {
		acc.mu.Lock()
		sum += acc.balance
		acc.mu.Unlock()
	}
	return
}

func main() {
	bank := &Bank{}
	names := [...]string{"alice", "bob", "carol", "dave"}
	for i, n := range names {
		bank.Open(AccountID(i+1), n, int64(1000*(i+1)))
	}
	fmt.Println("total before:", bank.Total())

	var wg sync.WaitGroup
	var failMu sync.Mutex
	failures := 0
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				from := AccountID((w+i)%4 + 1)
				to := AccountID((w+2*i+1)%4 + 1)
				if err := bank.Transfer(from, to, int64(i%7*10)); err != nil {
					failMu.Lock()
					failures++
					failMu.Unlock()
				}
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("total after:", bank.Total())
	fmt.Println("some failures:", failures >= 0)

	err := bank.Transfer(1, 1, 5)
	fmt.Println(err, errors.Is(err, ErrSameAccount))
	err = bank.Transfer(2, 3, 1_000_000)
	var insuf *InsufficientFunds
	if errors.As(err, &insuf) {
		fmt.Println("as:", insuf.Account, insuf.Need, insuf.Have > 0)
	}
	fmt.Println(errors.Unwrap(err) == error(insuf))

	ids := make([]AccountID, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		acc := bank.accounts[id]
		fmt.Printf("%d %-6s ok=%t\n", acc.ID, acc.Owner, acc.balance >= 0)
	}
}
