// errors: New (distinct values with equal text), Is/As/Unwrap through chains built with
// fmt.Errorf("%w"), custom error types with Is/As/Unwrap methods, nil handling. (errors.Join is Go 1.20, newer
// than the Go 1.19 oracle: runtime/src/errors_test.cpp tests it.)
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

type Temporary struct{ code int }

func (t Temporary) Error() string   { return "temporary " + strconv.Itoa(t.code) }
func (t Temporary) Is(e error) bool { return e == ErrNotFound && t.code == 404 }

func main() {
	a := errors.New("x")
	b := errors.New("x")
	fmt.Println(a == b, a == a, a.Error() == b.Error(), a, errors.Is(a, b))
	fmt.Printf("%v %s %q %T %+v\n", a, a, a, a, a)

	w1 := fmt.Errorf("lookup %q: %w", "key", ErrNotFound)
	w2 := fmt.Errorf("layer 2: %w", w1)
	w3 := fmt.Errorf("layer 3 (no wrap): %v", w2)
	fmt.Println(w1)
	fmt.Println(w2)
	fmt.Println(w3)
	fmt.Println(errors.Is(w1, ErrNotFound), errors.Is(w2, ErrNotFound), errors.Is(w3, ErrNotFound))
	fmt.Println(errors.Unwrap(w2) == w1, errors.Unwrap(w1) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil, errors.Unwrap(w3) == nil)
	fmt.Printf("%T %T\n", w1, w3)

	pe := &PathError{"open", "/etc/x", ErrNotFound}
	wrapped := fmt.Errorf("config: %w", pe)
	var target *PathError
	fmt.Println(errors.As(wrapped, &target), target.Path, target == pe)
	fmt.Println(errors.Is(wrapped, ErrNotFound), wrapped)
	var tmp Temporary
	fmt.Println(errors.As(wrapped, &tmp))

	t := fmt.Errorf("req: %w", Temporary{404})
	fmt.Println(errors.Is(t, ErrNotFound), errors.Is(Temporary{500}, ErrNotFound))
	fmt.Println(errors.As(t, &tmp), tmp.code, tmp)

	var nilErr error
	fmt.Println(errors.Is(nilErr, nil), errors.Is(nilErr, ErrNotFound), errors.Unwrap(nilErr), errors.Is(ErrNotFound, nil))

	e := fmt.Errorf("no verb args")
	fmt.Println(e, errors.Unwrap(e) == nil)
	e2 := fmt.Errorf("%w", nil)
	fmt.Println(e2, errors.Unwrap(e2) == nil)
	e3 := fmt.Errorf("bad %w", "not an error")
	fmt.Println(e3, errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("num %d: %w", 7, pe)
	fmt.Println(e4, errors.Unwrap(e4) == pe)
	_, err := strconv.Atoi("zz")
	e5 := fmt.Errorf("parse: %w", err)
	var ne *strconv.NumError
	fmt.Println(errors.As(e5, &ne), ne.Func, errors.Is(e5, strconv.ErrSyntax))
}
