// An inventory report: maps of slices, slices of maps, sorting by several keys, variadic helpers.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU      string
	Name     string
	Category string
	Qty      int
	Price    float64
}

type byCategoryThenPrice []Item

func (s byCategoryThenPrice) Len() int      { return len(s) }
func (s byCategoryThenPrice) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byCategoryThenPrice) Less(i, j int) bool {
	if s[i].Category != s[j].Category {
		return s[i].Category < s[j].Category
	}
	return s[i].Price > s[j].Price
}

func sum(nums ...float64) (total float64) {
	for _, n := range nums {
		total += n
	}
	return
}

func joinNonEmpty(sep string, parts ...string) string {
	out := parts[:0:0]
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

func groupBy(items []Item, key func(Item) string) map[string][]Item {
	g := make(map[string][]Item)
	for _, it := range items {
		k := key(it)
		g[k] = append(g[k], it)
	}
	return g
}

func sortedKeys(m map[string][]Item) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	items := []Item{
		{"A1", "apple", "fruit", 50, 0.5},
		{"B2", "bread", "bakery", 10, 2.25},
		{"C3", "cherry", "fruit", 200, 0.1},
		{"D4", "donut", "bakery", 0, 1.5},
		{"E5", "eggplant", "vegetable", 7, 1.75},
		{"F6", "fig", "fruit", 0, 0.8},
	}
	sort.Sort(byCategoryThenPrice(items))
	for _, it := range items {
		fmt.Printf("%-10s %-8s %4d @ %5.2f\n", it.Category, it.Name, it.Qty, it.Price)
	}
	groups := groupBy(items, func(it Item) string { return it.Category })
	for _, cat := range sortedKeys(groups) {
		var values []float64
		for _, it := range groups[cat] {
			values = append(values, float64(it.Qty)*it.Price)
		}
		fmt.Printf("%s: %d items, value %.2f\n", cat, len(groups[cat]), sum(values...))
	}
	outOfStock := groupBy(items, func(it Item) string {
		if it.Qty == 0 {
			return "out"
		}
		return "in"
	})
	names := []string{}
	for _, it := range outOfStock["out"] {
		names = append(names, it.Name)
	}
	fmt.Println("out of stock:", names, len(outOfStock["missing"]))

	rows := []map[string]interface{}{
		{"name": "alice", "age": 30},
		{"name": "bob", "tags": []string{"admin"}},
		{},
	}
	for i, row := range rows {
		fmt.Println(i, len(row), row)
	}
	rows[2]["new"] = true
	fmt.Println(rows[2])
	fmt.Println(sum(), sum(1, 2, 3.5), joinNonEmpty(", ", "a", "", "b", ""), joinNonEmpty("-"))

	index := map[string]map[string]int{}
	for _, it := range items {
		if index[it.Category] == nil {
			index[it.Category] = map[string]int{}
		}
		index[it.Category][it.SKU] = it.Qty
	}
	fmt.Println(index)
	delete(index["fruit"], "A1")
	fmt.Println(index["fruit"], len(index["none"]))
	stock := map[bool][]string{}
	for _, it := range items {
		stock[it.Qty > 0] = append(stock[it.Qty > 0], it.SKU)
	}
	fmt.Printf("%v %d\n", stock, len(stock[true]))
	counts := make(map[rune]int)
	for _, it := range items {
		for _, r := range it.Name {
			counts[r]++
		}
	}
	fmt.Println(counts['a'], counts['e'], counts['z'])
	fmt.Println(counts)
}
