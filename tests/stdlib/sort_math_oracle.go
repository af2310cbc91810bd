// The Go program whose output runtime/src/sort_test.cpp expects (run with Go 1.19).
package main

import (
	"fmt"
	"math"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	xs := []int{5, 2, 8, -1, 9, 3, 3, 0, 7, 100, -50, 4, 6, 1, 2, 11, 13, 12, 10}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs), sort.SearchInts(xs, 7), sort.SearchInts(xs, 99))
	ss := []string{"pear", "apple", "fig", "banana", "Apple", ""}
	sort.Strings(ss)
	fmt.Printf("%q %v\n", ss, sort.SearchStrings(ss, "fig"))
	fs := []float64{2.5, math.NaN(), -1, math.Inf(1), 0}
	sort.Float64s(fs)
	fmt.Println(fs)
	// Stable sorts give the same result everywhere: many equal keys.
	people := make([]person, 0)
	for i := 0; i < 60; i++ {
		people = append(people, person{fmt.Sprint("p", i), (i * 7) % 5})
	}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	people2 := make([]person, 0)
	for i := 0; i < 45; i++ {
		people2 = append(people2, person{fmt.Sprint("q", i), (i * 11) % 4})
	}
	sort.Stable(byAge(people2))
	fmt.Println(people2)
	small := []person{{"a", 3}, {"b", 1}, {"c", 3}, {"d", 1}, {"e", 2}}
	sort.Slice(small, func(i, j int) bool { return small[i].age < small[j].age })
	fmt.Println(small)
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 211
	}
	sort.Slice(big, func(i, j int) bool { return big[i] > big[j] })
	fmt.Println(big[:10], sort.SliceIsSorted(big, func(i, j int) bool { return big[i] > big[j] }))
	sort.Sort(sort.Reverse(byAge(small)))
	fmt.Println(small[0].age, small[4].age, sort.IsSorted(byAge(small)))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.Max(3, math.NaN()), math.Max(-0.0, 0), math.Min(-0.0, 0), math.Inf(-1), math.IsInf(math.Inf(1), 0), math.IsNaN(math.NaN()))
	fmt.Println(math.Pow(2, 10), math.Mod(7, -3), math.Mod(-7, 3), math.Abs(-3.5), math.Cbrt(27), math.Hypot(3, 4))
	fmt.Println(math.Log(math.E), math.Log2(8), math.Log10(1000), math.Exp(0), math.Atan2(1, 1), math.Sin(0))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, uint64(math.MaxUint64), math.MaxUint32, math.Pi, math.MaxFloat64, math.SmallestNonzeroFloat64)
}
