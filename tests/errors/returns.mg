// Return statements: counts, types and missing returns.
package main

func noReturn() int {
	x := 1
	_ = x
} // ERROR "missing return"

func tooMany() {
	return 1 // ERROR "too many return values"
}

func notEnough() (int, string) {
	return 1 // ERROR "not enough return values\n\thave \(number\)\n\twant \(int, string\)|not enough return values"
}

func wrongType() int {
	return "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in return statement"
}

func bareReturn() int {
	return // ERROR "not enough return values"
}

func pair() (int, int) { return 1, 2 }

func forwardWrong() int {
	return pair() // ERROR "too many return values"
}

func ifNoElse(b bool) int {
	if b {
		return 1
	}
} // ERROR "missing return"

func loopWithBreak() int {
	for {
		break
	}
} // ERROR "missing return"

func switchNoDefault(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

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

func panics() int {
	panic("x")
}

func switchDefault(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 2
	}
}

func selectForever() int {
	select {}
}

func main() {
	noReturn()
	tooMany()
	notEnough()
	wrongType()
	bareReturn()
	forwardWrong()
	ifNoElse(true)
	loopWithBreak()
	switchNoDefault(1)
	ifElse(true)
	loop()
	panics()
	switchDefault(1)
	selectForever()
}
