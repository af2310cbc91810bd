// Loops: three-clause, condition-only, infinite with break, labeled break/continue,
// range over strings, slices and maps (sorted output), nested switch in loops.
package main

import "fmt"

func main() {
	sum := 0
	for i := 1; i <= 10; i++ {
		sum += i
	}
	fmt.Println("sum", sum)
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz", steps)
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	for i, r := range "héllo" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	for i := 0; i < 6; i++ {
		switch {
		case i%2 == 0:
			continue
		case i == 5:
			break
		default:
			fmt.Print("odd", i, " ")
		}
	}
	fmt.Println()
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
	}
	fmt.Println("k", k)
}
