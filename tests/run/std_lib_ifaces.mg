// Library types as interface values: variables of type io.Writer, fmt.Stringer and
// sort.Interface, and time.Duration/Month values satisfying interfaces made of their methods
// (found through the runtime's method tables at run time).
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

type hourer interface{ Hours() float64 }

type rev []int

func (r rev) Len() int           { return len(r) }
func (r rev) Less(i, j int) bool { return r[i] > r[j] }
func (r rev) Swap(i, j int)      { r[i], r[j] = r[j], r[i] }

func main() {
	var w io.Writer = os.Stdout
	fmt.Fprintln(w, "to stdout through io.Writer")
	var sb strings.Builder
	w = &sb
	fmt.Fprintf(w, "%d-%s", 7, "x")
	fmt.Println(sb.String())
	var s fmt.Stringer = 1500 * time.Millisecond
	fmt.Println(s, s.String())
	s = time.April
	fmt.Println(s)
	var si sort.Interface = rev{3, 1, 2}
	sort.Sort(si)
	fmt.Println(si, si.Len())
	var h hourer = 90 * time.Minute
	fmt.Println(h.Hours())
	var b any = 2*time.Second + 300*time.Millisecond
	if r, ok := b.(interface{ Round(time.Duration) time.Duration }); ok {
		fmt.Println(r.Round(time.Second))
	}
	if m, ok := b.(interface{ Milliseconds() int64 }); ok {
		fmt.Println(m.Milliseconds())
	}
	_, ok := b.(io.Writer)
	fmt.Println(ok)
}
