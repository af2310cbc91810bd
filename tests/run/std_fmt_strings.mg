// fmt with strings and byte slices: %v %s %q %#q %+q %x %X % x %#x with widths, precisions
// (counted in runes), flags and padding; Unicode and invalid UTF-8; named string types; Sprint,
// Sprintln and Print spacing rules between string and non-string operands.
package main

import (
	"fmt"
	"os"
)

type Name string

func main() {
	values := []any{"", "hi", "hello, world", "日本語", "tab\there", "quote\"d", "back`tick", "\x00\xff", "é", "😀x",
		[]byte("bytes"), []byte{}, []byte{0, 1, 255}, Name("named")}
	formats := []string{"%v", "%s", "%q", "%#q", "%+q", "%x", "%X", "% x", "%#x", "%# X", "%10s|", "%-10s|", "%.2s", "%5.1s|",
		"%-8q|", "%010s", "%.3q", "%.1x", "%+v", "%#v", "%d", "%c"}
	n := 0
	for _, f := range formats {
		for _, v := range values {
			fmt.Printf("%-6s %-11T ["+f+"]\n", f, v, v)
			n++
		}
	}
	// Spacing: Sprint adds spaces between operands when neither is a string; Sprintln always.
	fmt.Printf("%q\n", fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false, nil, 'x', "d"))
	fmt.Printf("%q\n", fmt.Sprint(1, 2, 3))
	fmt.Printf("%q\n", fmt.Sprint("a", 1, "b"))
	fmt.Printf("%q\n", fmt.Sprint(Name("n"), 1, Name("m")))
	fmt.Printf("%q\n", fmt.Sprint([]int{1}, []int{2}, "s", []string{"t"}))
	fmt.Printf("%q\n", fmt.Sprint(nil, nil, error(nil)))
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprintln("a", "b", 1, 2))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprintf("no verbs"))
	fmt.Printf("%q\n", fmt.Sprintf("%%d %% %c", 'x'))
	fmt.Print("a", "b", 1, 2, "\n")
	fmt.Print(1, 2, "x", 3, 4, "\n")
	fmt.Println("mixed:", 1, 2.5, true, nil, 'r', "s", []string{"a b", ""}, [2]bool{})
	fmt.Fprint(os.Stdout, "fprint", 1, 2, "\n")
	fmt.Fprintln(os.Stdout, "fprintln", 1, 2)
	n += 15
	fmt.Println("combinations:", n)
}
