// shapes.mg: interfaces, methods, type switches, constants with iota, every
// numeric literal form, runes and raw strings; editor test sample (gofmt-formatted).
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Kind int

const (
	Circle Kind = iota
	Square
	Triangle
)

const (
	maxSides    = 0x_FF
	mask        = 0b1010_1010
	perm        = 0o755
	oldPerm     = 0644
	avogadro    = 6.022_140_76e23
	half        = .5
	tiny        = 1e-9
	hexFloat    = 0x1.8p1
	million     = 1_000_000
	rotation    = 2.5i
	newline     = '\n'
	quote       = '\''
	unicodeRune = '\u00e9'
	letter      = 'x'
)

var ErrEmpty = errors.New("empty shape list")

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct {
	W, H float64
}

type Tri struct {
	Base   float64
	Height float64
	label  string
}

func (r Rect) Area() float64 { return r.W * r.H }

func (r Rect) Name() string { return "rect" }

func (t *Tri) Area() float64 {
	return t.Base * t.Height / 2
}

func (t *Tri) Name() string {
	if t.label == "" {
		return "tri"
	}
	return t.label
}

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case int, int64:
		return fmt.Sprintf("integer %d", x)
	case string:
		return "text " + strings.ToUpper(x)
	case Shape:
		return fmt.Sprintf("%s with area %.2f", x.Name(), x.Area())
	default:
		return fmt.Sprintf("%T", x)
	}
}

func total(shapes ...Shape) (sum float64, err error) {
	if len(shapes) == 0 {
		return 0, ErrEmpty
	}
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum, nil
}

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0 &&
		n > 100:
		return "big even"
	}
	return "positive"
}

const banner = `shapes {v1}
	"quoted" \n stays raw: %d
`

func main() {
	shapes := []Shape{Rect{W: 3, H: 4}, &Tri{Base: 6, Height: 2, label: "wedge"}}
	sum, err := total(shapes...)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Print(banner)
	fmt.Printf("total area %.1f\n", sum)
	for _, v := range []interface{}{42, "go", shapes[0], 3.5, nil} {
		fmt.Println(describe(v))
	}
	var grid [3][3]rune
	for i := range grid {
		for j := 0; j < len(grid[i]); j++ {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = letter
	fmt.Println(classify(-3), classify(0), classify(102), string(grid[1][:]))
	fmt.Println(maxSides, mask, perm, oldPerm, avogadro, half, tiny, hexFloat, million, rotation)
	fmt.Printf("%c%c%c %08.3f %+v %x\n", newline, quote, unicodeRune, 3.14159, Rect{1, 2}, 255)
}
