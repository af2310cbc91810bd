// More composite literal errors: missing keys, invalid types, nested literals.
package main

type P struct{ X int }

func main() {
	_ = map[string]int{1}     // ERROR "missing key in map literal"
	_ = map[string]int{1: 1}  // ERROR "cannot use 1 \(untyped int constant\) as string value in map literal"
	_ = int{1}                // ERROR "invalid composite literal type int"
	_ = []P{{X: 1}, {Y: 2}}   // ERROR "unknown field Y in struct literal of type P"
	_ = map[P]string{{X: 1}: "a", {X: "b"}: "c"} // ERROR "cannot use \"b\" \(untyped string constant\) as int value in struct literal"
	_ = []int{-1: 1}          // ERROR "index -1 \(constant of type int\) must not be negative|must be non-negative integer constant"
	_ = [...]int{5: 1, 2: 3}
	_ = []string{"a", 1.5}    // ERROR "cannot use 1.5 \(untyped float constant\) as string value in array or slice literal"
	_ = &P{X: nil}            // ERROR "cannot use nil as int value in struct literal"
}
