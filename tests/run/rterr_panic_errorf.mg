// panic with an error made by fmt.Errorf prints its message.
// exit: 2
// stderr: ^panic: wrapped: 3\n
package main

import "fmt"

func main() {
	panic(fmt.Errorf("wrapped: %d", 3))
}
