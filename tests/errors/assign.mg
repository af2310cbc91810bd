// Assignability between types.
package main

type MyInt int
type S struct{ a int }

func main() {
	var i int
	var m MyInt
	var f float64
	var s string
	var p *int
	var sl []int
	var st S
	var e error
	i = m             // ERROR "cannot use m \(variable of type MyInt\) as int value in assignment"
	m = i             // ERROR "cannot use i \(variable of int type int\) as MyInt value in assignment|cannot use i \(variable of type int\) as MyInt value in assignment"
	f = i             // ERROR "cannot use i \(variable of type int\) as float64 value in assignment"
	s = 'x'           // ERROR "cannot use 'x' \(untyped rune constant 120\) as string value in assignment"
	p = &f            // ERROR "cannot use &f \(value of type \*float64\) as \*int value in assignment"
	sl = []string{}   // ERROR "cannot use \[\]string{} \(value of type \[\]string\) as \[\]int value in assignment"
	st = S{}
	st = 1            // ERROR "cannot use 1 \(untyped int constant\) as S value in assignment"
	e = "oops"        // ERROR "cannot use \"oops\" \(constant of type string\) as error value in assignment: string does not implement error \(missing method Error\)"
	i = nil           // ERROR "cannot use nil as int value in assignment"
	sl = nil
	p = nil
	_, _, _, _, _, _, _, _, _ = i, m, f, s, p, sl, st, e, m
}
