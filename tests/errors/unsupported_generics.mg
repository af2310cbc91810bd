// Generics are not supported by minigo. minigo's parser reports them, so each generic
// declaration is its own error and type checking does not run.
// go: skip valid Go: generics are a minigo restriction
package main

type List[T any] struct { // ERROR "generic type List is not supported by minigo"
	items []T
}

func (l *List[T]) Push(v T) { // ERROR "generic type List is not supported by minigo"
	l.items = append(l.items, v)
}

type Pair[K comparable, V any] struct { // ERROR "generic type Pair is not supported by minigo"
	k K
	v V
}

type Number interface {
	int | float64 // ERROR "interface with type constraints is not supported by minigo"
}

func Map[T, U any](xs []T, f func(T) U) []U { // ERROR "generic function Map is not supported by minigo"
	return nil
}

func Sum[T int | float64](xs ...T) T { // ERROR "generic function Sum is not supported by minigo"
	var s T
	return s
}

func main() {
}
