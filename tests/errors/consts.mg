// Constants: overflow, representability, constant expressions.
package main

const big = 1 << 100

func main() {
	var a int8 = 128      // ERROR "cannot use 128 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var b uint = -1       // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	var c int = big       // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	const d int8 = 100
	e := d * 2            // ERROR "constant 200 overflows int8"
	var f = byte(300)     // ERROR "cannot convert 300 \(untyped int constant\) to type byte"
	_, _, _, _, _ = a, b, c, e, f
}
