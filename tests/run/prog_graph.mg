// Graph algorithms over an adjacency map: BFS shortest path, DFS topological sort with cycle detection.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph struct {
	edges map[string][]string
	nodes map[string]bool
}

func NewGraph(spec string) *Graph {
	g := &Graph{edges: map[string][]string{}, nodes: map[string]bool{}}
	for _, e := range strings.Split(spec, ",") {
		parts := strings.Split(strings.TrimSpace(e), "->")
		if len(parts) != 2 {
			continue
		}
		from, to := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
		g.edges[from] = append(g.edges[from], to)
		g.nodes[from], g.nodes[to] = true, true
	}
	for _, v := range g.edges {
		sort.Strings(v)
	}
	return g
}

func (g *Graph) sortedNodes() []string {
	var ns []string
	for n := range g.nodes {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g *Graph) ShortestPath(from, to string) []string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			var path []string
			for n := to; n != ""; n = prev[n] {
				path = append([]string{n}, path...)
			}
			return path
		}
		for _, nb := range g.edges[cur] {
			if _, seen := prev[nb]; !seen {
				prev[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return nil
}

type CycleError struct{ Path []string }

func (c CycleError) Error() string { return "cycle: " + strings.Join(c.Path, " -> ") }

func (g *Graph) TopoSort() (order []string, err error) {
	const (
		white = iota
		grey
		black
	)
	color := make(map[string]int)
	var stack []string
	var visit func(n string)
	visit = func(n string) {
		switch color[n] {
		case grey:
			i := len(stack) - 1
			for stack[i] != n {
				i--
			}
			panic(CycleError{append(append([]string(nil), stack[i:]...), n)})
		case black:
			return
		}
		color[n] = grey
		stack = append(stack, n)
		for _, m := range g.edges[n] {
			visit(m)
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		order = append(order, n)
	}
	defer func() {
		if r := recover(); r != nil {
			if ce, ok := r.(CycleError); ok {
				order, err = nil, ce
				return
			}
			panic(r)
		}
	}()
	for _, n := range g.sortedNodes() {
		visit(n)
	}
	for i, j := 0, len(order)-1; i < j; i, j = i+1, j-1 {
		order[i], order[j] = order[j], order[i]
	}
	return order, nil
}

func main() {
	g := NewGraph("a->b, a->c, b->d, c->d, d->e, c->f, f->e, x->y, bogus")
	fmt.Println(g.sortedNodes())
	for _, q := range [][2]string{{"a", "e"}, {"c", "e"}, {"e", "a"}, {"x", "y"}, {"a", "a"}} {
		p := g.ShortestPath(q[0], q[1])
		fmt.Printf("%s..%s: %v (%d hops, nil=%t)\n", q[0], q[1], p, len(p)-1, p == nil)
	}
	order, err := g.TopoSort()
	fmt.Println(order, err)
	cyc := NewGraph("a->b, b->c, c->a, c->d")
	order, err = cyc.TopoSort()
	fmt.Printf("%v %v %T\n", order, err, err)
	if ce, ok := err.(CycleError); ok {
		fmt.Println(len(ce.Path), ce.Path[0] == ce.Path[len(ce.Path)-1])
	}
	degree := map[string][2]int{}
	for from, tos := range g.edges {
		for _, to := range tos {
			d := degree[from]
			d[1]++
			degree[from] = d
			d = degree[to]
			d[0]++
			degree[to] = d
		}
	}
	fmt.Println(degree)
	grid := []string{
		"S.#.....",
		".##.###.",
		"....#..E",
	}
	type pos struct{ r, c int }
	dist := map[pos]int{{0, 0}: 0}
	q := []pos{{0, 0}}
search:
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		for _, d := range [4]pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pos{p.r + d.r, p.c + d.c}
			if n.r < 0 || n.r >= len(grid) || n.c < 0 || n.c >= len(grid[0]) || grid[n.r][n.c] == '#' {
				continue
			}
			if _, ok := dist[n]; ok {
				continue
			}
			dist[n] = dist[p] + 1
			if grid[n.r][n.c] == 'E' {
				fmt.Println("maze exit at", n, "distance", dist[n])
				break search
			}
			q = append(q, n)
		}
	}
}
