// Float constants converted to float32/float64 overflow only when rounding to nearest gives an
// infinity: the halfway point above the largest float rounds up (ties to even) and overflows,
// values just below it round down and are valid. Messages show huge values as Go does.
package main

const (
	two64   = 1.0 * (1 << 64)
	two128  = two64 * two64
	two512  = two128 * two128 * two128 * two128
	two768  = two512 * two128 * two128
	two1024 = two512 * two512
	ulp32   = two128 / (1 << 24)
	max32   = two128 - ulp32
	ulp64   = two1024 / (1 << 53)
	max64   = two1024 - ulp64
)

var (
	_         = float32(max32 + ulp32/2 - 1)
	_         = float32(max32 + ulp32/2) // ERROR "cannot convert max32 \+ ulp32 / 2 \(untyped float constant 3.40282e\+38\) to type float32"
	_ float32 = -(max32 + ulp32/2)       // ERROR "cannot use -\(max32 \+ ulp32 / 2\) \(untyped float constant -3.40282e\+38\) as float32 value in variable declaration \(overflows\)"
	_         = float64(max64 + ulp64/2 - two768)
	_         = float64(max64 + ulp64/2) // ERROR "cannot convert max64 \+ ulp64 / 2 \(untyped float constant 1.79769e\+308\) to type float64"
	_ float64 = 1e400                    // ERROR "cannot use 1e400 \(untyped float constant 1e\+400\) as float64 value in variable declaration \(overflows\)"
	_         = float32(1e39)            // ERROR "cannot convert 1e39 \(untyped float constant 1e\+39\) to type float32"
)

func main() {}
