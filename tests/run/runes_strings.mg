// Runes and strings: rune literals, string(rune), []byte and []rune conversions both ways,
// indexing bytes, range over a string (runes at byte offsets, invalid UTF-8 as U+FFFD),
// comparison, concatenation and slicing of strings.
package main

import "fmt"

func main() {
	r := 'é'
	fmt.Println(r, string(r), 'a'+1, string(rune('a'+1)))
	var rr rune = 0x4e16
	fmt.Println(string(rr), len(string(rr)))
	fmt.Printf("%c %q %U %d\n", r, r, r, '\n')
	fmt.Println(string(rune(-1)) == "\uFFFD", string(rune(0x10FFFF+1)) == "\uFFFD")

	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[len(s)-1])
	for i, c := range s {
		fmt.Print(i, ":", string(c), " ")
	}
	fmt.Println()
	for i := range "ab" {
		fmt.Print(i)
	}
	fmt.Println()
	bad := "a\xffb"
	for i, c := range bad {
		fmt.Print(i, " ", c, ";")
	}
	fmt.Println()

	bs := []byte(s)
	bs[0] = 'H'
	fmt.Println(string(bs), s, len(bs))
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[1]), string(rs[7:]))
	rs[0] = 'J'
	fmt.Println(string(rs))
	fmt.Println(string([]byte{104, 105}), []byte("hi"), []rune("hé"))
	var empty []byte
	fmt.Println(string(empty) == "", len([]rune("")))

	// Comparison is byte-wise lexicographic.
	fmt.Println("abc" < "abd", "ab" < "abc", "b" > "abc", "Z" < "a", "" < "a")
	fmt.Println("go" == "g"+"o", "go" != "Go", "é" > "z")
	a, b := "apple", "apricot"
	fmt.Println(a <= b, a >= b, a < a, a <= a)

	// Slicing strings shares bytes; indexing yields bytes.
	t := "hello, world"
	fmt.Println(t[7:], t[:5], t[3:8], t[:], len(t[2:4]))
	u := t[7:12]
	fmt.Println(u, u[0] == 'w')
	c := s[1:3]
	fmt.Println(c, len(c))
	t += "!"
	fmt.Println(t)
	x := ""
	for i := 0; i < 3; i++ {
		x += string(rune('x' + i))
	}
	fmt.Println(x)
	fmt.Printf("%s|%q|%x|%v\n", "a\tb", "a\tb", "hi", []string{"p", "q"})
	raw := `raw\n
line`
	fmt.Println(raw, len(raw))
	fmt.Println("\x41\u00e9\U0001F600\101\a" == "Aé😀A\a")
}
