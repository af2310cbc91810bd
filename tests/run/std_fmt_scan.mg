// fmt scanning: Sscan (space-separated, newlines count as space), Sscanln (stops at a
// newline), Sscanf with verbs and literal text, the counts and errors they return, and
// Scan/Scanln/Scanf from stdin.
// stdin: std_fmt_scan.input
package main

import "fmt"

func main() {
	var a, b int
	var f float64
	var s string
	n, err := fmt.Sscan("10 20\n3.5 go", &a, &b, &f, &s)
	fmt.Println(n, err, a, b, f, s)
	n, err = fmt.Sscan("7", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2\n3", &a, &b, &f)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("age=31 name=bob", "age=%d name=%s", &a, &s)
	fmt.Println(n, err, a, s)
	var r rune
	var u uint
	var t bool
	var x int
	n, err = fmt.Sscanf("z 255 true ff", "%c %d %t %x", &r, &u, &t, &x)
	fmt.Println(n, err, string(r), u, t, x)
	n, err = fmt.Sscanf("5-6", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("5:6", "%d-%d", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)

	var w string
	n, err = fmt.Scan(&a, &f, &w)
	fmt.Println(n, err, a, f, w)
	var w1, w2 string
	n, err = fmt.Scanln(&w1, &w2, &a)
	fmt.Println(n, err, w1, w2, a)
	n, err = fmt.Scanf("%d\n", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Scan(&a)
	fmt.Println(n, err)
}
