// The Go program whose output runtime/src/time_fmt_test.cpp expects (run with Go 1.19).
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, d := range []time.Duration{0, 1, 999, 1000, 1500, 1500000, 100 * time.Millisecond, 1500 * time.Millisecond, 2 * time.Minute, time.Hour, 90*time.Minute + 30*time.Second + 5*time.Millisecond, -3 * time.Second, 1<<63 - 1, -1 << 63} {
		fmt.Println(d, d.Seconds(), d.Minutes(), d.Milliseconds(), d.Round(time.Second), d.Truncate(time.Minute))
	}
	fmt.Println(time.March, time.Month(13), time.Saturday, time.Weekday(9))
	fmt.Printf("%v %d %s %T\n", 2*time.Second, 2*time.Second, time.Second, time.Second)
}
