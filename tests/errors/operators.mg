// Binary and unary operators on mismatched or unsuitable types.
package main

type MyInt int

func main() {
	a := 1
	b := "x"
	c := 2.5
	var m MyInt = 3
	var p *int
	var sl []int
	_ = a + b   // ERROR "invalid operation: a \+ b \(mismatched types int and string\)"
	_ = a + m   // ERROR "invalid operation: a \+ m \(mismatched types int and MyInt\)"
	_ = a + c   // ERROR "invalid operation: a \+ c \(mismatched types int and float64\)"
	_ = a + 1.5 // ERROR "1.5 \(untyped float constant\) truncated to int|cannot use 1.5"
	_ = b * 2   // ERROR "cannot convert 2 \(untyped int constant\) to type string|mismatched types string and untyped int"
	_ = p + 1   // ERROR "cannot convert 1 \(untyped int constant\) to type \*int|mismatched types \*int and untyped int"
	_ = sl == sl // ERROR "invalid operation: sl == sl \(slice can only be compared to nil\)"
	_ = a & c   // ERROR "invalid operation: a & c \(mismatched types int and float64\)"
	_ = c & c   // ERROR "invalid operation: operator & not defined on c \(variable of type float64\)"
	_ = ^c      // ERROR "invalid operation: operator \^ not defined on c \(variable of type float64\)"
}
