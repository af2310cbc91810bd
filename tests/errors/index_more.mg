// More index and slice errors: 3-index slices, constant strings, map keys.
package main

const str = "hello"

func main() {
	s := "abc"
	arr := [3]int{}
	_ = s[1:2:3]           // ERROR "invalid operation: 3-index slice of string"
	_ = arr[:4]            // ERROR "invalid argument: index 4 out of bounds \[0:4\]"
	const c = str[0]       // ERROR "str\[0\] \(value of type byte\) is not constant"
	var m map[[]int]bool   // ERROR "invalid map key type \[\]int"
	_ = str[5]             // ERROR "invalid argument: index 5 out of bounds \[0:5\]"
	_ = m
	p := &arr
	_ = p[1]
	_ = p[5]               // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	var f func()
	_ = f[0]               // ERROR "invalid operation: cannot index f \(variable of type func\(\)\)"
}
