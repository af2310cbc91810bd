// select: default when nothing is ready, choosing among ready cases, send cases, receive with
// v, ok from closed channels, nil channels never ready (disabling a case), a loop merging two
// channels until both are closed, and select {} never reached.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("nothing ready")
	}
	select {
	case ch <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case ch <- 2:
		fmt.Println("sent again")
	default:
		fmt.Println("full")
	}
	select {
	case v, ok := <-ch:
		fmt.Println("got", v, ok)
	}
	close(ch)
	select {
	case v, ok := <-ch:
		fmt.Println("closed:", v, ok)
	default:
		fmt.Println("closed channels are always ready")
	}

	var nilc chan int
	select {
	case <-nilc:
		fmt.Println("never")
	case nilc <- 1:
		fmt.Println("never")
	default:
		fmt.Println("nil channels are never ready")
	}

	a, b := make(chan int), make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for _, s := range []string{"x", "y"} {
			b <- s
		}
		close(b)
	}()
	sum, strs := 0, ""
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
		case s, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			strs += s
		}
	}
	fmt.Println(sum, len(strs))

	// Both cases ready: each is chosen sometimes.
	c1, c2 := make(chan int, 100), make(chan int, 100)
	for i := 0; i < 100; i++ {
		c1 <- 1
		c2 <- 2
	}
	n1, n2 := 0, 0
	for i := 0; i < 100; i++ {
		select {
		case <-c1:
			n1++
		case <-c2:
			n2++
		}
	}
	fmt.Println(n1 > 10, n2 > 10, n1+n2)

	quit := make(chan bool)
	data := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i
		}
		quit <- true
	}()
	for {
		select {
		case d := <-data:
			fmt.Print("data", d, " ")
			continue
		case <-quit:
			fmt.Println("quit")
		}
		break
	}
	var received int
	out := make(chan int, 1)
	select {
	case out <- 42:
	}
	select {
	case received = <-out:
	}
	fmt.Println(received)
	if false {
		select {}
	}
}
