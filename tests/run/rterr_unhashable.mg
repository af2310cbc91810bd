// A map with interface keys panics when a key's dynamic type is not hashable.
// exit: 2
// stderr: ^panic: runtime error: hash of unhashable type \[\]int\n
package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["a"] = 2
	fmt.Println(len(m))
	m[[]int{1}] = 3
}
