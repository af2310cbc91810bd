// Library types as interface values: variables of type io.Writer, fmt.Stringer and
// sort.Interface, and time.Duration/Month values satisfying interfaces made of their methods
// (found through the runtime's method tables at run time), and *strings.Builder,
// *strings.Reader, *bufio.Writer, *bufio.Reader and *bufio.Scanner in interfaces of their methods.
package main

import (
	"bufio"
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

	// Pointers to library structs satisfy interfaces of any of their methods.
	var bw interface {
		WriteByte(c byte) error
		Len() int
		Cap() int
		Grow(n int)
		Reset()
		WriteRune(r rune) (int, error)
	} = &sb
	bw.WriteByte('!')
	bw.WriteRune('é')
	bw.Grow(64)
	fmt.Println(bw.Len(), bw.Cap() >= 64+bw.Len(), sb.String())
	bw.Reset()
	fmt.Println(bw.Len())
	var flusher interface {
		Flush() error
		Buffered() int
		Available() int
		WriteByte(c byte) error
		WriteRune(r rune) (int, error)
	} = bufio.NewWriter(os.Stdout)
	flusher.WriteByte('x')
	flusher.WriteRune('\n')
	fmt.Println(flusher.Buffered(), flusher.Available())
	fmt.Println(flusher.Flush())
	var rs interface {
		ReadString(delim byte) (string, error)
		ReadByte() (byte, error)
		ReadRune() (rune, int, error)
		ReadBytes(delim byte) ([]byte, error)
		ReadLine() ([]byte, bool, error)
	} = bufio.NewReader(strings.NewReader("ab\ncd\nef\ngh"))
	c, _ := rs.ReadByte()
	l, err := rs.ReadString('\n')
	r2, n2, _ := rs.ReadRune()
	bs, _ := rs.ReadBytes('\n')
	line, prefix, _ := rs.ReadLine()
	fmt.Printf("%c %q %v %c %d %q %q %v\n", c, l, err, r2, n2, bs, line, prefix)
	var sr interface {
		Size() int64
		Len() int
		ReadByte() (byte, error)
		ReadRune() (rune, int, error)
	} = strings.NewReader("héllo")
	sr.ReadByte()
	ru, sz, _ := sr.ReadRune()
	fmt.Println(sr.Size(), sr.Len(), string(ru), sz)
	var sc interface {
		Scan() bool
		Text() string
		Bytes() []byte
		Err() error
		Split(bufio.SplitFunc)
		Buffer([]byte, int)
	} = bufio.NewScanner(strings.NewReader("one two  three"))
	sc.Split(bufio.ScanWords)
	sc.Buffer(make([]byte, 4), 64)
	for sc.Scan() {
		fmt.Print(sc.Text(), len(sc.Bytes()), " ")
	}
	fmt.Println(sc.Err())
}
