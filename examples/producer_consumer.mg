// producer_consumer shows a buffered channel decoupling producers from consumers:
// three producers and two consumers share one queue of capacity 4. Producers block
// only when the queue is full, consumers only when it is empty. Checksums prove
// every item was consumed exactly once.
package main

import (
	"fmt"
	"sync"
)

type item struct {
	producer int
	seq      int
}

func produce(id, count int, queue chan<- item, wg *sync.WaitGroup) {
	defer wg.Done()
	for s := 1; s <= count; s++ {
		queue <- item{producer: id, seq: s}
	}
}

// consume returns, on its own channel, how many items it took and their checksum.
func consume(queue <-chan item, report chan<- [2]int) {
	n, sum := 0, 0
	for it := range queue {
		n++
		sum += it.producer*1000 + it.seq
	}
	report <- [2]int{n, sum}
}

func main() {
	queue := make(chan item, 4)
	var producers sync.WaitGroup
	counts := []int{50, 30, 20}
	want := 0
	for id, c := range counts {
		producers.Add(1)
		go produce(id+1, c, queue, &producers)
		for s := 1; s <= c; s++ {
			want += (id+1)*1000 + s
		}
	}

	report := make(chan [2]int)
	const consumers = 2
	for i := 0; i < consumers; i++ {
		go consume(queue, report)
	}

	// Close the queue once every producer is done, so consumers' range loops end.
	producers.Wait()
	close(queue)

	total, sum := 0, 0
	for i := 0; i < consumers; i++ {
		r := <-report
		total += r[0]
		sum += r[1]
	}
	fmt.Println("items consumed:", total)
	fmt.Println("checksum matches:", sum == want)
	fmt.Println("queue capacity:", cap(queue), "left over:", len(queue))
}
