// ordered_parallel shows parallel processing that keeps input order: lines read
// with bufio.Scanner are numbered, processed by a pool of workers in any order,
// and a reorder buffer prints each result only when all earlier ones are out.
//
// stdin: ordered_parallel.in
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

type line struct {
	n    int
	text string
}

type stat struct {
	n       int
	words   int
	runes   int
	upper   int
	reverse string
}

func analyse(l line) stat {
	s := stat{n: l.n, words: len(strings.Fields(l.text)), runes: utf8.RuneCountInString(l.text)}
	r := []rune(l.text)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	for _, c := range l.text {
		if unicode.IsUpper(c) {
			s.upper++
		}
	}
	s.reverse = string(r)
	return s
}

func main() {
	lines := make(chan line)
	stats := make(chan stat)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for l := range lines {
				stats <- analyse(l)
			}
		}()
	}
	go func() {
		sc := bufio.NewScanner(os.Stdin)
		n := 0
		for sc.Scan() {
			lines <- line{n, sc.Text()}
			n++
		}
		close(lines)
	}()
	go func() {
		wg.Wait()
		close(stats)
	}()

	// Results arrive out of order; hold them until their turn comes.
	pending := map[int]stat{}
	next := 0
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for s := range stats {
		pending[s.n] = s
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			fmt.Fprintf(w, "%2d words=%d runes=%2d upper=%d  %s\n", p.n+1, p.words, p.runes, p.upper, p.reverse)
			next++
		}
	}
	fmt.Fprintln(w, "lines:", next, "left in buffer:", len(pending))
}
