// A C programmer's port of errno-style codes and limits: upper-case constants, types and fields
// that coincide with C macro names (EPERM, ENOENT, PATH_MAX, NAN, M_PI, EXIT_FAILURE, ...).
// exit: 1
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"strings"
)

type Errno int

const (
	EPERM  Errno = 1
	ENOENT Errno = 2
	EINTR  Errno = 4
	EIO    Errno = 5
	EACCES Errno = 13
	EEXIST Errno = 17
)

var errnoNames = map[Errno]string{
	EPERM: "operation not permitted", ENOENT: "no such file or directory",
	EINTR: "interrupted system call", EIO: "input/output error",
	EACCES: "permission denied", EEXIST: "file exists",
}

func (e Errno) Error() string {
	if s, ok := errnoNames[e]; ok {
		return s
	}
	return fmt.Sprintf("errno %d", int(e))
}

const (
	PATH_MAX     = 4096
	NAME_MAX     = 255
	EXIT_SUCCESS = 0
	EXIT_FAILURE = 1
	BUFSIZ       = 8192
	M_PI         = 3.14159265358979323846
)

var (
	NAN      = math.NaN()
	INFINITY = math.Inf(1)
	NULL     *FILE
)

type FILE struct {
	FD     int
	PATH   string
	EOF    bool
	O_MODE string
}

type SIGNAL string

const SIGINT SIGNAL = "interrupt"

func (f *FILE) Read(n int) (string, error) {
	if f == NULL {
		return "", fmt.Errorf("read: %w", EIO)
	}
	if f.EOF {
		return "", ENOENT
	}
	f.EOF = true
	return strings.Repeat("x", n), nil
}

func open(path string) (*FILE, error) {
	switch {
	case len(path) > PATH_MAX:
		return nil, fmt.Errorf("open %.10s...: name too long", path)
	case strings.HasPrefix(path, "/root"):
		return NULL, &os.PathError{Op: "open", Path: path, Err: EACCES}
	case path == "":
		return nil, ENOENT
	}
	return &FILE{FD: 3, PATH: path, O_MODE: "r"}, nil
}

func offsetof(name string) int { return strings.Index("FD PATH EOF", name) }

func main() {
	for _, p := range []string{"/etc/hosts", "/root/secret", "", strings.Repeat("a", PATH_MAX+1)} {
		f, err := open(p)
		var e Errno
		switch {
		case errors.As(err, &e):
			fmt.Printf("errno %d (%v) interrupted=%t\n", int(e), e, e == EINTR)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Printf("%+v\n", *f)
			s, err := f.Read(3)
			fmt.Println(s, err)
			_, err = f.Read(3)
			fmt.Println(err, errors.Is(err, ENOENT))
		}
	}
	_, err := NULL.Read(1)
	fmt.Println(err, errors.Is(err, EIO), errors.Is(err, EPERM))
	fmt.Println(math.IsNaN(NAN), INFINITY > math.MaxFloat64, M_PI, BUFSIZ/NAME_MAX)
	fmt.Printf("%v %T %T\n", SIGINT, SIGINT, NULL)
	fmt.Println(offsetof("EOF"), EXIT_SUCCESS)
	os.Exit(EXIT_FAILURE)
}
