// Generics-free containers with interface{}: a stack, a queue on a ring buffer, a set, and a binary heap.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Stack struct{ items []interface{} }

func (s *Stack) Push(v ...interface{}) { s.items = append(s.items, v...) }
func (s *Stack) Pop() (interface{}, bool) {
	if len(s.items) == 0 {
		return nil, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack) Len() int { return len(s.items) }

var ErrFull = errors.New("queue full")
var ErrEmpty = errors.New("queue empty")

type Ring struct {
	buf        [4]interface{}
	head, size int
}

func (r *Ring) Enqueue(v interface{}) error {
	if r.size == len(r.buf) {
		return fmt.Errorf("enqueue %v: %w", v, ErrFull)
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring) Dequeue() (v interface{}, err error) {
	if r.size == 0 {
		return nil, ErrEmpty
	}
	v, r.buf[r.head] = r.buf[r.head], nil
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

type Set map[interface{}]struct{}

func (s Set) Add(vs ...interface{}) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}
func (s Set) Has(v interface{}) bool { _, ok := s[v]; return ok }

type Lesser interface {
	Less(other Lesser) bool
}

type Heap []Lesser

func (h *Heap) Push(x Lesser) {
	*h = append(*h, x)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !(*h)[i].Less((*h)[p]) {
			break
		}
		(*h)[i], (*h)[p] = (*h)[p], (*h)[i]
		i = p
	}
}

func (h *Heap) Pop() Lesser {
	old := *h
	top := old[0]
	n := len(old) - 1
	old[0] = old[n]
	*h = old[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && (*h)[l].Less((*h)[m]) {
			m = l
		}
		if r < n && (*h)[r].Less((*h)[m]) {
			m = r
		}
		if m == i {
			break
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
	return top
}

type Task struct {
	Pri  int
	Name string
}

func (t Task) Less(o Lesser) bool { return t.Pri < o.(Task).Pri }

type point struct{ x, y int }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("int-ish %v", x)
	case string:
		return "string " + strings.ToUpper(x)
	case []int:
		return fmt.Sprint("ints ", len(x))
	case point:
		return fmt.Sprintf("point %d/%d", x.x, x.y)
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var st Stack
	st.Push(1, "two", 3.0, point{4, 5})
	st.Push([]interface{}{nil, []int{1, 2}}...)
	fmt.Println("stack len", st.Len())
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Printf("%-16s %v\n", describe(v), v)
	}
	fmt.Println(describe(ErrFull), describe(int64(7)), describe(uint(3)))

	var q Ring
	for i := 0; i < 6; i++ {
		if err := q.Enqueue(i * i); err != nil {
			fmt.Println(err, errors.Is(err, ErrFull))
		}
	}
	for {
		v, err := q.Dequeue()
		if err == ErrEmpty {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(q.buf, q.head)

	s := Set{}
	s.Add(1, "a", point{1, 2}, 1, [2]int{3, 4})
	fmt.Println(len(s), s.Has(point{1, 2}), s.Has(point{2, 1}), s.Has([2]int{3, 4}), s.Has("b"))

	h := &Heap{}
	for i, name := range strings.Fields("write test deploy review plan fix") {
		h.Push(Task{(i*7 + 3) % 10, name})
	}
	var order []string
	for len(*h) > 0 {
		t := h.Pop().(Task)
		order = append(order, fmt.Sprintf("%d:%s", t.Pri, t.Name))
	}
	fmt.Println(order)
	fmt.Println(sort.StringsAreSorted(order))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	var l Lesser = Task{1, "x"}
	l.Less(nil)
}
