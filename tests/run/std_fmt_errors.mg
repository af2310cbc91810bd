// fmt's error forms and method calls: bad verbs (%!d(string=hi)), missing and extra operands
// (%!s(MISSING), %!(EXTRA int=3, string=x)), bad widths and indexes, %! and a trailing %,
// explicit argument indexes (%[2]d), error and Stringer values (Error/String called, also
// inside slices, maps and struct fields, and for pointer receivers), a String method that
// panics, a nil pointer receiver, GoStringer for %#v, and Errorf's %w.
package main

import (
	"errors"
	"fmt"
)

type S struct{ n int }

func (s S) String() string { return fmt.Sprintf("S<%d>", s.n) }

type PS struct{ n int }

func (p *PS) String() string {
	if p == nil {
		return "nil PS"
	}
	return fmt.Sprintf("PS<%d>", p.n)
}

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.code) }

type Both struct{}

func (Both) Error() string  { return "error wins" }
func (Both) String() string { return "string loses" }

type Boom struct{}

func (Boom) String() string { panic("boom") }

type G struct{ v int }

func (g G) GoString() string { return fmt.Sprintf("G(%d)", g.v) }

type Wrapper struct {
	Inner S
	Ptr   *PS
	Err   error
	hid   S
}

type Num int

func (n Num) String() string { return fmt.Sprintf("Num(%d)", int(n)) }

func main() {
	fmt.Printf("%d|%s|%t|%x\n", "hi", 3, "t", true)
	fmt.Printf("%z %!|%Z\n", 1, 2)
	fmt.Printf("%s %d\n", "only")
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%d %d\n", 1, 2, 3.5, nil, []int{1})
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]d %[0]d %[x]d\n", 1, 2)
	fmt.Printf("%[2]*[1]d|%-[1]*d\n", 7, 4)
	fmt.Printf("%.[2]d %[1]q\n", 5, 3)
	fmt.Printf("%!\n")
	fmt.Printf("%.-3d %3.-d\n", 4, 5)
	fmt.Printf("%v %v\n", nil)
	fmt.Printf("%c|%U|%e|%s\n", "str", 1.5, "x", 1.5)
	fmt.Printf("%d %s\n", []string{"a"}, []int{1})
	fmt.Printf("%s %v %d\n", struct{ A string }{"x"}, map[string]bool{"k": true}, map[string]string{"k": "v"})

	values := []any{S{1}, &PS{2}, PS{3}, (*PS)(nil), E{4}, &E{5}, Both{}, Boom{}, G{6}, &G{7}, Num(8), []S{{1}, {2}}, map[S]int{{2}: 1, {1}: 2},
		[]error{E{1}, nil}, Wrapper{S{1}, nil, E{3}, S{4}}, Wrapper{}, []Num{1, 2}, errors.New("plain")}
	formats := []string{"%v", "%+v", "%#v", "%s", "%d", "%q", "%x", "%10v|", "%T"}
	n := 24
	for _, f := range formats {
		for _, v := range values {
			fmt.Printf("%-6s ["+f+"]\n", f, v)
			n++
		}
	}
	fmt.Println(S{1}, &PS{2}, E{3}, Both{}, Boom{}, Num(4), (*PS)(nil))
	w := Wrapper{Ptr: &PS{2}}
	fmt.Printf("%v %+v %s\n", w, w, w)
	fmt.Print(S{1}, E{2}, "\n")
	err := fmt.Errorf("ctx %d: %w", 1, E{9})
	fmt.Println(err, errors.Unwrap(err) == E{9}, errors.Is(err, E{9}))
	fmt.Println(fmt.Errorf("%w and %v", E{1}, E{2}), fmt.Errorf("%s|%v|%d", E{1}, S{2}, E{3}))
	var nilErr error
	fmt.Println(fmt.Errorf("wrap nil: %w", nilErr), nilErr)
	fmt.Printf("%v %s %d\n", nilErr, nilErr, nilErr)
	n += 15
	fmt.Println("combinations:", n)
}
