// strconv: parsing in every base and bit size with each error form Go produces
// (*NumError with Func, Num and ErrSyntax/ErrRange, matched by errors.Is and errors.As),
// formatting of integers and floats in every format and precision, quoting, AppendInt.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "42", "-42", "+7", "", "x", "12x", " 1", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "1_000", "0x10", "99999999999999999999"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	type pc struct {
		s    string
		base int
		bits int
	}
	for _, c := range []pc{{"ff", 16, 64}, {"-ff", 16, 8}, {"0xff", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64}, {"0b101", 0, 8},
		{"1_000", 0, 64}, {"1__0", 0, 64}, {"_1", 0, 64}, {"127", 10, 8}, {"128", 10, 8}, {"-128", 10, 8}, {"-129", 10, 8},
		{"zz", 36, 64}, {"12", 2, 64}, {"12", 1, 64}, {"12", 37, 64}, {"32767", 10, 16}, {"2147483648", 10, 32}, {"0x", 0, 64}, {"-", 10, 64}, {"+", 10, 64}, {"10", 10, 0}, {"10", 10, 65}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}
	for _, c := range []pc{{"255", 10, 8}, {"256", 10, 8}, {"-1", 10, 64}, {"18446744073709551615", 10, 64}, {"18446744073709551616", 10, 64}, {"0xFFFF", 0, 16}, {"+5", 10, 64}, {"", 10, 64}} {
		n, err := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Printf("ParseUint(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}
	for _, s := range []string{"3.25", "1e10", "-0", "+Inf", "-inf", "NaN", "nan", "infinity", "1e400", "-1e400", "1e-400", "0x1p-2", "1_000.5", ".5", "5.", "abc", "", "1e", "0.1", "4.9e-324", "1.7976931348623157e308", "1.8e308"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "", "tRuE"} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("ParseBool(%q) = %v, %v\n", s, b, err)
	}

	_, err = strconv.Atoi("nope")
	var ne *strconv.NumError
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange), errors.As(err, &ne))
	fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax, ne.Error())
	_, err = strconv.ParseInt("999", 10, 8)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == strconv.ErrRange, err)
	fmt.Println(strconv.ErrSyntax, strconv.ErrRange)
	fmt.Printf("%v|%T|%T\n", err, err, strconv.ErrSyntax)

	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(9223372036854775807))
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Println(strconv.FormatInt(-255, base), strconv.FormatInt(1<<62, base), strconv.FormatUint(18446744073709551615, base))
	}
	fmt.Println(strconv.FormatInt(-9223372036854775808, 10), strconv.FormatInt(-9223372036854775808, 16))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e20, 123456789, 0.000001234, 1e-7, 100, 2.5, 0.1 + 0.2, 1.0 / 3}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', -1, 64), strconv.FormatFloat(v, 'g', -1, 64),
			strconv.FormatFloat(v, 'f', 2, 64), strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'g', 4, 64),
			strconv.FormatFloat(v, 'E', -1, 64), strconv.FormatFloat(v, 'G', 2, 64), strconv.FormatFloat(v, 'f', -1, 32), strconv.FormatFloat(v, 'b', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(0.5, 'f', 0, 64), strconv.FormatFloat(1.5, 'f', 0, 64), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(-0.0, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(1, 'x', -1, 64), strconv.FormatFloat(3.5, 'X', 3, 64), strconv.FormatFloat(1, 'z', -1, 64))
	big := 1e308
	inf := big * 10
	fmt.Println(strconv.FormatFloat(inf, 'f', 2, 64), strconv.FormatFloat(-inf, 'g', -1, 64), strconv.FormatFloat(inf-inf, 'e', 3, 64))

	for _, s := range []string{"hello", "", "tab\there", "quote\"s", "back\\slash", "new\nline", "日本語", "\x00\x7f\xff", "\u2028", "bell\a", "emoji 😀"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', '☺', 0, 0x10FFFF + 1, 0xD800, '\\'} {
		fmt.Println(strconv.QuoteRune(r))
	}
	for _, s := range []string{`"hello"`, `"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `hello`, `"\u00e9"`, `"\x41"`, `'ab'`, `""`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = strconv.AppendInt(buf, 255, 16)
	fmt.Println(string(buf), len(buf))
}
