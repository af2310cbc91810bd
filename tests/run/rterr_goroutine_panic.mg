// A panic in a goroutine other than main ends the whole program.
// exit: 2
// stderr: ^panic: from goroutine\n\ngoroutine \d+ \[running\]:
package main

func main() {
	done := make(chan bool)
	go func() {
		panic("from goroutine")
	}()
	<-done
}
