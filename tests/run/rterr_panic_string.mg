// panic with a string value prints it bare; deferred calls run first.
// exit: 2
// stderr: ^panic: boom\n\ngoroutine 1 \[running\]:
package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2")
	}()
	panic("boom")
}
