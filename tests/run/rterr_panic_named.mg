// panic with a value of a named non-error type prints the type and value as Go does.
// exit: 2
// stderr: ^panic: main.Code\(42\)\n
package main

type Code int

func main() {
	panic(Code(42))
}
