// Composite literals: structs (positional and keyed, nested), &T{} and &[]..., slices, arrays
// and maps with elided element types (also &T elided to {...} for pointer elements), keyed
// slice elements, nested maps of slices, and literals of anonymous struct types.
package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Tags     []string
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	pp := &Point{X: 3}
	fmt.Println(p, q, *pp)
	r := Rect{Point{0, 0}, Point{2, 3}, []string{"a"}}
	r2 := &Rect{Max: Point{Y: 1}, Tags: nil}
	fmt.Println(r, r2.Max, r2.Tags == nil)

	pts := []Point{{1, 1}, {X: 2}, {}}
	fmt.Println(pts)
	pps := []*Point{{5, 5}, {X: 6}}
	fmt.Println(*pps[0], *pps[1])
	grid := [2][2]int{{1, 2}, {3, 4}}
	fmt.Println(grid)
	ms := map[string]Point{"o": {}, "u": {0, 1}}
	fmt.Println(ms["u"], len(ms))
	mk := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(mk[Point{3, 4}])
	mp := map[string]*Point{"p": {7, 8}}
	fmt.Println(mp["p"].Y)
	nested := map[string][]map[int]string{"k": {{1: "one"}, {2: "two"}}}
	fmt.Println(nested["k"][1][2])
	keyed := []string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", keyed, len(keyed))
	arr := [...]Point{{1, 1}, 3: {3, 3}}
	fmt.Println(len(arr), arr)
	ps := &[]int{1, 2, 3}
	(*ps)[0] = 10
	fmt.Println(*ps)
	pa := &[2]string{"x", "y"}
	pa[1] = "z"
	fmt.Println(*pa)
	pm := &map[string]int{"a": 1}
	(*pm)["b"] = 2
	fmt.Println(len(*pm))

	tree := &Tree{
		Left:  &Tree{Val: 1},
		Right: &Tree{Left: &Tree{Val: 3}, Val: 2},
		Val:   10,
	}
	fmt.Println(tree.Sum())
	people := []struct {
		Name string
		Age  int
	}{{"Al", 30}, {"Bo", 25}}
	for _, pe := range people {
		fmt.Print(pe.Name, pe.Age, " ")
	}
	fmt.Println()
	cfg := struct {
		Host  string
		Ports []int
		Inner struct{ On bool }
	}{Host: "h", Ports: []int{80, 443}}
	cfg.Inner.On = true
	fmt.Printf("%+v\n", cfg)
	matrix := [][]float64{{1.5}, {2.5, 3.5}}
	fmt.Println(matrix, len(matrix[1]))
	arrOfMaps := [2]map[string]int{{"a": 1}, {"b": 2}}
	fmt.Println(arrOfMaps[1]["b"])
	pointsByName := map[string][]Point{"line": {{0, 0}, {1, 1}}}
	fmt.Println(pointsByName["line"][1].X)
	empty := []interface{}{1, "two", Point{3, 4}, []int{5}, nil}
	fmt.Println(empty...)
	fmt.Println(Point{1, 2} == Point{X: 1, Y: 2})
}
