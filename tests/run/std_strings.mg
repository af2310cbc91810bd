// strings: every declared function on ordinary, empty, Unicode and edge-case inputs (empty
// separators, negative counts, overlapping matches, invalid UTF-8), Builder, Replacer, Reader.
package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("", ""), strings.Contains("abc", ""))
	fmt.Println(strings.ContainsAny("failure", "ui"), strings.ContainsAny("foo", ""), strings.ContainsAny("", ""), strings.ContainsAny("héllo", "é"))
	fmt.Println(strings.ContainsRune("aardvark", 97), strings.ContainsRune("timeout", 'z'), strings.ContainsRune("日本", '本'))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"), strings.Count("日本語", ""))
	fmt.Printf("%q\n", strings.Fields("  foo bar  baz\t\n\u00a0x\u2003y  "))
	fmt.Printf("%q %q\n", strings.Fields(""), strings.Fields("   "))
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }))
	fmt.Println(strings.HasPrefix("Gopher", "Go"), strings.HasPrefix("Gopher", "C"), strings.HasPrefix("Gopher", ""))
	fmt.Println(strings.HasSuffix("Amigo", "go"), strings.HasSuffix("Amigo", "O"), strings.HasSuffix("Amigo", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("abc", ""), strings.Index("", "a"), strings.Index("日本語", "語"))
	fmt.Println(strings.IndexAny("golang", "y"), strings.IndexAny("chicken", "kmr"), strings.IndexAny("日本語", "語本"), strings.IndexAny("x", ""))
	fmt.Println(strings.IndexByte("golang", 'g'), strings.IndexByte("gophers", 'h'), strings.IndexByte("golang", 'x'))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(c rune) bool { return c > 127 }), strings.IndexFunc("abc", unicode.IsDigit))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("chicken", 'd'), strings.IndexRune("a\xffb", utf8RuneError()), strings.IndexRune("日本語", '語'))
	fmt.Println(strings.Join([]string{"foo", "bar", "baz"}, ", "), strings.Join(nil, ","), strings.Join([]string{"x"}, "-"), strings.Join([]string{"", ""}, "|"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go gopher", "rodent"), strings.LastIndex("abc", ""), strings.LastIndex("aaa", "aa"))
	fmt.Println(strings.LastIndexAny("go gopher", "go"), strings.LastIndexAny("go gopher", "rodent"), strings.LastIndexAny("go gopher", "fail"), strings.LastIndexAny("日本語日", "日"))
	fmt.Println(strings.LastIndexByte("Hello, world", 'l'), strings.LastIndexByte("Hello, world", 'o'), strings.LastIndexByte("Hello, world", 'x'))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana ßé"))
	fmt.Println(strings.Repeat("na", 2), "["+strings.Repeat("x", 0)+"]", len(strings.Repeat("ab", 100)))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2), strings.Replace("abc", "x", "y", 0))
	fmt.Println(strings.ReplaceAll("oink oink oink", "oink", "moo"), strings.ReplaceAll("日本", "", "|"))
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a man a plan a canal panama", "a "))
	fmt.Printf("%q\n", strings.Split(" xyz ", ""))
	fmt.Printf("%q\n", strings.Split("", "Bernardo O'Higgins"))
	fmt.Printf("%q\n", strings.Split("", ""))
	fmt.Printf("%q\n", strings.Split("日本語", ""))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q %q %q %q\n", strings.SplitN("a,b,c", ",", 0), strings.SplitN("a,b,c", ",", -1), strings.SplitN("a,b,c", ",", 1), strings.SplitN("abc", "", 2))
	fmt.Println(strings.Title("her royal highness"), strings.Title("hello_world-foo bar.baz"), strings.Title("ünicode élan"))
	fmt.Println(strings.ToLower("Gopher ÀÉÎ ΣΑΣ"), strings.ToUpper("Gopher àéî ß ﬀ"), strings.ToTitle("loud noises ǆ"))
	fmt.Printf("[%s] [%s] [%s] [%s]\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.Trim("  x  ", " "), strings.Trim("abc", ""), strings.Trim("aaa", "a"))
	fmt.Printf("[%s] [%s]\n", strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("[%s] [%s]\n", strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeftFunc("123abc456", unicode.IsDigit))
	fmt.Printf("[%s] [%s] [%s]\n", strings.TrimRightFunc("123abc456", unicode.IsDigit), strings.TrimPrefix("¡¡¡Hello", "¡¡"), strings.TrimSuffix("Hello, Gophers!!!", "s!!!"))
	fmt.Printf("[%s] [%s] [%s]\n", strings.TrimPrefix("abc", "x"), strings.TrimSuffix("abc", "abc"), strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n\u00a0\u3000"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ς", "Σ"), strings.EqualFold("K", "\u212a"), strings.EqualFold("a", "ab"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("a", "a"), strings.Compare("b", "a"), strings.Compare("", "a"), strings.Compare("ab", "a"))
	for _, s := range []string{"key=value", "key=", "=value", "novalue", "a=b=c", ""} {
		before, after, found := strings.Cut(s, "=")
		fmt.Printf("%q %q %v\n", before, after, found)
	}

	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte(' ')
	n, err := b.WriteRune('世')
	fmt.Println(n, err)
	n, err = b.Write([]byte("!!"))
	fmt.Println(n, err, b.String(), b.Len())
	b.Grow(100)
	fmt.Println(b.Cap() >= b.Len()+100)
	b.Reset()
	fmt.Println(b.Len(), "["+b.String()+"]")

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("This is <b>HTML</b> & more"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("", "X")
	fmt.Println(r3.Replace("abc"))
	r4 := strings.NewReplacer("hello", "HI", "world", "EARTH", "o", "0")
	fmt.Println(r4.Replace("hello world, oh boy"))

	rd := strings.NewReader("héllo")
	fmt.Println(rd.Len(), rd.Size())
	c, _ := rd.ReadByte()
	ch, size, _ := rd.ReadRune()
	fmt.Println(c, ch, size, rd.Len())
	buf := make([]byte, 2)
	for {
		n, err := rd.Read(buf)
		fmt.Println(n, err, string(buf[:n]))
		if err == io.EOF {
			break
		}
	}
}

func utf8RuneError() rune { return '\uFFFD' }
