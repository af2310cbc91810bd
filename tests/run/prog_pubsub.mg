// A topic-based publish/subscribe bus: subscribers are goroutines reading buffered channels,
// unsubscribe closes the channel, slow subscribers drop messages (select with default), and a
// token bucket limits publishing.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type Message struct {
	Topic string
	Seq   int
	Body  string
}

func (m Message) String() string { return fmt.Sprintf("%s#%d(%s)", m.Topic, m.Seq, m.Body) }

type Bus struct {
	mu      sync.Mutex
	subs    map[string]map[int]chan Message
	nextID  int
	seq     map[string]int
	dropped int
}

func NewBus() *Bus {
	return &Bus{subs: make(map[string]map[int]chan Message), seq: map[string]int{}}
}

func (b *Bus) Subscribe(topic string, buf int) (int, <-chan Message) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.subs[topic] == nil {
		b.subs[topic] = map[int]chan Message{}
	}
	b.nextID++
	ch := make(chan Message, buf)
	b.subs[topic][b.nextID] = ch
	return b.nextID, ch
}

func (b *Bus) Unsubscribe(topic string, id int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if ch, ok := b.subs[topic][id]; ok {
		close(ch)
		delete(b.subs[topic], id)
	}
}

func (b *Bus) Publish(topic, body string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.seq[topic]++
	msg := Message{topic, b.seq[topic], body}
	delivered := 0
	for _, ch := range b.subs[topic] {
		select {
		case ch <- msg:
			delivered++
		default:
			b.dropped++
		}
	}
	return delivered
}

type Bucket struct {
	tokens, max int
}

func (t *Bucket) Take() bool {
	if t.tokens == 0 {
		return false
	}
	t.tokens--
	return true
}

func (t *Bucket) Refill(n int) { t.tokens = min(t.max, t.tokens+n) }

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func main() {
	bus := NewBus()
	var wg sync.WaitGroup
	var mu sync.Mutex
	received := map[string][]string{}
	listen := func(name string, ch <-chan Message) {
		defer wg.Done()
		for m := range ch {
			mu.Lock()
			received[name] = append(received[name], m.String())
			mu.Unlock()
		}
	}
	idA, chA := bus.Subscribe("news", 10)
	_, chB := bus.Subscribe("news", 10)
	_, chC := bus.Subscribe("sports", 1)
	wg.Add(2)
	go listen("A", chA)
	go listen("B", chB)

	bucket := &Bucket{tokens: 3, max: 3}
	published := 0
	for i := 1; i <= 5; i++ {
		if !bucket.Take() {
			fmt.Println("rate limited at", i)
			bucket.Refill(2)
			continue
		}
		published += bus.Publish("news", fmt.Sprint("item", i))
	}
	bus.Unsubscribe("news", idA)
	bus.Publish("news", "after-unsubscribe")
	for i := 0; i < 3; i++ {
		bus.Publish("sports", fmt.Sprint("goal", i))
	}
	bus.Unsubscribe("news", 2)
	wg.Wait()
	var sports []string
	for m := range drain(chC) {
		sports = append(sports, m.String())
	}
	names := make([]string, 0, len(received))
	for n := range received {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: %s\n", n, strings.Join(received[n], " "))
	}
	fmt.Println("sports:", sports, "dropped:", bus.dropped, "delivered:", published)
	select {
	case <-time.After(time.Millisecond):
		fmt.Println("quiet")
	}
}

func drain(ch <-chan Message) <-chan Message {
	out := make(chan Message)
	go func() {
		defer close(out)
		for {
			select {
			case m := <-ch:
				out <- m
			default:
				return
			}
		}
	}()
	return out
}
