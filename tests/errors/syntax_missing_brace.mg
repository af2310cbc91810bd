// A missing closing brace: the file ends inside a function body.
package main

func main() {
	x := 1
	if x > 0 {
		x++
	}
	_ = x
// ERROR "syntax error: unexpected EOF, expect(ing|ed) }"