// float32 and float64 arithmetic: float32 rounds each result to single precision, printing
// uses the shortest representation that round-trips, and integer/float conversions.
package main

import "fmt"

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32))
	sum32 := f32 + f32 + f32
	fmt.Println(sum32, f64+f64+f64)
	fmt.Println(float32(1)/3, 1.0/3)
	var big float32 = 16777216
	fmt.Println(big+1, big+2)
	fmt.Println(f32*f32, float32(f64)*float32(f64))
	x := 2.5
	fmt.Println(x*x, x/0.5, -x)
	fmt.Println(1e6, 1e21, 1e-7, 123456789.0, 0.000001)
	fmt.Println(float32(1e10), float32(3.4e38))
	fmt.Printf("%.3f %v %g %e\n", 3.14159, float32(2.5), 1e-9, 12345.678)
	fmt.Printf("%6.2f|%-8.3f|%T %T\n", 2.0, 1.5, f32, f64)
	var zero float64
	fmt.Println(1/zero > 1e308, -1/zero < -1e308, zero/zero == zero/zero)
	i := 7
	fmt.Println(float64(i)/2, float32(i)/2, int(float64(i)/2))
	h := float32(0.5)
	h += 0.25
	h *= 4
	fmt.Println(h, h-3, h > 2.9)
	fmt.Println(f32 == 0.1, f64 == 0.1, float64(f32) == 0.1)
}
