// math/rand, API only (sequences are not Go's): values stay in range, Perm is a permutation,
// Shuffle keeps the elements, a seeded *Rand repeats its sequence within the run.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	ok := true
	for i := 0; i < 1000; i++ {
		if n := rand.Intn(10); n < 0 || n >= 10 {
			ok = false
		}
		if n := rand.Int63n(5); n < 0 || n >= 5 {
			ok = false
		}
		if n := rand.Int31n(3); n < 0 || n >= 3 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if f := rand.Float32(); f < 0 || f >= 1 {
			ok = false
		}
		if rand.Int() < 0 || rand.Int63() < 0 || rand.Int31() < 0 {
			ok = false
		}
	}
	fmt.Println("in range:", ok)
	_ = rand.Uint32()
	_ = rand.Uint64()

	seen := map[int]bool{}
	for i := 0; i < 2000; i++ {
		seen[rand.Intn(6)] = true
	}
	fmt.Println("all faces seen:", len(seen))

	p := rand.Perm(20)
	q := append([]int(nil), p...)
	sort.Ints(q)
	perm := len(p) == 20
	for i, v := range q {
		if v != i {
			perm = false
		}
	}
	fmt.Println("perm:", perm, len(rand.Perm(0)))

	words := []string{"a", "b", "c", "d", "e", "f", "g"}
	rand.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	sort.Strings(words)
	fmt.Println("shuffle keeps:", words)

	r1 := rand.New(rand.NewSource(42))
	r2 := rand.New(rand.NewSource(42))
	same := true
	for i := 0; i < 100; i++ {
		if r1.Intn(1000) != r2.Intn(1000) || r1.Int63() != r2.Int63() || r1.Float64() != r2.Float64() {
			same = false
		}
	}
	fmt.Println("seeded repeat:", same)
	a, b := r1.Perm(10), r2.Perm(10)
	fmt.Println("perm repeat:", fmt.Sprint(a) == fmt.Sprint(b))
	r1.Seed(7)
	r2.Seed(7)
	fmt.Println("reseed:", r1.Int63n(1e9) == r2.Int63n(1e9), r1.Int31n(100) == r2.Int31n(100), r1.Int() == r2.Int())
	xs := []int{1, 2, 3, 4, 5}
	ys := []int{1, 2, 3, 4, 5}
	r1.Shuffle(5, func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	r2.Shuffle(5, func(i, j int) { ys[i], ys[j] = ys[j], ys[i] })
	fmt.Println("shuffle repeat:", fmt.Sprint(xs) == fmt.Sprint(ys))
	rand.Seed(1)
	x := rand.Intn(100)
	rand.Seed(1)
	fmt.Println("global seed repeat:", x == rand.Intn(100))

	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}
