// A CSV-ish sales report from stdin with bufio.Reader, Sscanf, strconv formatting and a bufio.Writer.
// stdin: prog_csvreport.input
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
	Elapsed time.Duration
}

type Totals struct {
	Units   int
	Revenue float64
}

func parseLine(line string, lineNo int) (Sale, error) {
	fields := strings.Split(line, ",")
	if len(fields) != 5 {
		return Sale{}, fmt.Errorf("line %d: want 5 fields, got %d", lineNo, len(fields))
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	units, err := strconv.Atoi(fields[2])
	if err != nil {
		return Sale{}, fmt.Errorf("line %d: units: %w", lineNo, err)
	}
	price, err := strconv.ParseFloat(fields[3], 64)
	if err != nil {
		return Sale{}, fmt.Errorf("line %d: price: %w", lineNo, err)
	}
	var mins, secs int
	if n, err := fmt.Sscanf(fields[4], "%dm%ds", &mins, &secs); err != nil || n != 2 {
		return Sale{}, fmt.Errorf("line %d: bad duration %q", lineNo, fields[4])
	}
	return Sale{fields[0], fields[1], units, price, time.Duration(mins)*time.Minute + time.Duration(secs)*time.Second}, nil
}

func main() {
	r := bufio.NewReader(os.Stdin)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	var sales []Sale
	lineNo := 0
	for {
		line, err := r.ReadString('\n')
		if line = strings.TrimRight(line, "\r\n"); line != "" {
			lineNo++
			if lineNo > 1 && !strings.HasPrefix(line, "#") {
				s, perr := parseLine(line, lineNo)
				if perr != nil {
					fmt.Fprintln(w, "skip:", perr)
				} else {
					sales = append(sales, s)
				}
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	byRegion := map[string]*Totals{}
	var total Totals
	var elapsed time.Duration
	for _, s := range sales {
		t := byRegion[s.Region]
		if t == nil {
			t = &Totals{}
			byRegion[s.Region] = t
		}
		t.Units += s.Units
		t.Revenue += float64(s.Units) * s.Price
		total.Units += s.Units
		total.Revenue += float64(s.Units) * s.Price
		elapsed += s.Elapsed
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]].Revenue > byRegion[regions[j]].Revenue })
	fmt.Fprintf(w, "%-8s|%6s|%10s|%6s\n", "region", "units", "revenue", "share")
	fmt.Fprintln(w, strings.Repeat("-", 34))
	for _, r := range regions {
		t := byRegion[r]
		fmt.Fprintf(w, "%-8s|%6d|%10.2f|%5.1f%%\n", r, t.Units, t.Revenue, 100*t.Revenue/total.Revenue)
	}
	fmt.Fprintf(w, "%-8s|%6d|%10s|\n", "total", total.Units, strconv.FormatFloat(total.Revenue, 'f', 2, 64))
	fmt.Fprintf(w, "time %v avg %v\n", elapsed, elapsed/time.Duration(len(sales)))
	fmt.Fprintf(w, "%+v\n", sales[0])
	fmt.Fprintf(w, "%*d|%-*d|\n", 5, 42, 4, 7)
	fmt.Fprintln(w, strconv.FormatFloat(1234.5678, 'e', 3, 64), strconv.FormatFloat(0.000012, 'g', -1, 64), strconv.Quote("tab\there"))
	rep := strings.NewReplacer("north", "N", "south", "S")
	fmt.Fprintln(w, rep.Replace("north and south and northwest"))
	var a, b int
	var word string
	n, err := fmt.Sscan("10 20 thirty", &a, &b, &word)
	fmt.Fprintln(w, n, err, a+b, word)
	n, err = fmt.Sscan("5 x", &a, &b)
	fmt.Fprintln(w, n, err != nil, a)
	fmt.Fprintln(w, w.Buffered() > 0)
}
