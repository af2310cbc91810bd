// Sleeps two seconds: the runtime must park its threads (no spinning) meanwhile.
package main

import "time"

func main() {
	time.Sleep(2 * time.Second)
}
