// Built-in functions with wrong arguments.
package main

func main() {
	x := 1
	s := []int{}
	m := map[string]int{}
	_ = len(x)              // ERROR "invalid argument: x \(variable of type int\) for built-in len"
	_ = cap(m)              // ERROR "invalid argument: m \(variable of type map\[string\]int\) for built-in cap"
	_ = append(x, 1)        // ERROR "first argument to append must be a slice; have x \(variable of type int\)"
	_ = append(s, "a")      // ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to append"
	delete(s, 0)            // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	delete(m, 1)            // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	_ = make(int)           // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int)         // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = new(1)              // ERROR "1 is not a type"
	copy(s, "abc")          // ERROR "invalid argument: arguments to copy s \(variable of type \[\]int\) and \"abc\" \(untyped string constant\) have different element types int and byte"
}
