// defer: LIFO order at function exit, arguments evaluated at the defer statement, deferred
// closures seeing later changes, deferred calls modifying named results, defers in loops,
// defers running while a panic unwinds, recover stopping a panic (and returning the panic
// value), recover returning nil when not panicking, re-panics
// caught by an outer frame, and runtime errors recovered as error values.
package main

import (
	"fmt"
	"os"
)

type T struct{ name string }

func (t T) Close() { fmt.Println("close", t.name) }

func lifo() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func argsNow() {
	x := 1
	defer fmt.Println("arg x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
}

func named() (result int) {
	defer func() { result *= 10 }()
	return 4
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func panicky(v interface{}) (got interface{}) {
	defer func() {
		got = recover()
	}()
	panic(v)
}

func nested() {
	defer fmt.Println("nested: outer defer runs")
	defer func() {
		r := recover()
		fmt.Println("nested: recovered", r)
	}()
	defer fmt.Println("nested: first defer runs during panic")
	panic("nested panic")
}

func repanic() {
	defer func() {
		r := recover()
		fmt.Println("repanic: outer got", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	}()
}

func methodDefer() {
	t := T{"file"}
	defer t.Close()
	t.name = "changed"
	fmt.Println("using", t.name)
}

type Err struct{ Code int }

func (e Err) Error() string { return fmt.Sprint("err ", e.Code) }

func main() {
	lifo()
	argsNow()
	fmt.Println(named())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(panicky("boom"), panicky(42), panicky(Err{3}))
	nested()
	repanic()
	fmt.Println("recover outside panic:", recover())
	methodDefer()
	func() {
		defer func() {
			r := recover()
			if e, ok := r.(error); ok {
				fmt.Println("runtime error as error:", e.Error())
			}
		}()
		var a []int
		_ = a[3]
	}()
	func() {
		defer func() {
			fmt.Println("recovered", recover())
		}()
		var m map[string]int
		m["a"] = 1
	}()
	func() {
		defer func() {
			e := recover().(error)
			fmt.Println(e)
		}()
		var i interface{} = "s"
		_ = i.(int)
	}()
	v := func() (n int) {
		defer func() {
			recover()
			n = -1
		}()
		var p *T
		fmt.Println(p.name)
		return 5
	}()
	fmt.Println("after nil deref", v)
	defer fmt.Println("main's defer runs before exit")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("main recovered", r)
			os.Exit(0)
		}
	}()
	panic("end")
}
