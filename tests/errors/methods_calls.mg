// Calling methods on values of the wrong type.
package main

type T struct{}

func (t *T) PtrMethod() {}
func (t T) ValMethod()  {}

type W struct{ T }

func getT() T { return T{} }

func main() {
	var t T
	var i int
	t.PtrMethod()
	T{}.PtrMethod()  // ERROR "cannot call pointer method PtrMethod on T"
	getT().PtrMethod() // ERROR "cannot call pointer method PtrMethod on T"
	i.ValMethod()    // ERROR "i.ValMethod undefined \(type int has no field or method ValMethod\)"
	t.valMethod()    // ERROR "t.valMethod undefined \(type T has no field or method valMethod, but does have method ValMethod\)"
	t.Field = 1      // ERROR "t.Field undefined \(type T has no field or method Field\)"
	var w W
	w.ValMethod()
	w.Missing()      // ERROR "w.Missing undefined \(type W has no field or method Missing\)"
	var p *T
	p.ValMethod()
	pp := &p
	pp.ValMethod()   // ERROR "pp.ValMethod undefined \(type \*\*T has no field or method ValMethod\)"
	_ = T.ValMethod
	_ = T.PtrMethod  // ERROR "invalid method expression T.PtrMethod \(needs pointer receiver \(\*T\).PtrMethod\)"
}
