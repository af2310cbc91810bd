// Command gen prints the expected results of fmt's formatting for the runtime's fmt table test
// (runtime/src/fmt_test.cpp). Run it with Go (1.19 here) and store the output:
//
//	go run tests/fmt/gen.go > tests/fmt/fmt_cases.txt
//
// Each line: hex(format) TAB comma-separated value ids TAB hex(expected) TAB a readable copy.
// The format "SPRINT" / "SPRINTLN" stands for fmt.Sprint / fmt.Sprintln of the values.
// The C++ test builds the same values under the same ids (keep the two lists in step).
package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

type P struct{ X, Y int }

type Inner struct {
	A string
	b int
}

type Outer struct {
	Name string
	In   Inner
	Any  interface{}
	L    []int
	M    map[string]int
}

type Str struct{ V int }

func (s Str) String() string { return fmt.Sprintf("Str(%d)", s.V) }

type E struct{ Code int }

func (e E) Error() string { return fmt.Sprintf("error %d", e.Code) }

type MyInt int
type MyStr string
type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Panicky int

func (p Panicky) String() string { panic("oops") }

type Hidden struct{ s Str }
type Exported struct{ S Str }

type PS struct{ N int }

func (p *PS) String() string { return "PS!" }

func main() {
	nan := math.NaN()
	tenth, fifth := 0.1, 0.2 // variables: a constant 0.1 + 0.2 would be exactly 0.3
	vals := map[string]interface{}{
		"i0": 0, "i42": 42, "ineg": -42, "imax": math.MaxInt64, "imin": math.MinInt64,
		"i8": int8(-8), "u8": uint8(200), "u64": uint64(math.MaxUint64), "u16": uint16(65535),
		"rune": '世', "uptr": uintptr(255), "i32": int32(65), "u32": uint32(7),
		"f0": 0.0, "f1": 1.0, "fpi": 3.14159265, "fneg": -2.5, "fbig": 1e21, "fsmall": 1e-7,
		"f03": tenth + fifth, "f1e6": 1e6, "f123456": 123456.0, "fnan": nan, "finf": math.Inf(1),
		"fninf": math.Inf(-1), "fnegzero": math.Copysign(0, -1), "f32": float32(0.1),
		"f32b": float32(16777216.0), "fhalf": 0.5, "f2_5": 2.5, "f1234": 1234.5678,
		"fmaxf": math.MaxFloat64, "ftiny": 5e-324, "f100": 100.0, "f1e20": 1e20,
		"s0": "", "shi": "hi", "sworld": "hello, 世界", "sq": "a\"b\\c\n", "sctl": "\x00\x7f\t",
		"sinv": "\xff", "slong": "abcdefghij", "sback": "a`b",
		"btrue": true, "bfalse": false,
		"nil":       nil,
		"sliceint":  []int{1, 2, 3},
		"slicenil":  []int(nil),
		"sliceemp":  []int{},
		"slicestr":  []string{"a", "b c"},
		"bytes":     []byte("hi"),
		"bytesnil":  []byte(nil),
		"arr":       [3]int{1, 2, 3},
		"arrbytes":  [3]byte{1, 2, 3},
		"map1":      map[string]int{"b": 2, "a": 1, "c": 3},
		"mapnil":    map[string]int(nil),
		"mapint":    map[int]string{3: "c", 1: "a", 2: "b"},
		"mapf":      map[float64]int{nan: 1, 2: 2, -1: 3},
		"pt":        P{1, 2},
		"ppt":       &P{1, 2},
		"pnil":      (*P)(nil),
		"outer":     Outer{Name: "o", In: Inner{A: "x", b: 2}, L: []int{1}, M: map[string]int{"k": 1}},
		"str":       Str{5},
		"serr":      E{404},
		"errnew":    errors.New("boom"),
		"wrapped":   fmt.Errorf("ctx: %w", errors.New("inner")),
		"myint":     MyInt(7),
		"mystr":     MyStr("ms"),
		"cel":       Celsius(36.6),
		"panicky":   Panicky(1),
		"hidden":    Hidden{Str{5}},
		"exported":  Exported{Str{5}},
		"slicestr2": []Str{{1}, {2}},
		"ifaces":    []interface{}{1, "a", nil, 2.5},
		"nested":    [][]int{{1}, {2, 3}},
		"mapstruct": map[P]string{{2, 1}: "x", {1, 2}: "y"},
		"ptrslice":  &[]int{1},
		"ptrmap":    &map[string]int{"a": 1},
		"ptrarr":    &[2]string{"x", "y"},
		"empty":     struct{}{},
		"ps":        PS{3},
		"pps":       &PS{3},
		"mapbool":   map[bool]int{true: 1, false: 0},
		"mapiface":  map[interface{}]int{2: 1, 1: 2},
		"sliceerr":  []error{errors.New("e1"), nil},
	}
	order := []string{"i0", "i42", "ineg", "imax", "imin", "i8", "u8", "u64", "u16", "rune", "uptr",
		"i32", "u32", "f0", "f1", "fpi", "fneg", "fbig", "fsmall", "f03", "f1e6", "f123456", "fnan",
		"finf", "fninf", "fnegzero", "f32", "f32b", "fhalf", "f2_5", "f1234", "fmaxf", "ftiny", "f100",
		"f1e20", "s0", "shi", "sworld", "sq", "sctl", "sinv", "slong", "sback", "btrue", "bfalse",
		"nil", "sliceint", "slicenil", "sliceemp", "slicestr", "bytes", "bytesnil", "arr", "arrbytes",
		"map1", "mapnil", "mapint", "mapf", "pt", "ppt", "pnil", "outer", "str", "serr", "errnew",
		"wrapped", "myint", "mystr", "cel", "panicky", "hidden", "exported", "slicestr2", "ifaces",
		"nested", "mapstruct", "ptrslice", "ptrmap", "ptrarr", "empty", "ps", "pps", "mapbool",
		"mapiface", "sliceerr"}
	// Values whose output contains machine addresses (compared only for verbs that hide them).
	addr := map[string]bool{"pnil": false}
	_ = addr
	formats := []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%o", "%O", "%b",
		"%c", "%U", "%#U", "%e", "%E", "%f", "%F", "%g", "%G", "%t", "%5v|", "%-6v|", "%05v",
		"%8.3v|", "%.2v", "%+d", "% d", "%#x", "%# x", "% X", "%10s|", "%-10s|", "%.3s", "%08.3f",
		"%+.2e", "%6.2f|", "%#g", "%#.3g", "%.0f", "%.1f", "%5t|", "%#o", "%#b", "%+q", "%#q",
		"%.3g", "%10.4e|", "%-08d|", "%+v|%v", "%x|%X", "%.10g", "%.20f", "%#+v", "%3c|", "%-5q|",
		"%.1q", "%010.3f", "% .2f", "%+.3v", "%#5x|", "%.5d", "%8.5d|", "%-+7d|", "%z", "%!",
		"%w"}
	for _, f := range formats {
		for _, id := range order {
			v := vals[id]
			// Two-verb formats get the value twice.
			n := strings.Count(f, "%") - strings.Count(f, "%%")*2
			args := []interface{}{}
			ids := []string{}
			for i := 0; i < n; i++ {
				args = append(args, v)
				ids = append(ids, id)
			}
			out := fmt.Sprintf(f, args...)
			if hasAddress(id, f, out) {
				continue
			}
			emit(f, ids, out)
		}
	}
	// Multi-argument and error cases.
	multi := []struct {
		f   string
		ids []string
	}{
		{"%*d|", []string{"i42", "i42"}}, {"%-*d|", []string{"i8", "i42"}}, {"%.*f", []string{"i8", "fpi"}},
		{"%*d", []string{"shi", "i42"}}, {"%.*d|", []string{"ineg", "i42"}}, {"%[2]d %[1]d", []string{"i42", "ineg"}},
		{"%[3]d", []string{"i42", "ineg"}}, {"%d %d", []string{"i42"}}, {"%d", []string{"i42", "ineg"}},
		{"%", []string{}}, {"%!", []string{}}, {"%d%%", []string{"i42"}}, {"hello", []string{"i42", "shi"}},
		{"%v %v", []string{"nil", "nil"}}, {"%[1]d %[1]x %[1]o", []string{"i42"}}, {"%d %[5]d %d", []string{"i42", "i0"}},
		{"%[2]*[1]d|", []string{"i42", "i8"}}, {"%.[2]d", []string{"i42", "i8"}}, {"%s %s", []string{"shi", "str"}},
		{"%d %s %v", []string{"shi", "i42", "nil"}}, {"%v|%d", []string{"sliceint", "slicestr"}},
		{"%[0]d", []string{"i42"}}, {"%[x]d", []string{"i42"}}, {"%-[1]d|", []string{"i42"}},
		{"%.[1]*d|", []string{"i8", "i42"}}, {"%08s|", []string{"shi"}}, {"%-08s|", []string{"shi"}},
		{"%6.2%|", []string{"i42"}}, {"%3.1w", []string{"errnew"}}, {"%T %T", []string{"nil", "ifaces"}},
		{"%v", []string{"serr", "errnew"}}, {"%s=%d, %s=%d", []string{"shi", "i42", "s0", "ineg"}},
		{"%x %X", []string{"sworld", "bytes"}}, {"% x|%#x|%# X", []string{"bytes", "bytes", "sworld"}},
		{"SPRINT", []string{"i42", "ineg", "shi", "i0", "shi", "shi", "btrue", "nil", "f03"}},
		{"SPRINTLN", []string{"i42", "ineg", "shi", "i0", "shi", "shi", "btrue", "nil", "f03"}},
		{"SPRINT", []string{"pt", "ppt", "str", "serr", "map1", "sliceint"}},
		{"SPRINTLN", []string{"pt", "ppt", "str", "serr", "map1", "sliceint", "outer"}},
		{"SPRINT", []string{}}, {"SPRINTLN", []string{}}, {"SPRINT", []string{"shi"}}, {"SPRINT", []string{"s0", "s0", "i0", "i0"}},
	}
	for _, m := range multi {
		args := []interface{}{}
		for _, id := range m.ids {
			args = append(args, vals[id])
		}
		var out string
		switch m.f {
		case "SPRINT":
			out = fmt.Sprint(args...)
		case "SPRINTLN":
			out = fmt.Sprintln(args...)
		default:
			out = fmt.Sprintf(m.f, args...)
		}
		emit(m.f, m.ids, out)
	}
}

// Output with pointers printed as numbers varies between runs: left out of the table.
func hasAddress(id, f, out string) bool {
	if strings.Contains(out, "0xc0") || strings.Contains(out, "(0x") {
		return true
	}
	// Pointers inside values printed with numeric verbs (%d of a *T field).
	return (id == "wrapped" || id == "sliceerr") && longDigits.MatchString(out)
}

var longDigits = regexp.MustCompile("[0-9a-fA-F]{9,}")

func emit(f string, ids []string, out string) {
	fmt.Printf("%s\t%s\t%s\t%s %s\n", hex.EncodeToString([]byte(f)), strings.Join(ids, ","),
		hex.EncodeToString([]byte(out)), strconv.Quote(f), strconv.Quote(out))
}
