// Unused variables, imports and results.
package main

import (
	"fmt"
	pkgos "os" // ERROR "\"os\" imported as pkgos and not used"
)

func values() (int, int) { return 1, 2 }

func main() {
	a := 1 // ERROR "declared and not used: a"
	var b int // ERROR "declared and not used: b"
	c := 2 // ERROR "declared and not used: c"
	c = 3
	d, e := values() // ERROR "declared and not used: d"
	_ = e
	if f := 1; true { // ERROR "declared and not used: f"
	}
	for g := 0; ; { // ERROR "declared and not used: g"
		break
	}
	var h any = 1
	switch v := h.(type) { // ERROR "declared and not used: v"
	case int:
	}
	func() {
		k := 1 // ERROR "declared and not used: k"
	}()
	fmt.Println()
}
