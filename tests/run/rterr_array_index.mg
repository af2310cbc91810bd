// An array indexed by a run-time value past its length, inside a called function.
// exit: 2
// stderr: ^panic: runtime error: index out of range \[4\] with length 4\n
package main

import "fmt"

type Board struct{ cells [4]int }

func (b *Board) set(i, v int) { b.cells[i] = v }

func main() {
	var b Board
	for i := 0; i <= 4; i++ {
		b.set(i, i)
		fmt.Println("set", i)
	}
}
