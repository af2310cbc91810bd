// Undefined names and unused declarations.
package main

import (
	"fmt"
	"os" // ERROR "\"os\" imported and not used"
)

func main() {
	fmt.Println(undefinedVar) // ERROR "undefined: undefinedVar"
	x := 1                    // ERROR "declared and not used: x"
	var y int                 // ERROR "declared and not used: y"
	undefinedFunc()           // ERROR "undefined: undefinedFunc"
	fmt.Nope()                // ERROR "fmt.Nope is not supported by minigo|undefined"
	var z T                   // ERROR "undefined: T"
	_ = z
}
