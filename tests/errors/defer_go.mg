// defer and go: the call is type-checked, and some calls may not be deferred.
package main

func f() int { return 1 }

type T struct{}

func (T) M() {}

func main() {
	var t T
	defer len("s")   // ERROR "defer discards result of len\(\"s\"\) \(constant 1 of type int\)"
	go int(1)        // ERROR "go requires function call, not conversion int\(1\) \(constant 1 of type int\)"
	defer cap([]int{}) // ERROR "defer discards result of cap\(\[\]int{}\) \(value of type int\)"
	go append([]int{}, 1) // ERROR "go discards result of append\(\[\]int{}, 1\) \(value of type \[\]int\)"
	defer T.M()      // ERROR "not enough arguments in call to T.M"
	go t.M(1)        // ERROR "too many arguments in call to t.M"
	defer undefinedF() // ERROR "undefined: undefinedF"
	defer t.N()      // ERROR "t.N undefined \(type T has no field or method N\)"
	go f(1)          // ERROR "too many arguments in call to f"
	defer t.M()
	go T.M(t)
	defer f()
	go f()
	defer recover()
	defer panic(1)
}
