// Assignability and assignment forms.
package main

func f() (int, int) { return 1, 2 }

func main() {
	var s string = 1      // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration"
	var i int = "hello"   // ERROR "cannot use \"hello\" \(untyped string constant\) as int value in variable declaration"
	i = 1.5               // ERROR "cannot use 1.5 \(untyped float constant\) as int value in assignment \(truncated\)"
	a, b := 1             // ERROR "assignment mismatch: 2 variables but 1 value"
	c := f()              // ERROR "assignment mismatch: 1 variable but f\(\) returns 2 values"
	i := 2                // ERROR "no new variables on left side of :="
	var b8 byte = 300     // ERROR "cannot use 300 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	undeclared = 5        // ERROR "undefined: undeclared"
	_, _, _, _, _ = s, a, b, c, b8
}
