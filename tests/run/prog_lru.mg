// An LRU cache built from a map and a doubly linked list.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type node struct {
	key        string
	value      int
	prev, next *node
}

type LRU struct {
	capacity   int
	items      map[string]*node
	head, tail *node // sentinels
	hits, miss int
	onEvict    func(key string, value int)
}

var ErrNotFound = errors.New("lru: key not found")

func NewLRU(capacity int) *LRU {
	l := &LRU{capacity: capacity, items: make(map[string]*node)}
	l.head = &node{}
	l.tail = &node{}
	l.head.next = l.tail
	l.tail.prev = l.head
	return l
}

func (l *LRU) unlink(n *node) {
	n.prev.next = n.next
	n.next.prev = n.prev
}

func (l *LRU) pushFront(n *node) {
	n.next = l.head.next
	n.prev = l.head
	l.head.next.prev = n
	l.head.next = n
}

func (l *LRU) Get(key string) (int, error) {
	n, ok := l.items[key]
	if !ok {
		l.miss++
		return 0, fmt.Errorf("get %q: %w", key, ErrNotFound)
	}
	l.hits++
	l.unlink(n)
	l.pushFront(n)
	return n.value, nil
}

func (l *LRU) Put(key string, value int) {
	if n, ok := l.items[key]; ok {
		n.value = value
		l.unlink(n)
		l.pushFront(n)
		return
	}
	if len(l.items) >= l.capacity {
		victim := l.tail.prev
		l.unlink(victim)
		delete(l.items, victim.key)
		if l.onEvict != nil {
			l.onEvict(victim.key, victim.value)
		}
	}
	n := &node{key: key, value: value}
	l.items[key] = n
	l.pushFront(n)
}

func (l *LRU) String() string {
	var sb strings.Builder
	sb.WriteByte('[')
	for n := l.head.next; n != l.tail; n = n.next {
		if n != l.head.next {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%s:%d", n.key, n.value)
	}
	sb.WriteByte(']')
	return sb.String()
}

type evictLog []string

func (e *evictLog) record(key string, value int) {
	*e = append(*e, fmt.Sprintf("%s=%d", key, value))
}

func main() {
	cache := NewLRU(3)
	var log evictLog
	cache.onEvict = log.record
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		cache.Put(k, i*10)
		fmt.Println("put", k, "->", cache)
	}
	for _, k := range []string{"a", "b", "c", "zz"} {
		v, err := cache.Get(k)
		switch {
		case errors.Is(err, ErrNotFound):
			fmt.Println("miss:", err)
		case err != nil:
			fmt.Println("unexpected", err)
		default:
			fmt.Printf("hit %s=%d\n", k, v)
		}
	}
	fmt.Println(cache, "hits", cache.hits, "misses", cache.miss)
	fmt.Println("evicted:", log, len(log))
	fmt.Printf("%q\n", []string(log))
}
