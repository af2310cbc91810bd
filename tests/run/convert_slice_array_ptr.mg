// Conversions from a slice to an array pointer (Go 1.17): the pointer shares the slice's
// elements, a nil slice gives a nil *[0]T, an empty non-nil one a non-nil pointer, and a slice
// shorter than the array panics with a runtime.Error. The last conversion is not recovered.
// exit: 2
// stderr: panic: runtime error: cannot convert slice with length 4 to pointer to array with length 8
package main

import "fmt"

type Int4 [4]int
type PInt4 *[4]int

var (
	global = []string{"a", "b", "c"}
	g2     = (*[2]string)(global)
)

func tryConvert(s []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	p := (*[3]byte)(s)
	p[2] = 'z'
	return nil
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s[1:])
	p[0] = 20
	fmt.Println(s, *p, len(p), &p[2] == &s[3])
	for i, v := range p {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()

	var n []byte
	fmt.Println((*[0]byte)(n) == nil, (*[0]byte)(make([]byte, 0)) == nil, (*[0]byte)([]byte{}) == nil)

	ii := make([]int, 4)
	q := (*Int4)(ii)
	q[3] = 7
	r := PInt4(ii)
	r[0] = 9
	fmt.Println(ii, *q)

	g2[1] = "B"
	fmt.Println(global, *g2)

	b := []byte("xy")
	fmt.Println(tryConvert(b), string(b))
	b = append(b, 'w')
	fmt.Println(tryConvert(b), string(b))
	fmt.Println(tryConvert(nil))

	short := make([]int, 4, 100)
	_ = (*[8]int)(short)
	fmt.Println("not reached")
}
