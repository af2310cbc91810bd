// Switch statements: with a tag, without a tag (boolean cases), several values per case,
// fallthrough, default in any position, an init statement, break inside a switch, and type
// switches with several types per case, case nil, interface cases and the bound variable.
package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func (T) String() string { return "T!" }

type E struct{ msg string }

func (e E) Error() string { return e.msg }

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func day(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	}
	return "invalid"
}

func fall(n int) []string {
	var out []string
	switch n {
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
		fallthrough
	default:
		out = append(out, "default")
	case 3:
		out = append(out, "three")
	}
	return out
}

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice ", len(x))
	case error:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case func() int:
		return fmt.Sprint("func returning ", x())
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, n := range []int{-5, 0, 7, 12} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	fmt.Println(day(0), day(3), day(9))
	for n := 1; n <= 4; n++ {
		fmt.Println(n, fall(n))
	}
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
		if x > 0 {
			break
		}
		fmt.Println("unreached")
	case 20:
		fmt.Println("twenty")
	}
	switch s := "go"; s {
	case "c", "go":
		fmt.Println("compiled")
	default:
		fmt.Println("other")
	}
	calls := 0
	next := func() int { calls++; return calls }
	switch next() {
	case 5:
	case 1:
		fmt.Println("first case evaluated once", calls)
	}
	switch {
	}
	switch x := 3; {
	case x > 2:
		fmt.Println("x>2")
	}
	for _, v := range []interface{}{nil, 3, int64(4), "hey", []int{1, 2}, E{"bad"}, T{}, func() int { return 9 }, true, false, 2.5, struct{}{}} {
		fmt.Println(describe(v))
	}
	var st Stringer
	switch st.(type) {
	case nil:
		fmt.Println("nil Stringer")
	default:
		fmt.Println("not nil")
	}
	var i interface{} = 'x'
	switch i.(type) {
	case rune:
		fmt.Println("rune is int32")
	}
	switch v := i.(type) {
	case int8, uint8:
		fmt.Println("byte-ish", v)
	default:
		fmt.Printf("%T %v\n", v, v)
	}
	type Celsius float64
	var c interface{} = Celsius(3)
	switch c.(type) {
	case float64:
		fmt.Println("float64")
	case Celsius:
		fmt.Println("Celsius")
	}
	// A break out of a switch inside a loop leaves only the switch.
	count := 0
	for k := 0; k < 5; k++ {
		switch {
		case k%2 == 0:
			break
		default:
			count++
		}
	}
	fmt.Println("odd", count)
}
