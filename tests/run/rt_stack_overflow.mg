// Unbounded recursion overflows the goroutine stack: Go's fatal error and exit 2, never a
// silent crash (and never a loop: the recursion is not a tail call).
// exit: 2
// stderr: runtime: goroutine stack exceeds
// stderr: fatal error: stack overflow
package main

func depth(n int) int {
	return depth(n+1) + 1
}

func main() {
	done := make(chan int)
	go func() { done <- depth(0) }()
	println(<-done)
}
