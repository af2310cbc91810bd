// Assigning to an entry of a nil map panics (reading it is fine).
// exit: 2
// stderr: ^panic: assignment to entry in nil map\n
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["a"], len(m))
	m["a"] = 1
	fmt.Println("unreached")
}
