// Named types and aliases: named basic, slice, map and func types with methods, conversions
// between a named type and its underlying type, alias identity (byte = uint8, rune = int32,
// user aliases), %T and %v of named values.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) String() string  { return fmt.Sprintf("%.1f°C", float64(c)) }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Counts map[string]int

func (c Counts) Inc(k string) { c[k]++ }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

var dayNames = [...]string{"Sun", "Mon", "Tue"}

func (d Weekday) String() string { return dayNames[d] }

type MyString string

func (s MyString) Len() int { return len(s) }

// Aliases denote the same type: values move between them without conversion.
type Number = int
type Strs = []string
type Pair = struct{ A, B int }

func takesInt(x int) int { return x * 2 }

func main() {
	c := Celsius(100)
	fmt.Println(c, c.ToF(), float64(c.ToF()))
	fmt.Printf("%v %.2f %T %T\n", c, float64(c), c, c.ToF())
	var l IntList
	l.Push(1)
	l.Push(2)
	l = append(l, 3)
	fmt.Println(l, l.Sum(), len(l), IntList([]int{4, 5}).Sum())
	fmt.Printf("%T %v\n", l, []int(l))
	cs := Counts{}
	cs.Inc("a")
	cs.Inc("a")
	cs.Inc("b")
	fmt.Println(cs["a"], cs["b"], len(cs))
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add.Apply(3, 4), add(1, 1), Op(func(a, b int) int { return a * b }).Apply(6, 7))
	fmt.Println(Monday, Tuesday+0, Weekday(0), int(Tuesday))
	fmt.Printf("%v %d %s %T\n", Monday, Monday, Tuesday, Sunday)
	ms := MyString("héllo")
	fmt.Println(ms.Len(), string(ms)+"!", ms == "héllo", ms+"x")
	fmt.Printf("%T %q\n", ms, ms)

	var n Number = 5
	fmt.Println(takesInt(n), n)
	fmt.Printf("%T\n", n)
	var ss Strs = []string{"x", "y"}
	var plain []string = ss
	fmt.Println(plain, len(ss))
	p := Pair{1, 2}
	var q struct{ A, B int } = p
	fmt.Println(p, q, p == q)
	var by byte = 'A'
	var u8 uint8 = by
	var ru rune = 'Z'
	var i32 int32 = ru
	fmt.Println(by, u8, ru, i32)
	fmt.Printf("%T %T\n", by, ru)

	// Named types are distinct but convertible through their underlying type.
	f := Fahrenheit(c)
	fmt.Println(f, Celsius(f) == c)
	type Local int
	var lc Local = 3
	lc *= 7
	fmt.Println(lc, int(lc)+1)
	fmt.Printf("%T\n", lc)
}
