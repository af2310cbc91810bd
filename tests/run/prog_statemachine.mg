// A traffic-light / order state machine with iota enums, String methods and a transition table.
package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Created State = iota
	Paid
	Shipped
	Delivered
	Cancelled
	numStates
)

var stateNames = [...]string{"Created", "Paid", "Shipped", "Delivered", "Cancelled"}

func (s State) String() string {
	if s < 0 || s >= numStates {
		return fmt.Sprintf("State(%d)", int(s))
	}
	return stateNames[s]
}

type Event uint8

const (
	Pay Event = iota + 1
	Ship
	Deliver
	Cancel
)

func (e Event) String() string {
	switch e {
	case Pay:
		return "Pay"
	case Ship:
		return "Ship"
	case Deliver:
		return "Deliver"
	case Cancel:
		return "Cancel"
	}
	return "Event(" + fmt.Sprint(uint8(e)) + ")"
}

type transition struct {
	from State
	ev   Event
}

var table = map[transition]State{
	{Created, Pay}:    Paid,
	{Created, Cancel}: Cancelled,
	{Paid, Ship}:      Shipped,
	{Paid, Cancel}:    Cancelled,
	{Shipped, Deliver}: Delivered,
}

type TransitionError struct {
	From State
	Ev   Event
}

func (e TransitionError) Error() string {
	return fmt.Sprintf("no transition from %v on %v", e.From, e.Ev)
}

type Order struct {
	ID      int
	State   State
	History []State
}

func (o *Order) Fire(ev Event) error {
	next, ok := table[transition{o.State, ev}]
	if !ok {
		return TransitionError{o.State, ev}
	}
	o.History = append(o.History, o.State)
	o.State = next
	return nil
}

type Flags uint

const (
	FlagGift Flags = 1 << iota
	FlagExpress
	FlagFragile
)

func (f Flags) String() string {
	var parts []string
	for i, name := range []string{"gift", "express", "fragile"} {
		if f&(1<<uint(i)) != 0 {
			parts = append(parts, name)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}

func main() {
	scripts := [][]Event{
		{Pay, Ship, Deliver},
		{Pay, Cancel, Ship},
		{Ship},
		{Cancel, Event(9)},
	}
	for i, script := range scripts {
		o := &Order{ID: 100 + i}
		for _, ev := range script {
			if err := o.Fire(ev); err != nil {
				switch e := err.(type) {
				case TransitionError:
					fmt.Printf("order %d: %v (from=%d)\n", o.ID, e, e.From)
				default:
					fmt.Println("other", e)
				}
				break
			}
		}
		fmt.Printf("order %d final %v history %v\n", o.ID, o.State, o.History)
		fmt.Printf("%+v\n", *o)
	}
	fmt.Println(State(7), Delivered, numStates)
	fmt.Printf("%d %v %s %x\n", Shipped, Shipped, Shipped, Shipped)
	var f Flags = FlagGift | FlagFragile
	fmt.Println(f, Flags(0), FlagExpress, f&^FlagGift)
	fmt.Printf("%v %d %08b\n", f, f, f)
	counts := map[State]int{}
	for s := Created; s < numStates; s++ {
		counts[s%3]++
	}
	fmt.Println(counts)
	fmt.Printf("%#v\n", transition{Paid, Ship})
}
