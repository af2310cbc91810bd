// os: Args from the command line, Getenv of set and unset variables, WriteFile/ReadFile round
// trip, ReadFile and WriteFile errors (*fs.PathError with a syscall.Errno; errors.Is with
// os.ErrNotExist), Stdout/Stderr writes, and Exit's status
// (deferred calls do not run).
// args: one two --three=3
// stderr: ^to stderr 7$
// exit: 3
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args), os.Args[1:])
	fmt.Println(strings.HasSuffix(os.Args[0], "") && len(os.Args[0]) > 0)
	fmt.Printf("%q %q\n", os.Getenv("MINIGO_SURELY_UNSET_VARIABLE"), os.Getenv(""))
	fmt.Println(os.Getenv("PATH") != "")

	dir := "/tmp"
	name := dir + "/minigo_std_os_test.txt"
	err := os.WriteFile(name, []byte("hello\nfile\n"), 0644)
	fmt.Println("write:", err)
	data, err := os.ReadFile(name)
	fmt.Printf("read: %q %v\n", data, err)
	_, err = os.ReadFile("/nonexistent/dir/file.txt")
	fmt.Println(err)
	_, err = os.ReadFile(dir)
	fmt.Println(err)
	err = os.WriteFile("/nonexistent/dir/file.txt", []byte("x"), 0644)
	fmt.Println(err)
	fmt.Printf("%T\n", err)
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Err, errors.Unwrap(err) == pe.Err)
	fmt.Printf("%T %v %q\n", pe.Err, pe.Err, pe.Error())
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrExist), errors.Is(err, os.ErrPermission))
	_, err = os.ReadFile("/proc/1/mem")
	fmt.Println(err != nil, errors.Is(err, os.ErrNotExist))
	fmt.Println(os.ErrNotExist, os.ErrExist, os.ErrPermission)

	n, err := os.Stdout.Write([]byte("direct write\n"))
	fmt.Println(n, err)
	os.Stdout.WriteString("write string\n")
	fmt.Fprintln(os.Stderr, "to stderr", 7)
	fmt.Fprintf(os.Stdout, "%s|%5d|\n", "fprintf", 42)
	defer fmt.Println("deferred: not printed")
	os.Exit(3)
}
