// time: Duration.String over many magnitudes, Duration arithmetic and methods, Month and
// Weekday names, and Time built with time.Date/time.Unix in UTC and fixed zones: calendar
// fields, Format with the layout language and the predefined layouts, String, GoString (%#v),
// AddDate, Truncate/Round, Sub/Add/Before/After/Equal, zero Times, Times as map keys and the
// monotonic reading of Now.
package main

import (
	"fmt"
	"strings"
	"time"
)

func durations() {
	ds := []time.Duration{0, 1, 999, 1000, 1001, 1500, 999999, 1000000, 1500000, 100 * time.Millisecond,
		999999999, time.Second, 1500 * time.Millisecond, 2 * time.Minute, time.Hour, 90 * time.Minute,
		36*time.Hour + 5*time.Second + 7, -1, -1500 * time.Millisecond, -time.Hour,
		1<<63 - 1, -1 << 63, 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond}
	for _, d := range ds {
		fmt.Println(int64(d), d, d.String())
	}
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Hour), d.Round(7*time.Minute), d.Truncate(0))
	fmt.Println(time.Duration(1234567891).Round(time.Millisecond), time.Duration(-1234567891).Truncate(time.Microsecond))
	fmt.Printf("%v %d %s %T\n", 2*time.Second, 2*time.Second, time.Millisecond, time.Second)
	fmt.Println(time.Second*2 < time.Minute, time.Duration(3)*time.Hour/time.Minute)
}

func months() {
	for m := time.Month(0); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for w := time.Weekday(-1); w <= 7; w++ {
		fmt.Print(w.String(), " ")
	}
	fmt.Println()
	fmt.Printf("%v %d %s %T %T\n", time.March, time.March, time.Saturday, time.March, time.Saturday)
}

func show(t time.Time) {
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	name, off := t.Zone()
	fmt.Println(y, m, d, h, mi, s, name, off, t.Location(), t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
}

var layouts = []string{
	time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123,
	time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
	time.StampMicro, time.StampNano,
	"2006-01-02 15:04:05", "2006-01-02", "15:04:05",
	"2006 06 01 1 Jan January 02 2 _2 15 3 03 04 4 05 5 PM pm Mon Monday MST",
	"-0700 -07:00 -07 -070000 -07:00:00 Z0700 Z07:00 Z07 Z070000 Z07:00:00",
	".0 .00 .000 .000000 .000000000 .9 .99 .999 .999999 .999999999 ,000 ,999",
	"05.000 05.999 05,000000 5.9",
	"Jana Mona Janu Month Monda MSTx _2006 __2 002 1504 0102 20061",
	"literal text with no elements: xyz",
	"3PM 3pm 03:04PM 15h04m",
	"",
}

func formats(t time.Time) {
	for _, l := range layouts {
		fmt.Printf("%q => %q\n", l, t.Format(l))
	}
}

func main() {
	durations()
	months()

	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	show(t)
	fmt.Printf("%v|%s|%#v|%T\n", t, t, t, t)
	formats(t)

	t2 := time.Date(2024, time.February, 29, 7, 5, 9, 123456789, time.UTC)
	show(t2)
	formats(t2)

	t3 := time.Date(1999, time.December, 31, 12, 30, 0, 1000, time.UTC)
	formats(t3)
	t4 := time.Date(2023, time.January, 1, 0, 0, 0, 500000000, time.UTC)
	fmt.Println(t4.Format(time.Kitchen), t4.Format("3:04:05.000 PM Mon"), t4.Weekday(), t4.YearDay())

	// Fixed zones: positive, negative, half-hour and odd-second offsets; a zone with no name.
	zones := []*time.Location{time.FixedZone("EST", -5*3600), time.FixedZone("IST", 5*3600+1800),
		time.FixedZone("", 3*3600), time.FixedZone("ODD", -(1*3600 + 2*60 + 3)), time.UTC}
	for _, z := range zones {
		u := t2.In(z)
		fmt.Println(z, u, u.Format(time.RFC3339), u.Format(time.RFC1123Z), u.Format(time.RFC822))
		fmt.Println(u.Format("-07:00:00 Z07:00:00 -070000 Z070000 MST"), u.Equal(t2), u == t2)
		fmt.Printf("%#v\n", u)
	}
	z := time.Date(2020, time.March, 1, 1, 2, 3, 4, time.FixedZone("X", 3600))
	show(z)
	show(z.UTC())

	// Normalisation of out-of-range fields.
	fmt.Println(time.Date(2023, 13, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 1, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 1, 1, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Date(2023, 0, -1, -1, -1, -1, -1, time.UTC))
	fmt.Println(time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	fmt.Println(time.Date(2000, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(time.Date(2000, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(-1, -13, 400))

	// Old, ancient and far dates; the zero Time.
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Year(), zero.Weekday(), zero.Unix())
	fmt.Printf("%#v\n", zero)
	for _, y := range []int{1, 100, 1600, 1700, 1900, 1969, 1970, 2000, 2100, 2400, 9999, 12345} {
		d := time.Date(y, time.March, 1, 0, 0, 0, 0, time.UTC)
		fmt.Println(d, d.Weekday(), d.YearDay(), d.AddDate(0, 0, -1).YearDay(), d.Unix())
	}
	fmt.Println(time.Date(-44, time.March, 15, 0, 0, 0, 0, time.UTC).Format("2006 06 Jan 2 Mon"))
	fmt.Println(time.Date(0, time.January, 1, 0, 0, 0, 0, time.UTC))

	// time.Unix and friends (in UTC so the output does not depend on the machine's zone).
	for _, s := range []int64{0, 1, -1, 86399, 86400, 951782400, 1234567890, 2147483647, 4102444800, -2208988800} {
		u := time.Unix(s, 0).UTC()
		fmt.Println(s, u, u.Format(time.RFC3339Nano), u.Unix() == s)
	}
	fmt.Println(time.Unix(5, -1).UTC(), time.Unix(5, 2e9+3).UTC(), time.Unix(-5, -2).UTC())
	fmt.Println(time.UnixMilli(1234567890123).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(time.Unix(1e9, 0).UTC().UnixNano(), time.Unix(0, 1).UTC().UnixMilli())

	// Arithmetic and comparisons.
	a := time.Date(2021, 6, 1, 12, 0, 0, 0, time.UTC)
	b := a.Add(36*time.Hour + 250*time.Millisecond)
	fmt.Println(b, b.Sub(a), a.Sub(b), a.Before(b), a.After(b), b.After(a), a.Equal(a.UTC()))
	fmt.Println(a.Add(-time.Nanosecond), a.Sub(zero), zero.Sub(a), a.Sub(a))
	fmt.Println(a.In(time.FixedZone("A", 7200)).Equal(a), a.In(time.FixedZone("A", 7200)) == a)

	// Truncate and Round relative to the zero Time.
	r := time.Date(2012, 12, 7, 12, 15, 30, 918273645, time.UTC)
	for _, d := range []time.Duration{0, time.Nanosecond, time.Microsecond, time.Millisecond, time.Second,
		2 * time.Second, time.Minute, 10 * time.Minute, time.Hour, 7 * time.Hour, 24 * time.Hour} {
		fmt.Println(d, r.Truncate(d).Format(time.RFC3339Nano), r.Round(d).Format(time.RFC3339Nano))
	}

	// A struct holding a Time prints it through String.
	type Event struct {
		Name string
		At   time.Time
	}
	e := Event{"launch", t}
	fmt.Printf("%v\n%+v\n", e, e)
	fmt.Println(time.UTC, time.UTC.String())
	// An unexported Time field is printed through its fields, as Go's internal {wall ext loc}.
	type hidden struct {
		at time.Time
		n  int
	}
	fmt.Printf("%v %+v %v\n", hidden{t2, 1}, hidden{}, []hidden{{at: time.Unix(5, 6).UTC()}})

	// Times as map keys and with ==; a monotonic reading shows in String as " m=+...".
	seen := map[time.Time]string{t: "t", t2: "t2"}
	seen[time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)] = "again"
	fmt.Println(len(seen), seen[t], t == time.Unix(1257894000, 0).UTC(), t == t.In(time.UTC))
	now := time.Now()
	fmt.Println(strings.Contains(now.String(), " m=+"), strings.Contains(now.UTC().String(), "m="),
		now.Sub(now), time.Since(now) >= 0, time.Until(now) <= 0, now.Round(0) == now.Round(0), now.Equal(now.UTC()))
}
