// Go names that are macros or keywords of the C++ the program is compiled to (NAN, EINTR,
// M_PI, PATH_MAX, SYS_read, offsetof, __LINE__, char8_t, and_eq) keep their Go meaning.
package main

import (
	"fmt"
	"math"
)

const (
	EINTR    = 4
	PATH_MAX = 4096
	M_PI     = 3.14
)

var NAN = math.NaN()

type FILE struct {
	EOF     bool
	SYS_read int
}

func offsetof(s string) int { return len(s) }

func main() {
	__LINE__ := 7
	char8_t, and_eq, not_eq := 1, 2, 3
	f := FILE{EOF: true, SYS_read: 3}
	fmt.Println(EINTR, PATH_MAX, M_PI, math.IsNaN(NAN), offsetof("abc"), __LINE__)
	fmt.Println(char8_t+and_eq+not_eq, f.SYS_read)
	fmt.Printf("%+v %T\n", f, f)
}
