// Unary operators, shifts and comparisons.
package main

type S struct{ f []int }

func main() {
	a := 1
	b := "x"
	c := 2.5
	d := true
	var s1, s2 S
	var f func()
	var m map[int]int
	_ = !a          // ERROR "invalid operation: operator ! not defined on a \(variable of type int\)"
	_ = -b          // ERROR "invalid operation: operator - not defined on b \(variable of type string\)"
	_ = d < d       // ERROR "invalid operation: d < d \(operator < not defined on bool\)"
	_ = a << c      // ERROR "invalid operation: shift count c \(variable of type float64\) must be integer"
	_ = c << 2      // ERROR "invalid operation: shifted operand c \(variable of type float64\) must be integer"
	_ = a << -1     // ERROR "invalid operation: negative shift count -1|must not be negative"
	_ = s1 == s2    // ERROR "invalid operation: s1 == s2 \(struct containing \[\]int cannot be compared\)"
	_ = f == f      // ERROR "invalid operation: f == f \(func can only be compared to nil\)"
	_ = m == m      // ERROR "invalid operation: m == m \(map can only be compared to nil\)"
	_ = a / 0       // ERROR "invalid operation: division by zero"
}
