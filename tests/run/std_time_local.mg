// time in the process's local zone (here America/New_York, through TZ): time.Local and
// time.Unix present times with the C library's offsets and abbreviations across daylight
// saving changes; time.Date in Local resolves the skipped and repeated hours as Go does.
// env: TZ=America/New_York
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.UTC)
	for _, s := range []int64{0, 1257894000, 1710054000, 1710053999, 1730613600, 1730613599, 1730617200, -2208988800} {
		t := time.Unix(s, 0)
		name, off := t.Zone()
		fmt.Println(s, t, name, off, t.Location(), t.Format(time.RFC3339), t.Format(time.RFC1123))
		fmt.Println(t.UTC(), t.Local(), t.UTC().Local().Equal(t), t.Hour(), t.Weekday())
	}
	// 2024-03-10 02:30 does not exist in New York; 2024-11-03 01:30 happens twice.
	for _, h := range []int{0, 1, 2, 3, 4} {
		a := time.Date(2024, time.March, 10, h, 30, 0, 0, time.Local)
		b := time.Date(2024, time.November, 3, h, 30, 0, 0, time.Local)
		fmt.Println(a, a.Unix(), b, b.Unix())
	}
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.Local)
	fmt.Printf("%v %#v %s\n", t, t, t.Format("Mon Jan 2 15:04:05 -0700 MST 2006"))
	fmt.Println(t.In(time.UTC), t.UTC() == t.In(time.UTC), t.Equal(t.UTC()))
	fmt.Println(t.AddDate(0, 6, 0), t.Add(180*24*time.Hour))
	fmt.Println(time.Date(2024, 7, 4, 12, 0, 0, 0, time.Local).Truncate(24 * time.Hour))
}
