// pubsub shows a publish/subscribe broker: subscribers register for a topic and
// get their own channel; the broker goroutine owns the subscription table and
// copies each published message to every subscriber of its topic, in order.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type message struct {
	topic string
	body  string
}

type subscription struct {
	topic string
	ch    chan string
}

type Broker struct {
	publish   chan message
	subscribe chan subscription
	quit      chan struct{}
	done      chan struct{}
}

func NewBroker() *Broker {
	b := &Broker{
		publish:   make(chan message),
		subscribe: make(chan subscription),
		quit:      make(chan struct{}),
		done:      make(chan struct{}),
	}
	go b.run()
	return b
}

// run is the only goroutine touching subs, so the map needs no lock.
func (b *Broker) run() {
	subs := map[string][]chan string{}
	for {
		select {
		case s := <-b.subscribe:
			subs[s.topic] = append(subs[s.topic], s.ch)
		case m := <-b.publish:
			for _, ch := range subs[m.topic] {
				ch <- m.body // subscriber channels are buffered for the demo's load
			}
		case <-b.quit:
			for _, list := range subs {
				for _, ch := range list {
					close(ch)
				}
			}
			close(b.done)
			return
		}
	}
}

func (b *Broker) Subscribe(topic string) <-chan string {
	ch := make(chan string, 16)
	b.subscribe <- subscription{topic, ch}
	return ch
}

func (b *Broker) Publish(topic, body string) { b.publish <- message{topic, body} }

func (b *Broker) Close() {
	close(b.quit)
	<-b.done
}

func main() {
	b := NewBroker()
	var wg sync.WaitGroup
	logs := make([]string, 3)
	listen := func(i int, name string, ch <-chan string) {
		defer wg.Done()
		var got []string
		for body := range ch {
			got = append(got, body)
		}
		logs[i] = fmt.Sprintf("%s got %d: %s", name, len(got), strings.Join(got, ", "))
	}

	sports := b.Subscribe("sports")
	weather1 := b.Subscribe("weather")
	weather2 := b.Subscribe("weather")
	wg.Add(3)
	go listen(0, "sports fan", sports)
	go listen(1, "farmer", weather1)
	go listen(2, "pilot", weather2)

	b.Publish("weather", "sunny")
	b.Publish("sports", "3-1")
	b.Publish("weather", "rain at 5")
	b.Publish("news", "nobody listens")
	b.Publish("weather", "windy")
	b.Close()
	wg.Wait()

	sort.Strings(logs)
	for _, l := range logs {
		fmt.Println(l)
	}
}
