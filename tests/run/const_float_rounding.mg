// Constant conversions to float32/float64 round the exact value to nearest (ties to even) once,
// and overflow only when that rounding gives an infinity: values just below the halfway point
// between the largest float and 2^max, which need more than 113 bits, round down to the max.
package main

import (
	"fmt"
	"math"
)

const (
	two64   = 1.0 * (1 << 64)
	two128  = two64 * two64
	two256  = two128 * two128
	two512  = two256 * two256
	two768  = two512 * two256
	two1024 = two512 * two512

	ulp32 = two128 / (1 << 24)
	max32 = two128 - ulp32
	ulp64 = two1024 / (1 << 53)
	max64 = two1024 - ulp64
)

func main() {
	f32 := []float32{
		float32(max32 + ulp32/2 - 1),
		float32(max32 - ulp32/2 + 1),
		float32(max32 - ulp32 + ulp32/2 + 1),
		float32(-(max32 + ulp32/2 - 1)),
		float32(max32 + ulp32/2 - 1/two128),
		float32(1 + 1.0/(1<<24)),     // halfway: ties to even (1)
		float32(1 + 3.0/(1<<24)),     // halfway: ties to even (1 + 2^-22)
		float32(1 + 1.0/(1<<24) + 1/two128), // just above halfway: rounds up
		float32(0.1),
		float32(1.0 / 3),
	}
	for _, f := range f32 {
		fmt.Printf("%#08x %g\n", math.Float32bits(f), f)
	}
	f64 := []float64{
		float64(max64 + ulp64/2 - two768),
		float64(max64 - ulp64/2 + two768),
		float64(-(max64 + ulp64/2 - two768)),
		float64(1 + 1.0/(1<<53)),
		float64(1 + 1.0/(1<<53) + 1/two128),
		float64(1.0 / 3),
		float64(0.1 + 0.2),
	}
	for _, f := range f64 {
		fmt.Printf("%#016x %g\n", math.Float64bits(f), f)
	}
	var x float32 = max32 + ulp32/2 - 1
	var y float64 = max64 + ulp64/2 - two768
	fmt.Println(x == math.MaxFloat32, y == math.MaxFloat64)
}
