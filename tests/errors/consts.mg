// Constants: overflow, representability, constant expressions.
package main

const big = 1 << 100

type Small uint8

func main() {
	var a int8 = 128      // ERROR "cannot use 128 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var b uint = -1       // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	var c int = big       // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	const d int8 = 100
	e := d * 2            // ERROR "d \* 2 \(constant 200 of type int8\) overflows int8|constant 200 overflows int8"
	var f = byte(300)     // ERROR "constant 300 overflows byte|cannot convert 300 \(untyped int constant\) to type byte"
	g := Small(256)       // ERROR "constant 256 overflows Small|cannot convert 256"
	h := uint(-1)         // ERROR "constant -1 overflows uint|cannot convert -1"
	const i = d + 100     // ERROR "d \+ 100 \(constant 200 of type int8\) overflows int8|constant 200 overflows int8"
	j := big              // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in assignment \(overflows\)"
	k := 'a' * "b"        // ERROR "mismatched types untyped rune and untyped string"
	_, _, _, _, _, _, _, _ = a, b, c, e, f, g, h, j
	_, _ = i, k
}
