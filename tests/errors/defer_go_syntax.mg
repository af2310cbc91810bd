// defer and go need a function call; minigo's parser checks this, so it gets its own file.
package main

func f() int { return 1 }

type T struct{}

func (T) M() {}

func main() {
	x := 1
	defer x      // ERROR "expression in defer must be function call"
	go x         // ERROR "expression in go must be function call"
	defer f      // ERROR "expression in defer must be function call"
	go func() {} // ERROR "expression in go must be function call"
	defer (f())  // ERROR "expression in defer must not be parenthesized"
	defer T.M    // ERROR "expression in defer must be function call"
}
