// Embedding and method sets: promoted methods make an outer struct satisfy interfaces (value
// methods of an embedded T, all methods of an embedded *T), an outer method overriding a
// promoted one, an embedded interface field (delegation), multi-level promotion, and
// promoted fields assigned through the outer value.
package main

import "fmt"

type Speaker interface{ Speak() string }

type Mover interface {
	Move(int)
	Pos() int
}

type Base struct{ pos int }

func (b *Base) Move(d int)      { b.pos += d }
func (b Base) Pos() int         { return b.pos }
func (b Base) Speak() string    { return "base" }
func (b Base) Describe() string { return fmt.Sprint("at ", b.pos) }

type Robot struct {
	Base
	Model string
}

func (r Robot) Speak() string { return "beep " + r.Model } // overrides Base.Speak

type Car struct {
	*Base
	Wheels int
}

type Logger interface{ Log(string) string }

type prefixLogger struct{ prefix string }

func (p prefixLogger) Log(s string) string { return p.prefix + s }

// Service delegates Log to whatever Logger it embeds.
type Service struct {
	Logger
	name string
}

type Level1 struct{ Level2 }
type Level2 struct{ Level3 }
type Level3 struct{ Deep int }

func (l Level3) Hello() string { return fmt.Sprint("deep ", l.Deep) }

func moveTwice(m Mover) int {
	m.Move(1)
	m.Move(2)
	return m.Pos()
}

func main() {
	r := Robot{Base{0}, "R2"}
	var s Speaker = r
	fmt.Println(s.Speak(), r.Base.Speak(), r.Describe())
	fmt.Println(moveTwice(&r), r.pos) // *Robot has Move through Base
	r.pos = 10
	fmt.Println(r.Pos(), r.Base.pos)

	c := Car{&Base{5}, 4}
	fmt.Println(moveTwice(c), c.Pos()) // Car (a value) has Move through *Base
	var sp Speaker = c
	fmt.Println(sp.Speak())

	svc := Service{prefixLogger{"[svc] "}, "api"}
	fmt.Println(svc.Log("started"), svc.name)
	var l Logger = svc
	fmt.Println(l.Log("via interface"))

	var deep Level1
	deep.Deep = 7
	fmt.Println(deep.Hello(), deep.Level2.Level3.Deep)
	type helloer interface{ Hello() string }
	var h helloer = deep
	fmt.Println(h.Hello())

	things := []Speaker{r, c, Base{}, &r}
	for _, t := range things {
		fmt.Print(t.Speak(), "; ")
	}
	fmt.Println()
	fmt.Printf("%+v\n", r)
	_, isMover := interface{}(r).(Mover)
	_, ptrIsMover := interface{}(&r).(Mover)
	fmt.Println(isMover, ptrIsMover)
}
