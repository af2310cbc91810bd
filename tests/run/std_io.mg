// I/O and formatting through library types: bufio.Scanner over os.Stdin, a user io.Writer
// given to fmt.Fprintf, Stringer values, strings.Replacer/Reader, strconv errors, math/rand,
// os.ReadFile/WriteFile and their errors, bufio.Reader.
// stdin: std_io.input
package main

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"
)

type upperWriter struct{ n int }

func (u *upperWriter) Write(p []byte) (int, error) {
	u.n += len(p)
	os.Stdout.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°C" }

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	words := 0
	for sc.Scan() {
		lines++
		words += len(strings.Fields(sc.Text()))
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("lines", lines, "words", words)
	uw := &upperWriter{}
	fmt.Fprintf(uw, "hello %s %d\n", "world", 7)
	fmt.Println(uw.n)
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abcab"))
	_, err := strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(err)
	v, err := strconv.ParseBool("maybe")
	fmt.Println(v, err)
	fmt.Println(strconv.Quote("hi\n"), strconv.FormatInt(255, 16), strconv.FormatFloat(1.5, 'e', 3, 64))
	rng := rand.New(rand.NewSource(1))
	x := rng.Intn(10)
	fmt.Println(x >= 0 && x < 10, len(rand.Perm(5)))
	fmt.Println(Temp(21.5), time.Duration(1500)*time.Microsecond, 2*time.Hour+3*time.Minute)
	fmt.Printf("%v %T %T\n", 3*time.Second, time.Second, uw)
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a1b2c3"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	err = os.WriteFile("/tmp/minigo_io_test.txt", []byte("data 123\n"), 0644)
	fmt.Println(err)
	data, err := os.ReadFile("/tmp/minigo_io_test.txt")
	fmt.Printf("%q %v\n", data, err)
	_, err = os.ReadFile("/nonexistent/file")
	fmt.Println(err)
	br := bufio.NewReader(strings.NewReader("one\ntwo\n"))
	s, err := br.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(os.Getenv("MINIGO_UNSET_VAR") == "")
}
