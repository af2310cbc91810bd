// io.Reader and io.Writer implementations of one's own (the Go tour's rot13Reader, a counting
// writer, an upper-casing writer) plugged into bufio, fmt and strings.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode"
)

type rot13Reader struct {
	r io.Reader
}

func rot13(b byte) byte {
	switch {
	case b >= 'a' && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case b >= 'A' && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	for i := 0; i < n; i++ {
		p[i] = rot13(p[i])
	}
	return n, err
}

type countingWriter struct {
	w            io.Writer
	bytes, lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.lines += strings.Count(string(p), "\n")
	return c.w.Write(p)
}

type upperWriter struct{ sb strings.Builder }

func (u *upperWriter) Write(p []byte) (int, error) {
	return u.sb.WriteString(strings.ToUpper(string(p)))
}

// A reader that yields its data a few bytes at a time, then fails.
type flakyReader struct {
	data  string
	pos   int
	chunk int
}

var errFlaky = errors.New("flaky: connection reset")

func (f *flakyReader) Read(p []byte) (int, error) {
	if f.pos >= len(f.data) {
		return 0, errFlaky
	}
	n := copy(p[:min(len(p), f.chunk)], f.data[f.pos:])
	f.pos += n
	return n, nil
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

type Stamp time.Duration

func (s Stamp) String() string { return "t+" + time.Duration(s).String() }

func main() {
	s := strings.NewReader("Lbh penpxrq gur pbqr!\nUryyb, Tbcure.\n")
	r := rot13Reader{s}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}

	cw := &countingWriter{w: os.Stdout}
	fmt.Fprintf(cw, "%s has %d items\n", "cart", 3)
	fmt.Fprintln(cw, "second line", Stamp(1500*time.Millisecond))
	fmt.Fprint(cw, "no newline", 42, "\n")
	fmt.Println("counted:", cw.bytes, "bytes", cw.lines, "lines")

	var uw upperWriter
	w := bufio.NewWriter(&uw)
	fmt.Fprintf(w, "hello %v ", []string{"a", "b"})
	w.WriteString("world")
	w.WriteRune('é')
	fmt.Println(uw.sb.Len())
	w.Flush()
	fmt.Println(uw.sb.String())

	fr := &flakyReader{data: "alpha beta\ngamma delta\nepsilon", chunk: 4}
	words := bufio.NewScanner(fr)
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
		fmt.Print(words.Text(), "|")
	}
	fmt.Println()
	fmt.Println(n, words.Err(), errors.Is(words.Err(), errFlaky))

	br := bufio.NewReader(strings.NewReader("héllo wörld"))
	for {
		r, size, err := br.ReadRune()
		if err == io.EOF {
			break
		}
		if unicode.IsUpper(unicode.ToUpper(r)) && size > 1 {
			fmt.Printf("%c(%d) ", r, size)
		}
	}
	fmt.Println()
	var sb strings.Builder
	io.Writer(&sb).Write([]byte("via interface"))
	fmt.Println(sb.String())
}
