// futures shows futures (promises) built from channels: starting a computation
// returns at once with a handle, the work runs in a goroutine, and Get blocks
// until the value is ready. Several futures run concurrently; a future can be
// read many times because its goroutine closes a channel after storing the value.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

type Future struct {
	done chan struct{}
	val  float64
	err  error
}

// Start runs f in a new goroutine.
func Start(f func() (float64, error)) *Future {
	fut := &Future{done: make(chan struct{})}
	go func() {
		defer close(fut.done) // publishes val and err to every Get
		fut.val, fut.err = f()
	}()
	return fut
}

func (f *Future) Get() (float64, error) {
	<-f.done
	return f.val, f.err
}

// Then chains a computation on the result of f, also without blocking the caller.
func (f *Future) Then(g func(float64) (float64, error)) *Future {
	return Start(func() (float64, error) {
		v, err := f.Get()
		if err != nil {
			return 0, err
		}
		return g(v)
	})
}

func sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, errors.New("sqrt of negative number " + strconv.FormatFloat(x, 'g', -1, 64))
	}
	return math.Sqrt(x), nil
}

func main() {
	inputs := []float64{16, 2, -9, 1e6}
	futures := make([]*Future, len(inputs))
	for i, x := range inputs {
		futures[i] = Start(func(x float64) func() (float64, error) {
			return func() (float64, error) { return sqrt(x) }
		}(x))
	}
	for i, f := range futures {
		v, err := f.Get()
		if err != nil {
			fmt.Printf("sqrt(%g): error: %v\n", inputs[i], err)
			continue
		}
		fmt.Printf("sqrt(%g) = %.6f\n", inputs[i], v)
	}

	// Reading again does not block and gives the same answer.
	v, _ := futures[0].Get()
	fmt.Println("again:", v)

	// A chain: hypotenuse of a 3-4 triangle, then its double.
	hyp := Start(func() (float64, error) { return 3*3 + 4*4, nil }).Then(sqrt)
	doubled := hyp.Then(func(h float64) (float64, error) { return 2 * h, nil })
	d, err := doubled.Get()
	fmt.Println("chain:", d, err)

	// Errors flow through a chain too.
	bad := Start(func() (float64, error) { return -1, nil }).Then(sqrt).Then(sqrt)
	_, err = bad.Get()
	fmt.Println("chain error:", err)
	fmt.Printf("pi to 5 places: %.5f, max int32: %d\n", math.Pi, math.MaxInt32)
}
