// sort: Sort/Stable/IsSorted with sort.Interface (and sort.Reverse), Slice and SliceStable
// (stability checked on many equal keys), Ints/Strings/Float64s (NaN first), the *AreSorted
// checks, and the Search family on found, missing, first and last positions.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type rec struct {
	key, seq int
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}, {"Fay", 20}}
	sort.Sort(ByAge(people))
	ages := []int{}
	for _, p := range people {
		ages = append(ages, p.Age)
	}
	fmt.Println(ages, sort.IsSorted(ByAge(people)))
	sort.Stable(sort.Reverse(ByAge(people)))
	fmt.Println(people, sort.IsSorted(ByAge(people)), sort.IsSorted(sort.Reverse(ByAge(people))))
	stable := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}, {"Fay", 20}}
	sort.Stable(ByAge(stable))
	fmt.Println(stable)

	// Stability with many equal keys: SliceStable keeps insertion order within a key.
	var rs []rec
	for i := 0; i < 200; i++ {
		rs = append(rs, rec{(i * 7919) % 5, i})
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].key < rs[j].key })
	okStable := true
	for i := 1; i < len(rs); i++ {
		if rs[i-1].key > rs[i].key || (rs[i-1].key == rs[i].key && rs[i-1].seq > rs[i].seq) {
			okStable = false
		}
	}
	fmt.Println("stable:", okStable, rs[0], rs[39], rs[40], rs[199])
	// Slice: sorted by key (order among equal keys unspecified), no element lost.
	var us []rec
	for i := 0; i < 300; i++ {
		us = append(us, rec{(i * 31) % 17, i})
	}
	sort.Slice(us, func(i, j int) bool { return us[i].key < us[j].key })
	sum, okSorted := 0, true
	for i := range us {
		sum += us[i].seq
		if i > 0 && us[i-1].key > us[i].key {
			okSorted = false
		}
	}
	fmt.Println("slice:", okSorted, sum, sort.SliceIsSorted(us, func(i, j int) bool { return us[i].key < us[j].key }))
	small := []string{"pear", "fig", "apple", "kiwi", "banana"}
	sort.Slice(small, func(i, j int) bool { return len(small[i]) < len(small[j]) || len(small[i]) == len(small[j]) && small[i] < small[j] })
	fmt.Println(small)

	xs := []int{5, 2, 6, 3, 1, 4, -7, 0, 2}
	fmt.Println(sort.IntsAreSorted(xs))
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs))
	ss := []string{"banana", "Apple", "cherry", "apple", "", "Banana"}
	sort.Strings(ss)
	fmt.Printf("%q %v\n", ss, sort.StringsAreSorted(ss))
	fs := []float64{2.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), math.NaN(), -0.5}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, sort.IntsAreSorted(empty), sort.IntsAreSorted([]int{1}))

	a := []int{1, 3, 5, 7, 9, 9, 11}
	for _, x := range []int{-1, 1, 2, 9, 10, 11, 12} {
		fmt.Print(sort.SearchInts(a, x), " ")
	}
	fmt.Println()
	strs := []string{"a", "c", "e"}
	fmt.Println(sort.SearchStrings(strs, "c"), sort.SearchStrings(strs, "d"), sort.SearchStrings(strs, "z"), sort.SearchStrings(nil, "a"))
	fmt.Println(sort.SearchFloat64s([]float64{1.5, 2.5}, 2), sort.SearchFloat64s([]float64{1.5, 2.5}, 0))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i, sort.Search(0, func(int) bool { return true }), sort.Search(10, func(int) bool { return false }))
	// Binary search for a string in a sorted slice of words.
	words := strings.Fields("ant bee cat dog eel fox gnu")
	j := sort.Search(len(words), func(i int) bool { return words[i] >= "dog" })
	fmt.Println(j, words[j])
}
