// Syntax errors, as Go's parser words them; each declaration holds one, and the parser
// recovers at the next declaration.
package main

func main() {}

x := 1 // ERROR "syntax error: non-declaration statement outside function body"

func elseOnNewLine(x int) {
	if x > 0 {
		x++
	}
	else { // ERROR "syntax error: unexpected (keyword )?else, expect(ing|ed) }"
		x--
	}
}

func elseNotBlock(x int) {
	if x > 0 {
	} else x++ // ERROR "syntax error: else must be followed by if or statement block"
}

func braceOnNewLine()
{ // ERROR "syntax error: unexpected semicolon or newline before {"
}

func ifBraceOnNewLine(x int) {
	if x == 1 // ERROR "syntax error: unexpected newline, expect(ing|ed) { after if clause"
	{
	}
}

func missingComma() {
	println(1,
		2 // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \)"
	)
}

func caseExpected(x int) {
	switch x {
	done: // ERROR "syntax error: unexpected (name )?done, expect(ing|ed) case or default or }"
	}
}

type T struct {
	a int, // ERROR "syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"
	b int
}

func main() {}
