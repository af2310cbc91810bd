// sort.Interface, sync.RWMutex and io.Writer embedded in structs of the program.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type rev struct{ sort.Interface }

func (r rev) Less(i, j int) bool { return r.Interface.Less(j, i) }

type SafeMap struct {
	sync.RWMutex
	m map[string]int
}

type prefixWriter struct {
	io.Writer
	prefix string
}

func (p prefixWriter) Write(b []byte) (int, error) {
	return p.Writer.Write(append([]byte(p.prefix), b...))
}

type Locker interface{ sync.Locker }

func main() {
	words := []string{"banana", "kiwi", "apple", "fig", "cherry"}
	sort.Sort(rev{byLen(words)})
	fmt.Println(words)
	sort.Stable(byLen(words))
	fmt.Println(words)
	sm := SafeMap{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sm.Lock()
			sm.m[fmt.Sprint(i%3)]++
			sm.Unlock()
		}(i)
	}
	wg.Wait()
	sm.RLock()
	fmt.Println(sm.m)
	sm.RUnlock()
	var l sync.Locker = &sm
	l.Lock()
	l.Unlock()
	var lk Locker = &sync.Mutex{}
	lk.Lock()
	lk.Unlock()
	pw := prefixWriter{os.Stdout, "> "}
	fmt.Fprintf(pw, "hello %d\n", 42)
	var w io.Writer = pw
	fmt.Fprintln(w, strings.ToUpper("done"))
	var sb strings.Builder
	pw2 := prefixWriter{Writer: &sb, prefix: "# "}
	pw2.Write([]byte("via Write"))
	fmt.Println(sb.String())
}
