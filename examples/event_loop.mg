// event_loop shows a select-based event loop: one goroutine owns a small game
// state and reacts to whatever happens next - a player command, a periodic tick,
// or a quit request - without any locks. Commands carry reply channels.
package main

import (
	"fmt"
	"strings"
	"time"
)

type command struct {
	name  string
	arg   int
	reply chan string
}

type state struct {
	x, y  int
	score int
	ticks int
	log   []string
}

func (s *state) apply(c command) string {
	switch c.name {
	case "right":
		s.x += c.arg
	case "up":
		s.y += c.arg
	case "coin":
		s.score += 10 * c.arg
	case "where":
		return fmt.Sprintf("at (%d,%d) score %d", s.x, s.y, s.score)
	default:
		return "unknown command " + c.name
	}
	s.log = append(s.log, c.name)
	return "ok " + c.name
}

func loop(cmds <-chan command, quit <-chan chan *state) {
	s := &state{}
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case c := <-cmds:
			c.reply <- s.apply(c)
		case <-tick.C:
			s.ticks++ // background work between commands
		case done := <-quit:
			done <- s
			return
		}
	}
}

func main() {
	cmds := make(chan command)
	quit := make(chan chan *state)
	go loop(cmds, quit)

	send := func(name string, arg int) string {
		reply := make(chan string)
		cmds <- command{name, arg, reply}
		return <-reply
	}

	script := []struct {
		name string
		arg  int
	}{{"right", 2}, {"up", 3}, {"coin", 1}, {"where", 0}, {"jump", 1}, {"right", -1}, {"coin", 2}, {"where", 0}}
	for _, st := range script {
		fmt.Printf("%-6s -> %s\n", st.name, send(st.name, st.arg))
	}
	time.Sleep(30 * time.Millisecond) // let a few ticks happen

	done := make(chan *state)
	quit <- done
	final := <-done
	fmt.Println("history:", strings.Join(final.log, " "))
	fmt.Println("ticked while idle:", final.ticks > 0)
}
