// Values assigned to interfaces must implement them.
package main

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{}

func (Square) Area() float64 { return 1 }
func (Square) Name() string  { return "sq" }

type Circle struct{}

func (Circle) Area() float64 { return 3 }

type PtrShape struct{}

func (*PtrShape) Area() float64 { return 1 }
func (*PtrShape) Name() string  { return "p" }

type Wrong struct{}

func (Wrong) Area() int     { return 1 }
func (Wrong) Name() string  { return "w" }

type Stringer interface{ String() string }

func describe(s Shape) {}

func shape() Shape {
	return Circle{} // ERROR "cannot use Circle{} \(value of type Circle\) as Shape value in return statement: Circle does not implement Shape \(missing method Name\)"
}

func main() {
	var s Shape = Square{}
	s = Circle{}            // ERROR "cannot use Circle{} \(value of type Circle\) as Shape value in assignment: Circle does not implement Shape \(missing method Name\)"
	s = PtrShape{}          // ERROR "cannot use PtrShape{} \(value of type PtrShape\) as Shape value in assignment: PtrShape does not implement Shape \(method Area has pointer receiver\)"
	s = &PtrShape{}
	s = Wrong{}             // ERROR "cannot use Wrong{} \(value of type Wrong\) as Shape value in assignment: Wrong does not implement Shape \(wrong type for method Area\)"
	describe(Circle{})      // ERROR "cannot use Circle{} \(value of type Circle\) as Shape value in argument to describe: Circle does not implement Shape \(missing method Name\)"
	var st Stringer = s     // ERROR "cannot use s \(variable of type Shape\) as Stringer value in variable declaration: Shape does not implement Stringer \(missing method String\)"
	var x Shape = 42        // ERROR "cannot use 42 \(constant of type int\) as Shape value in variable declaration: int does not implement Shape \(missing method Area\)"
	shapes := []Shape{Square{}, Circle{}} // ERROR "cannot use Circle{} \(value of type Circle\) as Shape value in array or slice literal: Circle does not implement Shape \(missing method Name\)"
	m := map[string]Shape{"a": Circle{}}  // ERROR "cannot use Circle{} \(value of type Circle\) as Shape value in map literal: Circle does not implement Shape \(missing method Name\)"
	_, _, _, _ = st, x, shapes, m
}
