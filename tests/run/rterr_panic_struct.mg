// panic with a struct value that has no Error or String method: Go prints the type in
// parentheses and the address of the value.
// exit: 2
// stderr: ^panic: \(main\.T\) 0x[0-9a-f]+\n
package main

type T struct{ A, B int }

func main() {
	panic(T{1, 2})
}
