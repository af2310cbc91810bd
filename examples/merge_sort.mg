// merge_sort shows divide-and-conquer parallelism: merge sort sorts its two
// halves in parallel goroutines down to a depth limit (more goroutines than cores
// only add overhead), then merges. The result is checked against sort.Ints on a
// copy, so the output does not depend on the random numbers drawn.
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"sync"
)

func merge(dst, a, b []int) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			dst[k] = a[i]
			i++
		} else {
			dst[k] = b[j]
			j++
		}
		k++
	}
	k += copy(dst[k:], a[i:])
	copy(dst[k:], b[j:])
}

// parallelSort sorts s using buf as scratch space of the same length.
func parallelSort(s, buf []int, depth int) {
	if len(s) <= 1 {
		return
	}
	if len(s) < 64 {
		sort.Ints(s) // small slices: not worth splitting
		return
	}
	mid := len(s) / 2
	if depth > 0 {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			parallelSort(s[:mid], buf[:mid], depth-1)
		}()
		parallelSort(s[mid:], buf[mid:], depth-1)
		wg.Wait()
	} else {
		parallelSort(s[:mid], buf[:mid], 0)
		parallelSort(s[mid:], buf[mid:], 0)
	}
	merge(buf, s[:mid], s[mid:])
	copy(s, buf)
}

func main() {
	r := rand.New(rand.NewSource(7))
	data := make([]int, 100000)
	sum := 0
	for i := range data {
		data[i] = r.Intn(1000000)
		sum += data[i]
	}
	reference := append([]int(nil), data...)
	sort.Ints(reference)

	parallelSort(data, make([]int, len(data)), 4) // up to 2^4 = 16 leaves in parallel

	after := 0
	for _, v := range data {
		after += v
	}
	same := len(data) == len(reference)
	for i := range data {
		if data[i] != reference[i] {
			same = false
			break
		}
	}
	fmt.Println("sorted:", sort.IntsAreSorted(data))
	fmt.Println("same as sort.Ints:", same)
	fmt.Println("sum preserved:", sum == after)
	fmt.Println("elements:", len(data), "min <= max:", data[0] <= data[len(data)-1])
}
