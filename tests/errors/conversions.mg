// Explicit conversions.
package main

type Celsius float64
type P struct{ x int }
type Q struct{ x int }
type R struct{ y int }

func main() {
	s := "abc"
	i := 1
	f := 1.5
	b := true
	var p P
	_ = int(s)        // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = string(f)     // ERROR "cannot convert f \(variable of type float64\) to type string"
	_ = bool(i)       // ERROR "cannot convert i \(variable of type int\) to type bool"
	_ = int(b)        // ERROR "cannot convert b \(variable of type bool\) to type int"
	_ = Q(p)          // fine: identical underlying types
	_ = R(p)          // ERROR "cannot convert p \(variable of type P\) to type R"
	_ = []int(s)      // ERROR "cannot convert s \(variable of type string\) to type \[\]int"
	_ = int("7")      // ERROR "cannot convert \"7\" \(untyped string constant\) to type int"
	_ = int(2.5)      // ERROR "cannot convert 2.5 \(untyped float constant\) to type int|2.5 \(untyped float constant\) truncated to int"
	_ = Celsius(s)    // ERROR "cannot convert s \(variable of type string\) to type Celsius"
	_ = int8(1000)    // ERROR "constant 1000 overflows int8|cannot convert 1000"
	_ = []byte(s)
	_ = string(rune(i))
}
