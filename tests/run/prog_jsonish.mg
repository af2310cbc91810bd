// A JSON-like value model with interface{} trees: a hand-written parser, a pretty printer with
// sorted keys, path queries and a type-switch based size estimator.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type parser struct {
	s   string
	pos int
}

type ParseError struct {
	Pos int
	Msg string
}

func (e ParseError) Error() string { return "parse error at " + strconv.Itoa(e.Pos) + ": " + e.Msg }

func (p *parser) skip() {
	for p.pos < len(p.s) && unicode.IsSpace(rune(p.s[p.pos])) {
		p.pos++
	}
}

func (p *parser) fail(format string, args ...interface{}) {
	panic(ParseError{p.pos, fmt.Sprintf(format, args...)})
}

func (p *parser) expect(c byte) {
	p.skip()
	if p.pos >= len(p.s) || p.s[p.pos] != c {
		p.fail("expected %q", c)
	}
	p.pos++
}

func (p *parser) value() interface{} {
	p.skip()
	if p.pos >= len(p.s) {
		p.fail("unexpected end")
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		p.pos++
		obj := map[string]interface{}{}
		for p.skip(); p.s[p.pos] != '}'; p.skip() {
			key, ok := p.value().(string)
			if !ok {
				p.fail("object key must be a string")
			}
			p.expect(':')
			obj[key] = p.value()
			p.skip()
			if p.s[p.pos] == ',' {
				p.pos++
			}
		}
		p.pos++
		return obj
	case c == '[':
		p.pos++
		arr := []interface{}{}
		for p.skip(); p.s[p.pos] != ']'; p.skip() {
			arr = append(arr, p.value())
			p.skip()
			if p.s[p.pos] == ',' {
				p.pos++
			}
		}
		p.pos++
		return arr
	case c == '"':
		end := strings.IndexByte(p.s[p.pos+1:], '"')
		if end < 0 {
			p.fail("unterminated string")
		}
		s := p.s[p.pos+1 : p.pos+1+end]
		p.pos += end + 2
		return s
	case strings.HasPrefix(p.s[p.pos:], "true"), strings.HasPrefix(p.s[p.pos:], "false"):
		b := p.s[p.pos] == 't'
		p.pos += map[bool]int{true: 4, false: 5}[b]
		return b
	case strings.HasPrefix(p.s[p.pos:], "null"):
		p.pos += 4
		return nil
	default:
		start := p.pos
		for p.pos < len(p.s) && strings.ContainsRune("+-.eE0123456789", rune(p.s[p.pos])) {
			p.pos++
		}
		f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
		if err != nil {
			p.pos = start
			p.fail("bad number: %v", errors.Unwrap(err))
		}
		return f
	}
}

func Parse(s string) (v interface{}, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(ParseError)
			if !ok {
				err = fmt.Errorf("parse: %v", r) // ran off the end: a runtime error
				return
			}
			err = pe
		}
	}()
	p := &parser{s: s}
	v = p.value()
	p.skip()
	if p.pos != len(s) {
		p.fail("trailing data")
	}
	return v, nil
}

func pretty(v interface{}, indent string, sb *strings.Builder) {
	switch x := v.(type) {
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", indent, k)
			pretty(x[k], indent+"  ", sb)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "}")
	case []interface{}:
		parts := make([]string, len(x))
		for i, e := range x {
			var inner strings.Builder
			pretty(e, indent, &inner)
			parts[i] = inner.String()
		}
		sb.WriteString("[" + strings.Join(parts, ", ") + "]")
	case string:
		sb.WriteString(strconv.Quote(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case nil:
		sb.WriteString("null")
	default:
		fmt.Fprint(sb, x)
	}
}

func get(v interface{}, path string) (interface{}, bool) {
	for _, part := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]interface{}:
			var ok bool
			if v, ok = x[part]; !ok {
				return nil, false
			}
		case []interface{}:
			i, err := strconv.Atoi(part)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

func count(v interface{}) (n int) {
	n = 1
	switch x := v.(type) {
	case map[string]interface{}:
		for _, e := range x {
			n += count(e)
		}
	case []interface{}:
		for _, e := range x {
			n += count(e)
		}
	}
	return
}

func main() {
	doc := `{"name": "minigo", "version": 1.5, "tags": ["go", "c++", true, null],
	         "deps": {"gc": {"version": 8.2}, "boost": {"libs": ["context"]}}, "stars": -3e2}`
	v, err := Parse(doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	var sb strings.Builder
	pretty(v, "", &sb)
	fmt.Println(sb.String())
	for _, q := range []string{"name", "deps.gc.version", "tags.1", "tags.9", "deps.boost.libs.0", "stars", "name.x"} {
		r, ok := get(v, q)
		fmt.Printf("%-18s %-8v %T %t\n", q, r, r, ok)
	}
	fmt.Println("nodes:", count(v))
	for _, bad := range []string{`{"a" 1}`, `[1, 2`, `{"a": 1} x`, `{1: 2}`, `"open`, `-`} {
		_, err := Parse(bad)
		var pe ParseError
		fmt.Printf("%-12s %v (%t)\n", bad, err, errors.As(err, &pe))
	}
}
