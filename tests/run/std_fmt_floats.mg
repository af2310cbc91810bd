// fmt with floats: %v %g %G %e %E %f %F %b %x %X with widths, precisions and flags, on special
// values (NaN, ±Inf, -0), the %v switch to exponent form at 1e21 and below 1e-4, 0.1+0.2
// computed at run time, float32 shortest forms, and floats inside composite values.
package main

import (
	"fmt"
	"math"
)

type Temp float64

func main() {
	x, y := 0.1, 0.2
	values := []any{0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 3.14159265358979, x + y, 1e6, 1e20, 1e21, 123456789.0, 1e-4, 1e-5, 0.000123456,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.NaN(), math.Inf(1), math.Inf(-1), math.Copysign(0, -1),
		float32(0.1), float32(1e21), float32(16777216), Temp(36.6), 100.0, 1.0 / 3}
	formats := []string{"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%.0f", "%#.0f", "%8.3f", "%-8.2f|", "%08.2f", "%+.1e",
		"% .3g", "%.3g", "%#g", "%#.3g", "%10.4v", "%-10v|", "%+v", "%x", "%.2x", "%b", "%010.3f", "%+08.1f", "% f", "%.10g", "%.1g"}
	n := 0
	for _, f := range formats {
		for _, v := range values {
			fmt.Printf("%-7s %-12T ["+f+"]\n", f, v, v)
			n++
		}
	}
	fmt.Println(x+y, x+y == 0.3, float32(x)+float32(y), 1e21, 1e20, 123456789.0, 0.000001, 1e100)
	fmt.Println([]float64{1, 2.5, math.NaN(), math.Inf(-1)}, map[string]float64{"a": 1e21, "b": -0.0}, struct{ F float32 }{0.25})
	fmt.Printf("%v %.2f %6.1f\n", []float64{1.005, 2}, []float64{1.005, 2}, [2]float32{3.25, -1})
	fmt.Printf("[%*.*f] [%-*.*e]\n", 10, 3, math.Pi, 12, 2, math.E)
	fmt.Print(1.0, 2.5, "|", float32(3), "\n")
	fmt.Println(math.MaxFloat32, float32(math.MaxFloat32), float32(1)/3, float64(float32(0.1)))
	n += 22
	fmt.Println("combinations:", n)
}
