// runtime.Error: the panic values of run-time errors (bounds, nil map, nil dereference,
// division, failed assertions, uncomparable ==, channel misuse, slice conversion) implement
// it, ordinary panic values do not; a user type with both methods does too.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type myStruct struct{ x int }

type myErr struct{}

func (myErr) Error() string { return "mine" }

type myRuntimeErr struct{}

func (myRuntimeErr) Error() string { return "my runtime error" }
func (myRuntimeErr) RuntimeError()  {}

var _ runtime.Error = myRuntimeErr{}

func check(name string, f func()) {
	defer func() {
		v := recover()
		re, ok := v.(runtime.Error)
		if ok {
			re.RuntimeError()
			fmt.Printf("%s: runtime.Error %T %q\n", name, re, re.Error())
			var err error = re
			fmt.Println("  as error:", err)
		} else {
			fmt.Printf("%s: not a runtime.Error: %T %v\n", name, v, v)
		}
		switch e := v.(type) {
		case runtime.Error:
			fmt.Println("  type switch: runtime.Error", e)
		case error:
			fmt.Println("  type switch: error", e)
		default:
			fmt.Println("  type switch: other")
		}
	}()
	f()
}

func describe(e runtime.Error) string { return "described: " + e.Error() }

func main() {
	var s []int
	var m map[string]int
	var p *myStruct
	var i interface{} = "str"
	var ch chan int
	zero := 0
	check("index", func() { _ = s[5] })
	check("slice", func() { _ = s[1:zero] })
	check("nil map", func() { m["a"] = 1 })
	check("nil deref", func() { _ = p.x })
	check("divide", func() { _ = 1 / zero })
	check("assert", func() { _ = i.(int) })
	check("uncomparable", func() { var a, b interface{} = []int{}, []int{}; _ = a == b })
	check("close nil", func() { close(ch) })
	check("closed", func() { c := make(chan int); close(c); close(c) })
	check("slice convert", func() { _ = (*[3]int)(s) })
	check("string", func() { panic("boom") })
	check("errors.New", func() { panic(errors.New("plain")) })
	check("myErr", func() { panic(myErr{}) })
	check("myRuntimeErr", func() { panic(myRuntimeErr{}) })
	check("nil", func() { panic(fmt.Sprint(nil)) })
	fmt.Println(describe(myRuntimeErr{}))
	defer func() {
		e := recover().(runtime.Error)
		fmt.Println(describe(e))
	}()
	_ = s[2]
}
