// Closures capture variables by reference: shared between several closures, between a
// closure and its enclosing function after the closure returns, captured by goroutines
// (synchronised by channels), captured parameters and named results, nested closures, and
// closures over struct values, arrays and slices (mutations visible both ways).
package main

import "fmt"

type state struct{ n int }

func makePair() (get func() int, inc func()) {
	x := 0
	get = func() int { return x }
	inc = func() { x++ }
	return
}

func paramCapture(n int) func() int {
	return func() int { n *= 2; return n }
}

func namedResult() (r int) {
	set := func(v int) { r = v }
	set(41)
	r++
	return
}

func nested() func() func() int {
	a := 1
	return func() func() int {
		b := 10
		return func() int {
			a++
			b++
			return a*100 + b
		}
	}
}

func main() {
	get, inc := makePair()
	inc()
	inc()
	fmt.Println(get())

	double := paramCapture(3)
	fmt.Println(double(), double())
	fmt.Println(namedResult())

	mk := nested()
	f1 := mk()
	f2 := mk()
	fmt.Println(f1(), f1(), f2())

	st := state{1}
	bump := func() { st.n += 10 }
	bump()
	st.n++
	fmt.Println(st.n)
	arr := [3]int{1, 2, 3}
	setArr := func(i, v int) { arr[i] = v }
	setArr(0, 100)
	fmt.Println(arr)
	sl := []int{1, 2}
	grow := func() { sl = append(sl, len(sl)+1) }
	grow()
	grow()
	fmt.Println(sl)

	// Goroutines share captured variables; channels order the accesses.
	total := 0
	done := make(chan bool)
	for i := 1; i <= 10; i++ {
		v := i
		go func() {
			done <- v%2 == 0
		}()
	}
	for i := 0; i < 10; i++ {
		if <-done {
			total++
		}
	}
	fmt.Println("even", total)
	counter := 0
	sem := make(chan bool, 1)
	finished := make(chan bool)
	for w := 0; w < 5; w++ {
		go func() {
			for k := 0; k < 100; k++ {
				sem <- true
				counter++
				<-sem
			}
			finished <- true
		}()
	}
	for w := 0; w < 5; w++ {
		<-finished
	}
	fmt.Println("counter", counter)

	var fns [3]func() int
	for i := range fns {
		j := i * i
		fns[i] = func() int { return j }
	}
	fmt.Println(fns[0](), fns[1](), fns[2]())
	acc := func() func(int) int {
		sum := 0
		return func(x int) int { sum += x; return sum }
	}()
	acc(5)
	fmt.Println(acc(10))
	msg := "before"
	defer func() { fmt.Println("deferred sees", msg) }()
	msg = "after"
}
