// Classic Go gotchas a learner writes down: nil error interfaces, defer argument evaluation,
// named results changed by defer, append aliasing, range copies, method value receivers.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{500}
	}
	return p // non-nil interface holding a nil pointer when !fail
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	x := 10
	defer fmt.Println("deferred x =", x)
	x = 20
	fmt.Println("x now", x)
}

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%v %T\n", err == (*MyErr)(nil), err)
	err = mayFail(true)
	var me *MyErr
	fmt.Println(errors.As(err, &me), me.Code, err)

	fmt.Println(counter())
	deferOrder()

	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(a), cap(b))
	d := a[1:2]
	d = append(d, 99)
	fmt.Println(a, d, cap(d))
	e := a[1:2:2]
	e = append(e, 77)
	fmt.Println(a, e)

	type item struct{ v int }
	items := []item{{1}, {2}, {3}}
	for _, it := range items {
		it.v *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].v *= 10
	}
	fmt.Println(items)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over array copy:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range over slice sees:", v)
		}
	}

	cnt := Counter{}
	val := cnt.Value
	inc := cnt.Inc
	inc()
	inc()
	fmt.Println(cnt.n, val(), cnt.Value())

	m := map[string]*Counter{"a": {}, "b": {n: 5}}
	m["a"].Inc()
	m["b"].Inc()
	fmt.Println(m["a"].n, m["b"].n, m["zz"] == nil)

	temps := []Temp{21.5, -3, 37.77}
	fmt.Println(temps, temps[0])
	fmt.Printf("%v %s %.2f %d\n", temps[1], temps[1], temps[1], []int{1})

	s := "héllo, 世界"
	fmt.Println(len(s), len([]rune(s)), strings.ToUpper(s))
	for i, r := range "aé世" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	bs := []byte(s)
	bs[0] = 'H'
	fmt.Println(string(bs[:6]), s[:2], s[1:3] == "é")
	fmt.Printf("%q %x % x %U\n", s[:3], s[:3], s[:3], '世')
	var x uint8 = 250
	x += 10
	var y int8 = 127
	y++
	fmt.Println(x, y, -7/2, -7%2, 7>>1, -7>>1, 1<<3|1)
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap))
	var iface interface{}
	fmt.Println(iface == nil, iface)
	iface = (*int)(nil)
	fmt.Println(iface == nil)
	type pair struct {
		k string
		v int
	}
	fmt.Printf("%v|%+v|%#v\n", pair{"a", 1}, &pair{"b", 2}, []pair{{"c", 3}})
	fmt.Printf("%v %+v\n", []*int{nil}, struct {
		A []int
		B error
	}{nil, errors.New("boom")})
}
