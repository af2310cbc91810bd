// Undefined names: variables, functions, types, fields, methods and package members.
package main

import (
	"fmt"
	"os" // ERROR "\"os\" imported and not used"
)

type T struct{ field int }

func (T) Method() {}

func main() {
	fmt.Println(undefinedVar) // ERROR "undefined: undefinedVar"
	undefinedFunc()           // ERROR "undefined: undefinedFunc"
	fmt.Nope()                // ERROR "undefined: fmt.Nope|fmt.Nope is not supported by minigo"
	var z Undef               // ERROR "undefined: Undef"
	var t T
	t.Field = 1               // ERROR "t.Field undefined \(type T has no field or method Field, but does have field field\)"
	t.method()                // ERROR "t.method undefined \(type T has no field or method method, but does have method Method\)"
	_ = T.Nope                // ERROR "T.Nope undefined \(type T has no field or method Nope\)"
	_ = fmt.println           // ERROR "undefined: fmt.println"
	for i := 0; i < 2; i++ {
	}
	_ = i                     // ERROR "undefined: i"
	_ = z
}
