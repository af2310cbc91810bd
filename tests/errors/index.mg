// Indexing and slicing: index types, constant bounds, non-indexable values.
package main

func main() {
	arr := [3]int{1, 2, 3}
	sl := []int{1}
	m := map[string]int{}
	s := "abc"
	x := 1
	_ = arr[5]        // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = arr[-1]       // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = sl["a"]       // ERROR "cannot convert \"a\" \(untyped string constant\) to type int"
	_ = sl[1.5]       // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = m[1]          // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	_ = x[0]          // ERROR "invalid operation: cannot index x \(variable of type int\)"
	_ = s[10]         // s is a variable: its length is not known
	_ = arr[2:1]      // ERROR "invalid slice indices: 1 < 2"
	_ = x[1:]         // ERROR "cannot slice x \(variable of type int\)"
	_ = m[:]          // ERROR "cannot slice m \(variable of type map\[string\]int\)"
}
