// recover() stops a panic only when called directly by the deferred function: not from a
// function the deferred function calls, not as `defer recover()` itself; it does when the
// deferred function is a method called through an interface or a function value.
package main

import "fmt"

type Cleaner interface{ Clean() }
type C struct{}

func (C) Clean() { fmt.Println("Clean recovered:", recover()) }

func helper() interface{} { return recover() }

func direct() { fmt.Println("direct recovered:", recover()) }

func notDirect() (r interface{}) {
	defer func() {
		r = helper() // not called directly by the deferred function: nil
		fmt.Println("second:", recover())
	}()
	panic("x")
}

func viaIface() {
	var c Cleaner = C{}
	defer c.Clean()
	panic("y")
}

func viaValue() {
	f := direct
	defer f()
	panic("z")
}

func deferRecoverItself() (s string) {
	defer func() {
		s = fmt.Sprint("outer got ", recover())
	}()
	defer recover() // recover is the deferred function: it does not stop the panic
	panic("w")
}

func main() {
	fmt.Println(notDirect())
	func() {
		defer direct()
		panic("d")
	}()
	viaIface()
	viaValue()
	fmt.Println(deferRecoverItself())
	fmt.Println(helper())
}
