// runtime.Error is the interface { error; RuntimeError() }: values need both methods.
package main

import (
	"errors"
	"runtime"
)

type onlyRT struct{}

func (onlyRT) RuntimeError() {}

func main() {
	var e runtime.Error = errors.New("x") // ERROR "error does not implement runtime.Error \(missing (method )?RuntimeError( method)?\)"
	var f runtime.Error = onlyRT{}        // ERROR "onlyRT does not implement runtime.Error \(missing (method )?Error( method)?\)"
	var g error = e
	_ = e.Foo // ERROR "e.Foo undefined \(type runtime.Error has no (field or )?method Foo\)"
	_, _ = f, g
	var h runtime.Error
	_ = h.(onlyRT) // ERROR "impossible type assertion: h.\(onlyRT\)"
	h.RuntimeError()
	_ = h.Error()
}
