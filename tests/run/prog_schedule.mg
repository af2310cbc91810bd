// A meeting scheduler: time.Date arithmetic, weekdays, layouts, durations, sorting by time and
// a struct keyed by time.Time.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Meeting struct {
	Title    string
	Start    time.Time
	Duration time.Duration
	Attendee []string
}

func (m Meeting) End() time.Time { return m.Start.Add(m.Duration) }

func (m Meeting) String() string {
	return fmt.Sprintf("%s %s-%s %q", m.Start.Format("Mon Jan _2"), m.Start.Format("15:04"), m.End().Format(time.Kitchen), m.Title)
}

func overlaps(a, b Meeting) bool {
	return a.Start.Before(b.End()) && b.Start.Before(a.End())
}

func nextWeekday(t time.Time, wd time.Weekday) time.Time {
	d := (int(wd) - int(t.Weekday()) + 7) % 7
	if d == 0 {
		d = 7
	}
	return t.AddDate(0, 0, d)
}

func main() {
	loc := time.FixedZone("CET", 3600)
	base := time.Date(2024, time.February, 27, 9, 0, 0, 0, loc)
	meetings := []Meeting{
		{"standup", base, 15 * time.Minute, []string{"ann", "bob"}},
		{"design review", base.Add(10 * time.Minute), 90 * time.Minute, []string{"cy"}},
		{"lunch", time.Date(2024, 2, 27, 12, 30, 0, 0, loc), time.Hour, nil},
		{"retro", nextWeekday(base, time.Friday).Add(6 * time.Hour), 45 * time.Minute, []string{"ann"}},
		{"planning", base.AddDate(0, 0, 3), 2*time.Hour + 30*time.Minute, []string{"bob", "cy"}},
	}
	sort.Slice(meetings, func(i, j int) bool { return meetings[i].Start.Before(meetings[j].Start) })
	for _, m := range meetings {
		fmt.Println(m)
	}
	for i := 0; i < len(meetings); i++ {
		for j := i + 1; j < len(meetings); j++ {
			if overlaps(meetings[i], meetings[j]) {
				fmt.Printf("conflict: %s / %s (%v)\n", meetings[i].Title, meetings[j].Title, meetings[i].End().Sub(meetings[j].Start))
			}
		}
	}
	byDay := map[time.Weekday][]string{}
	var total time.Duration
	for _, m := range meetings {
		byDay[m.Start.Weekday()] = append(byDay[m.Start.Weekday()], m.Title)
		total += m.Duration
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		if ts, ok := byDay[d]; ok {
			fmt.Printf("%-9s %s\n", d, strings.Join(ts, ", "))
		}
	}
	fmt.Println("total", total, total.Hours(), total.Round(time.Hour), total.Truncate(time.Hour))
	leap := time.Date(2024, 2, 28, 23, 0, 0, 0, time.UTC).Add(2 * time.Hour)
	fmt.Println(leap, leap.YearDay(), leap.Month(), leap.Day())
	fmt.Println(base.Format(time.RFC3339), base.UTC().Format(time.RFC1123), base.Format("2006-01-02T15:04:05.000Z07:00"))
	y, w := base.Year(), base.Weekday()
	h, mi, sec := base.Clock()
	fmt.Println(y, w, h, mi, sec, base.Unix(), base.Equal(base.UTC()), base == base.UTC())
	seen := map[time.Time]bool{base: true}
	fmt.Println(seen[base], seen[base.Add(0)], seen[base.UTC()])
	fmt.Println(time.Duration(1234567890), time.Duration(0), 90*time.Second, -time.Minute, time.Duration(999))
	fmt.Printf("%v %d %s %.1f\n", 2*time.Millisecond, time.Millisecond, time.Duration(1500)*time.Microsecond, (90 * time.Minute).Hours())
	endOfMonth := time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0)
	fmt.Println(endOfMonth.Format("2006-01-02 Monday"), time.Date(2023, 12, 32, 0, 0, 0, 0, time.UTC).Format("Jan 2, 2006"))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
	fmt.Printf("%+v\n", Meeting{Title: "x", Duration: time.Second})
}
