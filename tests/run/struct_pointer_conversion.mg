// Pointer conversions between struct types with identical underlying types: the converted
// pointer aliases the same variable.
package main

import "fmt"

type A struct{ X, Y int }
type B struct{ X, Y int }
type C A

func main() {
	a := A{1, 2}
	pb := (*B)(&a)
	pb.X = 10
	pc := (*C)(&a)
	pc.Y = 20
	fmt.Println(a, *pb, *pc)
}
