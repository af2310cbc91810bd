// Labeled break and continue out of nested for loops, out of a switch and a select inside
// a loop, and goto (forward and backward jumps).
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

loop:
	for i := 0; ; i++ {
		switch {
		case i == 1:
			continue loop
		case i > 3:
			break loop
		}
		fmt.Print("i=", i, " ")
	}
	fmt.Println()

	ch := make(chan int, 10)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
	got := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			if v%2 == 1 {
				continue recv
			}
			got += v
		}
	}
	fmt.Println("sum of evens", got)

	// A labeled range loop and a labeled switch.
	words := []string{"a", "stop", "b"}
scan:
	for _, w := range words {
	sw:
		switch w {
		case "stop":
			break scan
		default:
			if w == "a" {
				break sw
			}
		}
		fmt.Println("word", w)
	}

	// goto.
	n := 0
again:
	n++
	if n < 5 {
		goto again
	}
	fmt.Println("n", n)
	if n == 5 {
		goto done
	}
	fmt.Println("skipped")
done:
	fmt.Println("done")

	matrix := [][]int{{1, 2}, {3, -1}, {5, 6}}
	found := false
search:
	for r, row := range matrix {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
}
