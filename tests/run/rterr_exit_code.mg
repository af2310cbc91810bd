// os.Exit ends the program at once with the given status: deferred calls do not run.
// exit: 3
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed")
	fmt.Println("exiting")
	os.Exit(3)
}
