// A word-frequency counter: reads text from stdin, normalises words, prints the top entries.
// stdin: prog_wordfreq.input
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

type wordCount struct {
	Word  string
	Count int
}

type stats struct {
	lines, words, chars int
	longest             string
}

func (s stats) String() string {
	return fmt.Sprintf("lines=%d words=%d chars=%d longest=%q", s.lines, s.words, s.chars, s.longest)
}

func normalise(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.ToLower(w)
}

func topN(counts map[string]int, n int) []wordCount {
	list := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	counts := make(map[string]int)
	byLen := map[int][]string{}
	var st stats
	for scanner.Scan() {
		line := scanner.Text()
		st.lines++
		st.chars += len(line)
		for _, raw := range strings.Fields(line) {
			w := normalise(raw)
			if w == "" {
				continue
			}
			st.words++
			if counts[w] == 0 {
				byLen[len(w)] = append(byLen[len(w)], w)
			}
			counts[w]++
			if len(w) > len(st.longest) {
				st.longest = w
			}
		}
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "read error:", err)
		os.Exit(1)
	}
	fmt.Println(st)
	fmt.Printf("%v\n", st)
	fmt.Printf("%+v\n", wordCount{"x", 1})
	for i, wc := range topN(counts, 5) {
		fmt.Printf("%2d. %-8s %3d %s\n", i+1, wc.Word, wc.Count, strings.Repeat("*", wc.Count))
	}
	lens := make([]int, 0)
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Printf("len %d: %v\n", l, ws)
	}
	fmt.Println(len(counts), "distinct")
}
