// bufio over stdin and strings: Scanner with ScanLines, ScanWords, ScanRunes and ScanBytes,
// Bytes/Text, a Scanner whose token is too long (Buffer), Reader's ReadString, ReadBytes,
// ReadRune, ReadByte, ReadLine and Read up to io.EOF, and Writer buffering until Flush.
// stdin: std_bufio.input
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	n := 0
	for in.Scan() {
		n++
		fmt.Printf("line %d: %q (%d bytes)\n", n, in.Text(), len(in.Bytes()))
	}
	fmt.Println("err:", in.Err())

	words := bufio.NewScanner(strings.NewReader("  alpha beta\n\tgamma  δέλτα\n\n"))
	words.Split(bufio.ScanWords)
	var ws []string
	for words.Scan() {
		ws = append(ws, words.Text())
	}
	fmt.Printf("%q %d\n", ws, len(ws))

	runes := bufio.NewScanner(strings.NewReader("añ世\xffz"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%q ", runes.Text())
	}
	fmt.Println()
	bs := bufio.NewScanner(strings.NewReader("ab\n"))
	bs.Split(bufio.ScanBytes)
	for bs.Scan() {
		fmt.Print(bs.Bytes(), " ")
	}
	fmt.Println()
	lines := bufio.NewScanner(strings.NewReader("crlf\r\nline\n\nend\r"))
	for lines.Scan() {
		fmt.Printf("%q ", lines.Text())
	}
	fmt.Println()

	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	long.Buffer(make([]byte, 10), 20)
	for long.Scan() {
		fmt.Println("token", long.Text())
	}
	fmt.Println("long err:", long.Err())

	r := bufio.NewReader(strings.NewReader("one,two\nthree\nfour"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	r2 := bufio.NewReader(strings.NewReader("k=v;rest"))
	b, err := r2.ReadBytes('=')
	fmt.Println(string(b), err)
	c, err := r2.ReadByte()
	fmt.Println(c, err)
	ch, size, err := r2.ReadRune()
	fmt.Println(ch, size, err)
	buf := make([]byte, 3)
	for {
		k, err := r2.Read(buf)
		fmt.Println(k, err, string(buf[:k]))
		if err == io.EOF {
			break
		}
	}
	r3 := bufio.NewReaderSize(strings.NewReader("é世\nline2\r\nlast"), 16)
	ch, size, _ = r3.ReadRune()
	fmt.Println(string(ch), size)
	for {
		line, prefix, err := r3.ReadLine()
		fmt.Printf("%q %v %v\n", line, prefix, err)
		if err != nil {
			break
		}
	}

	w := bufio.NewWriter(os.Stdout)
	fmt.Println("buffered:", w.Buffered(), w.Available())
	w.WriteString("written ")
	w.WriteByte('b')
	w.WriteRune('✓')
	k, err := w.Write([]byte(" bytes\n"))
	fmt.Fprintf(w, "fprintf %d\n", 42)
	fmt.Println("before flush:", k, err, w.Buffered())
	fmt.Println(w.Flush(), w.Buffered())
	w2 := bufio.NewWriterSize(os.Stdout, 16)
	w2.WriteString("longer than sixteen bytes goes straight through\n")
	w2.WriteString("tail\n")
	fmt.Println("unflushed:", w2.Buffered())
	w2.Flush()
}
