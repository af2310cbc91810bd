// Return statements and missing returns.
package main

func noReturn() int {
	x := 1
	_ = x
} // ERROR "missing return"

func tooMany() {
	return 1 // ERROR "too many return values"
}

func notEnough() (int, string) {
	return 1 // ERROR "not enough return values"
}

func wrongType() int {
	return "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in return statement"
}

func ifElse(b bool) int {
	if b {
		return 1
	} else {
		return 2
	}
}

func loop() int {
	for {
	}
}

func main() {
	noReturn()
	tooMany()
	notEnough()
	wrongType()
	ifElse(true)
	loop()
}
