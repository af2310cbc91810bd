// A type assertion between named types with the same underlying type still fails.
// exit: 2
// stderr: ^panic: interface conversion: interface \{\} is main.Celsius, not float64\n
package main

type Celsius float64

func main() {
	var v interface{} = Celsius(1)
	_ = v.(float64)
}
