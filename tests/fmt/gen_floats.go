// Command gen_floats prints Go's formatting of pseudo-random float64 and float32 values (all
// exponent ranges, subnormals, integers) under each float verb, for runtime/src/fmt_test.cpp:
//
//	go run tests/fmt/gen_floats.go > tests/fmt/float_cases.txt
//
// Each line: bits (16 hex digits; float32 values as 8) TAB hex(format) TAB hex(expected).
package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	verbs := []string{"%v", "%e", "%E", "%f", "%g", "%G", "%.3g", "%.10g", "%.0e", "%.17g", "%.2f", "%x", "%b", "%#g", "%+.4e", "%12.5f"}
	var vals []float64
	for i := 0; i < 150; i++ {
		vals = append(vals, math.Float64frombits(r.Uint64()))
	}
	for i := 0; i < 60; i++ {
		vals = append(vals, float64(r.Int63n(1<<53))*math.Pow(10, float64(r.Intn(40)-20)))
	}
	for i := 0; i < 30; i++ {
		vals = append(vals, float64(r.Int63n(100000))/float64(1+r.Intn(1000)))
	}
	for _, v := range vals {
		if math.IsNaN(v) {
			continue
		}
		for _, f := range verbs {
			fmt.Printf("%016x\t%s\t%s\n", math.Float64bits(v), hex.EncodeToString([]byte(f)), hex.EncodeToString([]byte(fmt.Sprintf(f, v))))
		}
	}
	for i := 0; i < 60; i++ {
		v := math.Float32frombits(r.Uint32())
		if v != v {
			continue
		}
		for _, f := range verbs {
			fmt.Printf("%08x\t%s\t%s\n", math.Float32bits(v), hex.EncodeToString([]byte(f)), hex.EncodeToString([]byte(fmt.Sprintf(f, v))))
		}
	}
}
