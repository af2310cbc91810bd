// math: the constants, special values (NaN, ±Inf, -0) through every function, rounding modes
// on halves and negatives, and ordinary values. Functions whose results are exact (rounding,
// Sqrt, Mod, ...) print every digit; the transcendental ones print 14 significant digits,
// since minigo computes them with the C library, whose last bit may differ from Go's
// (docs/stdlib.md), and leave out subnormal inputs (Go's amd64 Log is inexact there).
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Phi, math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64), uint(math.MaxUint))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Printf("%T %T %T %T\n", math.Pi, math.MaxInt64, math.MaxFloat32, math.MaxInt8)

	nan, inf, ninf := math.NaN(), math.Inf(1), math.Inf(-1)
	negz := math.Copysign(0, -1)
	specials := []float64{nan, inf, ninf, 0, negz, 1, -1, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 1e300, -1e-300, 4.9e-324}
	fmt.Println(specials)
	fmt.Printf("%v %g %e %f %.1f %5.2f|%-6v|%+v\n", negz, negz, negz, negz, nan, inf, ninf, inf)
	fmt.Println(nan == nan, nan != nan, nan < 1, inf > math.MaxFloat64, negz == 0, math.Signbit(negz), math.Signbit(0), 1/negz, 1/inf)
	fmt.Println(math.IsNaN(nan), math.IsNaN(inf), math.IsInf(inf, 1), math.IsInf(ninf, 1), math.IsInf(ninf, -1), math.IsInf(inf, 0), math.IsInf(nan, 0))

	type f1 struct {
		name  string
		f     func(float64) float64
		exact bool
	}
	fs := []f1{{"Abs", math.Abs, true}, {"Ceil", math.Ceil, true}, {"Floor", math.Floor, true}, {"Round", math.Round, true},
		{"RoundToEven", math.RoundToEven, true}, {"Trunc", math.Trunc, true}, {"Sqrt", math.Sqrt, true}, {"Cbrt", math.Cbrt, false},
		{"Exp", math.Exp, false}, {"Exp2", math.Exp2, false}, {"Log", math.Log, false}, {"Log2", math.Log2, false},
		{"Log10", math.Log10, false}, {"Log1p", math.Log1p, false}, {"Sin", math.Sin, false}, {"Cos", math.Cos, false},
		{"Tan", math.Tan, false}, {"Asin", math.Asin, false}, {"Acos", math.Acos, false}, {"Atan", math.Atan, false},
		{"Sinh", math.Sinh, false}, {"Cosh", math.Cosh, false}, {"Tanh", math.Tanh, false}}
	for _, f := range fs {
		fmt.Print(f.name)
		for _, x := range specials {
			if f.exact {
				fmt.Print(" ", f.f(x))
			} else if x != 4.9e-324 {
				fmt.Printf(" %.14g", f.f(x))
			}
		}
		fmt.Println()
	}
	ords := []float64{2, 10, 0.1, 3, 100, 1e10, 1024, 7.389056098930650, -8, 27}
	for _, f := range fs {
		fmt.Print(f.name)
		for _, x := range ords {
			fmt.Printf(" %.12g", f.f(x))
		}
		fmt.Println()
	}

	type f2 struct {
		name  string
		f     func(float64, float64) float64
		exact bool
	}
	fs2 := []f2{{"Pow", math.Pow, false}, {"Mod", math.Mod, true}, {"Remainder", math.Remainder, true}, {"Max", math.Max, true},
		{"Min", math.Min, true}, {"Dim", math.Dim, true}, {"Atan2", math.Atan2, false}, {"Hypot", math.Hypot, false},
		{"Copysign", math.Copysign, true}}
	pairs := [][2]float64{{2, 10}, {2, 0.5}, {-8, 1.0 / 3}, {0, -1}, {negz, -1}, {negz, -3}, {inf, 2}, {ninf, 3}, {ninf, 2}, {2, inf}, {0.5, ninf},
		{nan, 0}, {1, nan}, {7, 3}, {-7, 3}, {7, -3}, {7.5, 2}, {5, 0}, {inf, 1}, {3, 4}, {0, 0}, {negz, 0}, {-1, inf}, {1e308, 1e308}}
	for _, f := range fs2 {
		fmt.Print(f.name)
		for _, p := range pairs {
			if f.exact {
				fmt.Print(" ", f.f(p[0], p[1]))
			} else {
				fmt.Printf(" %.14g", f.f(p[0], p[1]))
			}
		}
		fmt.Println()
	}
	fmt.Println(math.Float64bits(1), math.Float64bits(negz), math.Float64frombits(0x7ff0000000000000), math.Float32bits(1.5), math.Float32frombits(0x3fc00000))
	fmt.Println(math.Inf(0), math.Inf(-5), math.Max(negz, 0), math.Min(negz, 0), math.Max(nan, inf), math.Min(ninf, nan))
	x := 2.0
	fmt.Println(math.Sqrt(x)*math.Sqrt(x) == x, math.Abs(math.Sqrt(x)*math.Sqrt(x)-x) < 1e-15, math.Floor(-0.5), math.Ceil(-0.5), math.Trunc(-0.7))
	fmt.Println(int64(math.Round(2.5)), int64(math.Floor(-2.5)), math.Round(-0.4), math.Round(0.49999999999999994), math.RoundToEven(0.5))
	fmt.Println(math.MaxInt64-1, math.MinInt64+1, -math.MaxInt32, math.MaxUint32+1)
}
