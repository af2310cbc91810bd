// Go evaluates calls and receives left to right: in function and method arguments, in the
// operands of binary operators, in map literals, and in an assignment's left-side index
// operands before its right side. C++ leaves most of these orders unspecified.
package main

import "fmt"

var n int

func next() int {
	n++
	return n
}

func key() string { n++; return fmt.Sprint("k", n) }

func pair(a, b int) string { return fmt.Sprint(a, ",", b) }

type S struct{ data []int }

func (s *S) Pop() int {
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v
}

func get(p *[4]int) *[4]int { next(); return p }

func main() {
	fmt.Println(pair(next(), next()))
	fmt.Println(fmt.Sprint(next()) + fmt.Sprint(next()))
	s := &S{data: []int{10, 3, 4}}
	fmt.Println(s.Pop()-s.Pop(), s.Pop())
	m := map[string]int{}
	m[key()] = next()
	fmt.Println(m)
	a := make([]int, 6)
	a[next()%6] = next()
	a[next()%6] += next()
	fmt.Println(a)
	var arr [4]int
	get(&arr)[next()%4] = next()
	fmt.Println(arr)
	lit := map[int]int{next(): next()}
	fmt.Println(lit)
	ch := make(chan int, 2)
	ch <- 5
	ch <- 2
	fmt.Println(<-ch - <-ch)
}
