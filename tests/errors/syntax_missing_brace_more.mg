// A missing closing brace in the middle of a file: the next declaration is read as a
// statement of the unfinished body.
package main

func main() {
	x := 1
	if x > 0 {
		x++
	_ = x
}

func other() { // ERROR "syntax error: unexpected (name )?other, expect(ing|ed) \("
}
