// A failed assertion to an interface type names the missing method.
// exit: 2
// stderr: ^panic: interface conversion: main.T is not main.Runner: missing method Run\n
package main

import "fmt"

type Runner interface{ Run() }

type T struct{}

func main() {
	var v any = T{}
	r := v.(Runner)
	fmt.Println(r)
}
