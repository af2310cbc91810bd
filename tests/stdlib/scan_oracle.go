// The Go program whose output runtime/src/scan_test.cpp expects (run with Go 1.19).
package main

import "fmt"

func main() {
	var i, j int
	var s string
	var f float64
	var b bool
	n, err := fmt.Sscan("42 hello 3.5 true", &i, &s, &f, &b)
	fmt.Println(n, err, i, s, f, b)
	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("7", &i, &j)
	fmt.Println(n, err, i)
	n, err = fmt.Sscan("abc", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x1f\n\n 9", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanln("1 2\n3", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanln("1\n2", &i, &j)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("x=10 y=abc", "x=%d y=%s", &i, &s)
	fmt.Println(n, err, i, s)
	n, err = fmt.Sscanf("10-20", "%d-%d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("a5", "b%d", &i)
	fmt.Println(n, err)
	var u uint8
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("-5", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("1 2 3", &i, &j)
	fmt.Println(n, err, i, j)
	var r rune
	n, err = fmt.Sscanf("héllo", "h%c", &r)
	fmt.Println(n, err, string(r))
	n, err = fmt.Sscan("1e3 +5", &f, &i)
	fmt.Println(n, err, f, i)
	n, err = fmt.Sscan("truex", &b)
	fmt.Println(n, err, b)
}
