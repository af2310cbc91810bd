// state_owner shows "share memory by communicating": one goroutine owns a bank of
// balances and is the only code that touches it; everyone else sends it requests
// over channels, each with a reply channel. No mutex is needed.
package main

import (
	"fmt"
	"sync"
)

type deposit struct {
	account string
	amount  int
	reply   chan int // the new balance
}

type query struct {
	account string
	reply   chan int
}

type snapshot struct {
	reply chan map[string]int
}

// owner serves requests until quit is closed.
func owner(deposits <-chan deposit, queries <-chan query, snaps <-chan snapshot, quit <-chan struct{}) {
	balances := map[string]int{}
	for {
		select {
		case d := <-deposits:
			balances[d.account] += d.amount
			d.reply <- balances[d.account]
		case q := <-queries:
			q.reply <- balances[q.account]
		case s := <-snaps:
			// Send a copy: the caller must never share the owner's map.
			c := make(map[string]int, len(balances))
			for k, v := range balances {
				c[k] = v
			}
			s.reply <- c
		case <-quit:
			return
		}
	}
}

func main() {
	deposits := make(chan deposit)
	queries := make(chan query)
	snaps := make(chan snapshot)
	quit := make(chan struct{})
	go owner(deposits, queries, snaps, quit)

	accounts := []string{"alice", "bob", "carol"}
	var wg sync.WaitGroup
	for c := 0; c < 30; c++ {
		wg.Add(1)
		go func(client int) {
			defer wg.Done()
			reply := make(chan int)
			for i := 0; i < 10; i++ {
				acct := accounts[(client+i)%len(accounts)]
				deposits <- deposit{acct, client + 1, reply}
				<-reply
			}
		}(c)
	}
	wg.Wait()

	for _, a := range accounts {
		reply := make(chan int)
		queries <- query{a, reply}
		fmt.Printf("%-5s %d\n", a, <-reply)
	}
	s := snapshot{make(chan map[string]int)}
	snaps <- s
	total := 0
	for _, v := range <-s.reply {
		total += v
	}
	fmt.Println("total", total, "expected", 10*(30*31/2))
	close(quit)
}
