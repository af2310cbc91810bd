// Types that contain themselves by value are invalid; a struct type may refer to itself
// through a pointer, slice or map (recursive_unsupported.mg has the non-struct cases).
package main

type T struct{ a T } // ERROR "invalid recursive type T"
type A struct{ b B } // ERROR "invalid recursive type A"
type B struct{ a A }
type Arr [2]Arr // ERROR "invalid recursive type Arr"
type S struct {
	next *S
	kids []S
	m    map[string]S
}

func main() {}
