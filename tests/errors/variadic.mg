// Variadic parameters and the ... in calls.
package main

func sum(xs ...int) int { return len(xs) }

func pre(s string, xs ...int) {}

func fixed(a, b int) {}

func bad(xs ...int, y int) {} // ERROR "can only use ... with final parameter in list"

func main() {
	nums := []int{1, 2}
	strs := []string{"a"}
	sum(nums...)
	sum(1, nums...)   // ERROR "too many arguments in call to sum"
	sum(strs...)      // ERROR "cannot use strs \(variable of type \[\]string\) as \[\]int value in argument to sum"
	fixed(nums...)    // ERROR "cannot use \.\.\. in call to non-variadic fixed"
	pre(nums...)      // ERROR "not enough arguments in call to pre"
	sum(1, "a")       // ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to sum"
	_ = len(nums...)  // ERROR "invalid operation: invalid use of \.\.\. with built-in len"
	var x = [...]int{1, 2}
	_ = x
	_ = append(nums, strs...) // ERROR "cannot use strs \(variable of type \[\]string\) as \[\]int value in argument to append"
}
