// A quiz/grade-book reading numbers with fmt.Scan, fmt.Scanln and fmt.Scanf from stdin.
// stdin: prog_gradebook.input
package main

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Scores []float64
}

func (s Student) Mean() float64 {
	if len(s.Scores) == 0 {
		return math.NaN()
	}
	t := 0.0
	for _, v := range s.Scores {
		t += v
	}
	return t / float64(len(s.Scores))
}

func grade(m float64) (g string) {
	switch {
	case math.IsNaN(m):
		g = "n/a"
	case m >= 90:
		g = "A"
	case m >= 80:
		g = "B"
	case m >= 70:
		g = "C"
	default:
		g = "F"
	}
	return
}

func main() {
	var n int
	if _, err := fmt.Scan(&n); err != nil {
		fmt.Println("bad count:", err)
		os.Exit(1)
	}
	students := make([]Student, 0, n)
	for i := 0; i < n; i++ {
		var name string
		var k int
		fmt.Scan(&name, &k)
		s := Student{Name: name}
		for j := 0; j < k; j++ {
			var v float64
			if _, err := fmt.Scan(&v); err != nil {
				fmt.Println("bad score for", name, err)
				break
			}
			s.Scores = append(s.Scores, v)
		}
		students = append(students, s)
	}
	var a, b int
	var op string
	cnt, err := fmt.Scanf("\n%d %s %d\n", &a, &op, &b)
	fmt.Println("scanf:", cnt, err, a, op, b)
	var w1, w2 string
	cnt, err = fmt.Scanln(&w1, &w2)
	fmt.Println("scanln:", cnt, err, w1, w2)
	cnt, err = fmt.Scanln(&w1, &w2)
	fmt.Println("scanln2:", cnt, err, w1, w2)
	var rest string
	cnt, err = fmt.Scan(&rest)
	fmt.Println("rest:", cnt, err, rest)
	cnt, err = fmt.Scan(&rest)
	fmt.Println("eof:", cnt, err)

	sort.SliceStable(students, func(i, j int) bool { return students[i].Mean() > students[j].Mean() })
	for _, s := range students {
		fmt.Printf("%-6s %6.2f %-3s %v\n", s.Name, s.Mean(), grade(s.Mean()), s.Scores)
	}
	fmt.Println(strings.Repeat("=", 20))
}
