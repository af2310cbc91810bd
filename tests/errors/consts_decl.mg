// Constant declarations: initialisers must be constant and representable.
package main

func f() int { return 1 }

var v = 1

const (
	a = f()          // ERROR "f\(\) \(value of type int\) is not constant"
	b = v            // ERROR "v \(variable of type int\) is not constant"
	c int8 = 1000    // ERROR "cannot use 1000 \(untyped int constant\) as int8 value in constant declaration \(overflows\)"
	d string = 1     // ERROR "cannot use 1 \(untyped int constant\) as string value in constant declaration"
	e = 1 / 0        // ERROR "invalid operation: division by zero"
	g uint8 = 255 + 1 // ERROR "cannot use 255 \+ 1 \(untyped int constant 256\) as uint8 value in constant declaration \(overflows\)"
	h = 1.5
	i int = h        // ERROR "cannot use h \(untyped float constant 1.5\) as int value in constant declaration \(truncated\)"
	j = []int{1}     // ERROR "\[\]int{…} \(value of type \[\]int\) is not constant"
)

func main() {
	const k = 10
	k = 11 // ERROR "cannot assign to k \(neither addressable nor a map index expression\)|cannot assign to k \(constant 10 of type untyped int\)"
	_ = a
}
