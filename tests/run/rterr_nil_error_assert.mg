// Converting with a failed assertion on an error-typed interface names the interface.
// exit: 2
// stderr: ^panic: interface conversion: error is nil, not \*main.E\n
package main

type E struct{}

func (*E) Error() string { return "E" }

func main() {
	var err error
	_ = err.(*E)
}
