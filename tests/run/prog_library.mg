// A lending library: embedded structs with promoted methods, interfaces satisfied through
// embedding, method values stored in maps, errors with %w chains, and a goroutine-safe catalog.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type ID int

type Item struct {
	ID    ID
	Title string
	Year  int
}

func (i Item) Label() string { return fmt.Sprintf("#%03d %s (%d)", i.ID, i.Title, i.Year) }

type Book struct {
	Item
	Author string
	Pages  int
}

type DVD struct {
	Item
	Minutes int
}

func (d DVD) Label() string { return d.Item.Label() + fmt.Sprintf(" [%dmin]", d.Minutes) }

type Lendable interface {
	Label() string
}

type Loan struct {
	Who string
	Due time.Duration
}

var (
	ErrUnknown   = errors.New("unknown item")
	ErrOnLoan    = errors.New("already on loan")
	ErrNotOnLoan = errors.New("not on loan")
)

type LoanError struct {
	Op  string
	ID  ID
	Err error
}

func (e *LoanError) Error() string { return fmt.Sprintf("%s #%d: %v", e.Op, e.ID, e.Err) }
func (e *LoanError) Unwrap() error { return e.Err }

type Catalog struct {
	sync.Mutex
	items map[ID]Lendable
	loans map[ID]Loan
	log   []string
}

func NewCatalog(items ...Lendable) *Catalog {
	c := &Catalog{items: map[ID]Lendable{}, loans: map[ID]Loan{}}
	for _, it := range items {
		switch v := it.(type) {
		case Book:
			c.items[v.ID] = v
		case DVD:
			c.items[v.ID] = v
		case *Book:
			c.items[v.ID] = v
		}
	}
	return c
}

func (c *Catalog) Lend(id ID, who string, days int) error {
	c.Lock()
	defer c.Unlock()
	if _, ok := c.items[id]; !ok {
		return &LoanError{"lend", id, ErrUnknown}
	}
	if l, ok := c.loans[id]; ok {
		return &LoanError{"lend", id, fmt.Errorf("%w to %s", ErrOnLoan, l.Who)}
	}
	c.loans[id] = Loan{who, time.Duration(days) * 24 * time.Hour}
	c.log = append(c.log, fmt.Sprintf("lend %d %s", id, who))
	return nil
}

func (c *Catalog) Return(id ID) error {
	c.Lock()
	defer c.Unlock()
	if _, ok := c.loans[id]; !ok {
		return &LoanError{Op: "return", ID: id, Err: ErrNotOnLoan}
	}
	delete(c.loans, id)
	c.log = append(c.log, fmt.Sprint("return ", id))
	return nil
}

func main() {
	hobbit := &Book{Item{3, "The Hobbit", 1937}, "Tolkien", 310}
	cat := NewCatalog(
		Book{Item{1, "Dune", 1965}, "Herbert", 412},
		DVD{Item{2, "Alien", 1979}, 117},
		hobbit,
	)
	ids := make([]int, 0, len(cat.items))
	for id := range cat.items {
		ids = append(ids, int(id))
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Println(cat.items[ID(id)].Label())
	}
	hobbit.Title = "The Hobbit, 2nd ed."
	fmt.Println(cat.items[3].Label(), hobbit.Item.Year, hobbit.Year)

	actions := map[string]func(ID) error{
		"return": cat.Return,
		"lend-ann": func(id ID) error { return cat.Lend(id, "ann", 14) },
	}
	script := []struct {
		action string
		id     ID
	}{{"lend-ann", 1}, {"lend-ann", 1}, {"return", 2}, {"lend-ann", 9}, {"return", 1}, {"lend-ann", 2}}
	for _, s := range script {
		err := actions[s.action](s.id)
		var le *LoanError
		switch {
		case err == nil:
			fmt.Printf("%-8s %d ok\n", s.action, s.id)
		case errors.As(err, &le) && errors.Is(err, ErrOnLoan):
			fmt.Printf("%-8s %d busy: %v (op=%s)\n", s.action, s.id, err, le.Op)
		case errors.Is(err, ErrUnknown), errors.Is(err, ErrNotOnLoan):
			fmt.Printf("%-8s %d: %v\n", s.action, s.id, err)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(who string) {
			defer wg.Done()
			errs <- cat.Lend(3, who, 7)
		}(fmt.Sprint("reader", i))
	}
	wg.Wait()
	close(errs)
	okCount, busy := 0, 0
	for err := range errs {
		if err == nil {
			okCount++
		} else if errors.Is(err, ErrOnLoan) {
			busy++
		}
	}
	fmt.Println("concurrent lends:", okCount, "ok,", busy, "busy")
	fmt.Println(cat.loans[2], cat.loans[3].Due.Hours())
	fmt.Println(strings.Join(cat.log[:3], "; "))
	var l Lendable = DVD{Item: Item{ID: 5, Title: "Up"}}
	fmt.Printf("%v | %+v | %s\n", l, l, l.Label())
}
