// Converting an interface value to another interface type (error to any, a Stringer to any)
// evaluates the operand once: the calls below have side effects that count.
package main

import (
	"errors"
	"fmt"
)

var calls int

type named interface{ Name() string }

type dog struct{}

func (dog) Name() string { return "dog" }

func failing() error {
	calls++
	return errors.New("failure")
}

func pet() named {
	calls++
	return dog{}
}

func main() {
	fmt.Println(failing(), calls)
	fmt.Println(pet(), calls)
	var x any = failing()
	fmt.Println(x, calls)
	xs := []any{failing(), pet()}
	fmt.Println(len(xs), calls)
}
