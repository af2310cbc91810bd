// A failed type assertion to a concrete type.
// exit: 2
// stderr: ^panic: interface conversion: interface \{\} is string, not int\n
package main

import "fmt"

func main() {
	var v interface{} = "text"
	s := v.(string)
	fmt.Println(s)
	n := v.(int)
	fmt.Println(n)
}
