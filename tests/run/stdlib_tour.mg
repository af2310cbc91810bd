// The standard library in one program: strings, strconv, math, sort (with sort.Interface), errors
// (Is/As/Unwrap through %w), unicode, utf8, sync/atomic, time durations, timers and tickers,
// sync.Once, bufio.Writer over os.Stdout, fmt.Fprintln to os.Stderr.
// stderr: to stderr
package main

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

func find(n int) error {
	if n < 0 {
		return fmt.Errorf("find %d: %w", n, &MyErr{n})
	}
	return nil
}

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	fmt.Println(strings.ToUpper("hello"), strings.Repeat("ab", 3), strings.Fields(" a b  c "))
	fmt.Println(strings.Split("a,b,c", ","), strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(strconv.Itoa(i))
		sb.WriteByte('-')
	}
	fmt.Println(sb.String(), sb.Len())
	n, err := strconv.Atoi("12x")
	fmt.Println(n, err)
	f, _ := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, math.Sqrt(2), math.Pi, math.MaxInt64, math.Inf(1))
	xs := []int{5, 2, 8, 1}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 5))
	words := byLen{"ccc", "a", "bb"}
	sort.Sort(words)
	fmt.Println(words)
	people := []string{"bob", "alice", "carol"}
	sort.Slice(people, func(i, j int) bool { return people[i] < people[j] })
	fmt.Println(people)
	err = find(-3)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("as:", me.Code, err)
	}
	base := errors.New("base")
	wrapped := fmt.Errorf("wrap: %w", base)
	fmt.Println(errors.Is(wrapped, base), errors.Unwrap(wrapped) == base)
	fmt.Println(unicode.IsUpper('A'), unicode.ToLower('Q'), utf8.RuneCountInString("héllo"), utf8.RuneLen('é'))
	var ops int64
	var cnt atomic.Int32
	var wg sync.WaitGroup
	c := Counter{n: map[string]int{}}
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&ops, 2)
			cnt.Add(1)
			c.Inc("k")
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&ops), cnt.Load(), c.n["k"])
	d := 1500 * time.Millisecond
	fmt.Println(d, time.Duration(90)*time.Second, d.Seconds())
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(time.Since(start) >= 10*time.Millisecond)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 42)
	w.Flush()
	fmt.Fprintln(os.Stderr, "to stderr")
	timer := time.NewTimer(5 * time.Millisecond)
	<-timer.C
	fmt.Println("timer fired", timer.Stop())
	tk := time.NewTicker(2 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Stop()
	fmt.Println("ticks done", time.January, time.Saturday)
}
