// Maps: literals, insert/update/delete, comma-ok lookups, zero values for missing keys,
// reads from a nil map, len, iteration (order is free: keys are sorted before printing),
// maps of slices and structs, struct/interface/array keys, and maps shared by reference.
package main

import "fmt"

type Key struct {
	Name string
	N    int
}

type Inner struct{ A, B int }

func sortedKeys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

func addTo(m map[string]int) { m["added"] = 1 }

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	m["one"] += 10
	m["four"]++
	fmt.Println(len(m), m["one"], m["missing"], m["four"])
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	if _, ok := m["three"]; ok {
		fmt.Println("has three")
	}
	delete(m, "two")
	delete(m, "absent")
	fmt.Println(len(m), sortedKeys(m))
	fmt.Println(m) // fmt prints maps sorted by key

	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"])
	delete(nilMap, "x")
	for range nilMap {
		fmt.Println("never")
	}
	addTo(m)
	fmt.Println(m["added"])

	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	fmt.Println(sum)

	// Deleting during iteration is allowed.
	for k := range m {
		if k != "one" {
			delete(m, k)
		}
	}
	fmt.Println(m)

	groups := map[bool][]int{}
	for i := 0; i < 6; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println(groups[true], groups[false])

	sk := map[Key]int{{"a", 1}: 10}
	sk[Key{"b", 2}] = 20
	sk[Key{"a", 1}]++
	fmt.Println(sk[Key{"a", 1}], sk[Key{"b", 2}], sk[Key{"c", 3}], len(sk))
	_, found := sk[Key{"b", 2}]
	fmt.Println(found)

	ik := map[interface{}]string{1: "int", "1": "string", 1.5: "float", Key{"k", 0}: "struct"}
	fmt.Println(ik[1], ik["1"], ik[1.5], ik[Key{"k", 0}], len(ik))

	ms := map[string]Inner{"x": {1, 2}}
	in := ms["x"]
	in.A = 100
	fmt.Println(ms["x"], in)
	mp := map[string]*Inner{"y": {3, 4}}
	mp["y"].B = 40
	fmt.Println(*mp["y"])

	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"] = 5
	fmt.Println(nested)

	counts := make(map[rune]int, 10)
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['h'], counts['z'], len(counts))
	fm := map[float64]string{0.5: "half"}
	fmt.Println(fm[0.5], fm)
	ak := map[[2]string]bool{{"a", "b"}: true}
	fmt.Println(ak[[2]string{"a", "b"}], ak[[2]string{"b", "a"}])
	m2 := m
	m2["shared"] = 1
	fmt.Println(len(m), m["shared"])
	big := map[int]int{}
	for i := 0; i < 1000; i++ {
		big[i] = i * i
	}
	for i := 0; i < 1000; i += 2 {
		delete(big, i)
	}
	fmt.Println(len(big), big[999], big[998])
}
