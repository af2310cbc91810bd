// The Go program whose output runtime/src/strings_test.cpp expects (run with Go 1.19).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  Hello, Wörld! hello  "
	fmt.Printf("%v %v %v %v\n", strings.Contains(s, "llo"), strings.ContainsAny(s, "xyzö"), strings.ContainsRune(s, 'W'), strings.Contains(s, ""))
	fmt.Printf("%d %d %d\n", strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Printf("%q %q %q\n", strings.Fields(s), strings.Fields("   "), strings.Fields(" a\tb\nc "))
	fmt.Printf("%v %v %v %v\n", strings.HasPrefix(s, "  He"), strings.HasSuffix(s, "o  "), strings.HasPrefix("a", "ab"), strings.HasSuffix("", ""))
	fmt.Printf("%d %d %d %d %d %d\n", strings.Index(s, "l"), strings.Index(s, "zz"), strings.IndexAny("golang", "ny"), strings.IndexByte("golang", 'l'), strings.IndexRune("chicken wörld", 'ö'), strings.IndexRune("a\xffb", 0xFFFD))
	fmt.Printf("%d %d %d\n", strings.LastIndex("go gopher", "go"), strings.LastIndex("x", ""), strings.IndexFunc("Hello, 世界", unicode.IsUpper))
	fmt.Printf("%q %q %q\n", strings.Join([]string{"a", "b", "c"}, ", "), strings.Join(nil, ","), strings.Join([]string{"x"}, "-"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "hello wörld"))
	fmt.Printf("%q %q\n", strings.Repeat("ab", 3), strings.Repeat("x", 0))
	fmt.Printf("%q %q %q %q\n", strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.ReplaceAll("abc", "", "-"), strings.Replace("aaa", "a", "b", 0))
	fmt.Printf("%q %q %q %q %q\n", strings.Split("a,b,c", ","), strings.Split("abc", ""), strings.Split("", ","), strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q %q\n", strings.SplitN("a,b", ",", 0), strings.Split("a,b,", ","))
	fmt.Printf("%q %q %q %q\n", strings.Title("hello wide world"), strings.ToLower("HeLLo ÄÖÜ ΣΑΣ"), strings.ToUpper("héllo ß straße"), strings.ToTitle("loud"))
	fmt.Printf("%q %q %q %q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.TrimSpace(" \t\n Hello \r\n "))
	fmt.Printf("%q %q %q\n", strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Printf("%v %v %v %d %d %d\n", strings.EqualFold("Go", "GO"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("ÄB", "äb"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	b.WriteRune('世')
	fmt.Printf("%q %d\n", b.String(), b.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "a", "A")
	fmt.Printf("%q\n", r.Replace("This is <b>HTML</b> and a cat"))
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }))
}
