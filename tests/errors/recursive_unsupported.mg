// Named slice, map, chan, func and pointer types that contain themselves (not through a
// struct type) are valid Go that minigo cannot lower to C++: each is reported as unsupported.
// go: skip valid Go: self-containing non-struct types are a minigo restriction
package main

type List []List             // ERROR "the recursive type List \(it refers to itself other than through a struct\) is not supported by minigo"
type Dict map[string]Dict    // ERROR "the recursive type Dict .* is not supported by minigo"
type Chan chan Chan          // ERROR "the recursive type Chan .* is not supported by minigo"
type State func(n int) State // ERROR "the recursive type State .* is not supported by minigo"
type P *P                    // ERROR "the recursive type P .* is not supported by minigo"
type A []B                   // ERROR "the recursive type A .* is not supported by minigo"
type B []A
type Anon []struct{ next Anon } // ERROR "the recursive type Anon .* is not supported by minigo"

// Through a struct type the same shapes work.
type Tree struct{ Kids []Tree }
type Fn struct{ F func() Fn }

func main() {}
