// The builtins len, cap, append, copy, delete, make, new and the stderr printers print and
// println (their runtime formats: floats in %e form, no spaces between print's operands).
// stderr: (?m)^print12true\nprintln 1 2 \+2\.500000e\+000 str true\n
// stderr: (?m)^-7 \+1\.000000e\+010 false\n
package main

import "fmt"

func main() {
	s := make([]int, 2, 5)
	fmt.Println(len(s), cap(s), len("héllo"), len([3]int{}), cap([4]int{}))
	ch := make(chan string, 3)
	ch <- "a"
	fmt.Println(len(ch), cap(ch))
	m := make(map[string]bool)
	m["x"] = true
	fmt.Println(len(m))
	delete(m, "x")
	fmt.Println(len(m))
	var pa *[5]int
	fmt.Println(len(pa), cap(pa)) // length of an array type, even through a nil pointer
	const n = len([3]string{})    // a constant
	var arr [n * 2]int
	fmt.Println(len(arr))

	s = append(s, 1)
	s = append(s, []int{2, 3}...)
	fmt.Println(s, len(s), cap(s))
	d := make([]int, 10)
	fmt.Println(copy(d, s), d)
	fmt.Println(copy(d[8:], s), d)

	p := new(int)
	*p = 3
	ps := new([]string)
	*ps = append(*ps, "x")
	type pt struct{ X int }
	pp := new(pt)
	pp.X = 8
	fmt.Println(*p, *ps, *pp)

	print("print", 1, 2, true, "\n")
	println("println", 1, 2, 2.5, "str", true)
	println(-7, 1e10, false)
	var mm map[int]int = make(map[int]int, 100)
	fmt.Println(len(mm))
	bs := make([]byte, 3)
	fmt.Println(bs, cap(make([]int, 0)))
}
