// Expressions evaluated only for their value must be used.
package main

func f() int { return 1 }

func main() {
	x := 1
	s := []int{1}
	m := map[string]int{}
	x         // ERROR "x \(variable of type int\) is not used"
	1 + 2     // ERROR "1 \+ 2 \(untyped int constant 3\) is not used"
	x == 1    // ERROR "x == 1 \(untyped bool value\) is not used"
	s[0]      // ERROR "s\[0\] \(variable of type int\) is not used"
	m["a"]    // ERROR "m\[\"a\"\] \(map index expression of type int\) is not used"
	len(s)    // ERROR "len\(s\) \(value of type int\) is not used"
	f         // ERROR "f \(value of type func\(\) int\) is not used"
	-x        // ERROR "-x \(value of type int\) is not used"
	"str"     // ERROR "\"str\" \(untyped string constant\) is not used"
	func() {} // ERROR "func\(\) {} \(value of type func\(\)\) is not used|is not used"
}
