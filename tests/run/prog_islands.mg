// Counts the islands of several generated maps concurrently, one goroutine per map, with a
// recursive flood fill: on a mostly-land map the recursion goes tens of thousands of calls deep
// inside a goroutine, which Go's growable stacks allow.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Map struct {
	Name  string
	W, H  int
	cells [][]byte
}

type Report struct {
	Name    string
	Islands int
	Largest int
	Land    int
}

func generate(name string, w, h int, seed uint32, waterEvery int) *Map {
	m := &Map{Name: name, W: w, H: h, cells: make([][]byte, h)}
	x := seed
	for r := range m.cells {
		m.cells[r] = make([]byte, w)
		for c := range m.cells[r] {
			x = x*1664525 + 1013904223 // a linear congruential generator: same maps in every run
			if int(x>>16)%waterEvery == 0 {
				m.cells[r][c] = '~'
			} else {
				m.cells[r][c] = '#'
			}
		}
	}
	return m
}

func (m *Map) fill(r, c int) int {
	if r < 0 || c < 0 || r >= m.H || c >= m.W || m.cells[r][c] != '#' {
		return 0
	}
	m.cells[r][c] = '.'
	return 1 + m.fill(r+1, c) + m.fill(r-1, c) + m.fill(r, c+1) + m.fill(r, c-1)
}

func (m *Map) survey() Report {
	rep := Report{Name: m.Name}
	for r := 0; r < m.H; r++ {
		for c := 0; c < m.W; c++ {
			if m.cells[r][c] == '#' {
				size := m.fill(r, c)
				rep.Islands++
				rep.Land += size
				rep.Largest = max(rep.Largest, size)
			}
		}
	}
	return rep
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func main() {
	maps := []*Map{
		generate("archipelago", 60, 40, 1, 2),
		generate("continent", 300, 300, 7, 9),
		generate("lakes", 200, 150, 42, 4),
		generate("solid", 250, 250, 3, 1<<30),
	}
	preview := generate("preview", 12, 4, 5, 3)
	for _, row := range preview.cells {
		fmt.Println(string(row))
	}
	reports := make(chan Report)
	var wg sync.WaitGroup
	for _, m := range maps {
		wg.Add(1)
		go func(m *Map) {
			defer wg.Done()
			reports <- m.survey()
		}(m)
	}
	go func() { wg.Wait(); close(reports) }()
	var all []Report
	for r := range reports {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Name < all[j].Name })
	fmt.Printf("%-12s %8s %8s %8s\n", "map", "islands", "largest", "land")
	fmt.Println(strings.Repeat("-", 39))
	for _, r := range all {
		fmt.Printf("%-12s %8d %8d %8d\n", r.Name, r.Islands, r.Largest, r.Land)
	}
}
