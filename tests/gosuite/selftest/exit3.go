// run

// Exits with status 3: a failure even though the output is empty.

package main

import "os"

func main() {
	os.Exit(3)
}
