// run

// Never ends: the harness must stop it at the timeout and report a failure.

package main

func main() {
	n := 0
	for {
		n++
		if n == -1 {
			println(n)
		}
	}
}
