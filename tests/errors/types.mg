// Operators on mismatched or unsuitable types.
package main

func main() {
	a := 1
	b := "x"
	c := 2.5
	d := true
	_ = a + b   // ERROR "invalid operation: a \+ b \(mismatched types int and string\)"
	_ = a + c   // ERROR "invalid operation: a \+ c \(mismatched types int and float64\)"
	_ = !a      // ERROR "invalid operation: operator ! not defined on a \(variable of type int\)"
	_ = b - b   // ERROR "invalid operation: operator - not defined on b \(variable of type string\)"
	_ = d < d   // ERROR "invalid operation: d < d \(operator < not defined on d \(variable of type bool\)\)"
	_ = a / 0   // ERROR "invalid operation: division by zero"
	_ = c % c   // ERROR "invalid operation: operator % not defined on c \(variable of type float64\)"
	_ = -b      // ERROR "invalid operation: operator - not defined on b \(variable of type string\)"
}
