// More than ten errors: with -e (`// flags:` below) every one is reported; the test
// errors/many_errors.limit checks the same file without -e, where only the first ten are
// printed, then "too many errors".
// flags: -e
package main

import "fmt"

func main() {
	fmt.Println(u1)       // ERROR "undefined: u1"
	fmt.Println(u2)       // ERROR "undefined: u2"
	var a int = "s"       // ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
	fmt.Println(u3)       // ERROR "undefined: u3"
	b := 1                // ERROR "declared and not used: b"
	fmt.Println(u4)       // ERROR "undefined: u4"
	fmt.Println(u5)       // ERROR "undefined: u5"
	if 1 {                // ERROR "non-boolean condition in if statement"
	}
	fmt.Println(u6)       // ERROR "undefined: u6"
	fmt.Println(u7)       // ERROR "undefined: u7"
	fmt.Println(u8)       // ERROR "undefined: u8"
	fmt.Println(u9)       // ERROR "undefined: u9"
	fmt.Println(u10)      // ERROR "undefined: u10"
	c := 1 + "x"          // ERROR "mismatched types|cannot convert"
	fmt.Println(u11, a, c) // ERROR "undefined: u11"
}
