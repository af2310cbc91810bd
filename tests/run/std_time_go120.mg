// time's Go 1.20 layout constants DateTime, DateOnly and TimeOnly. The Go 1.19 oracle lacks
// them: the expected output is `go run` of this program with each constant replaced by its
// value ("2006-01-02 15:04:05", "2006-01-02", "15:04:05").
// go: skip DateTime, DateOnly and TimeOnly are Go 1.20 (newer than the Go 1.19 oracle)
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.August, 9, 17, 4, 5, 600, time.FixedZone("X", -3600))
	fmt.Println(t.Format(time.DateTime), "|", t.Format(time.DateOnly), "|", t.Format(time.TimeOnly))
	fmt.Println(time.DateTime, time.DateOnly, time.TimeOnly, len(time.DateTime))
}
