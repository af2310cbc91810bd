// Go identifiers that are C++ keywords or names from the C and C++ libraries: variables,
// parameters, fields, functions, methods and types called class, new, delete, this, int,
// template, union, printf, exit, div, abs, signal, string-like names, and main-package names
// shadowing predeclared ones (len, copy, string, true) where Go allows it.
package main

import "fmt"

type class struct {
	this     int
	template string
	new      []int
	delete   map[string]int
}

func (c *class) union(operator int) int { return c.this + operator }

type auto int

func (a auto) double() auto { return a * 2 }

type register struct{ class }

func printf(format string) string { return "printf:" + format }
func exit(code int) int           { return code + 1 }
func div(a, b int) int            { return a / b }
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
func signal() string { return "sig" }

var errno = 7
var NULL = "null"
var stdout = "out"

func main() {
	c := class{this: 1, template: "t", new: []int{1}, delete: map[string]int{"k": 2}}
	fmt.Println(c.union(41), c.template, c.new, c.delete["k"])
	var int8_t, friend, typename, explicit, namespace = 1, 2, 3, 4, 5
	fmt.Println(int8_t + friend + typename + explicit + namespace)
	var a auto = 21
	fmt.Println(a.double())
	r := register{class{this: 5}}
	fmt.Println(r.union(1), r.this)
	fmt.Println(printf("x"), exit(1), div(7, 2), abs(-3), signal(), errno, NULL, stdout)
	double, float, char, long, short, void, unsigned := 1.5, 2.5, 'c', 4, 5, 6, 7
	fmt.Println(double+float, char, long+short+void+unsigned)
	{
		len := func(s string) int { return 42 }
		fmt.Println(len("abc"))
	}
	{
		string := "shadowed string type"
		true := false
		fmt.Println(string, true)
	}
	fmt.Println(len("abc"))
	this, virtual, operator, mutable, inline, static := "a", "b", "c", "d", "e", "f"
	fmt.Println(this + virtual + operator + mutable + inline + static)
	type std struct{ mg int }
	s := std{mg: 3}
	fmt.Println(s.mg, s)
	assert, EOF, size_t := 1, 2, 3
	fmt.Println(assert + EOF + size_t)
	main := "not the function"
	fmt.Println(main)
}
