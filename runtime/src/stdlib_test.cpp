// Tests of strconv, unicode and unicode/utf8 against Go: the expected text below is the
// output of the equivalent Go program (tests/stdlib/strconv_unicode.go) run with Go 1.19.
#include "minigo/fmt.h"
#include "minigo/strconv.h"
#include "minigo/unicode.h"
#include "test_util.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace mg;

namespace {

iface S(const char* s) {
  return iface::box(&type_string, string(s));
}
iface S(string s) {
  return iface::box(&type_string, s);
}
iface N(std::int64_t v) {
  return iface::box(&type_int, v);
}
iface F(double v) {
  return iface::box(&type_float64, v);
}
iface Bo(bool v) {
  return iface::box(&type_bool, v);
}
iface R(std::int32_t v) {
  return iface::box(&type_int32, v);
}

const char* kExpected = R"gotext(Atoi "42" 42 <nil>
Atoi "-42" -42 <nil>
Atoi "x" 0 strconv.Atoi: parsing "x": invalid syntax
Atoi "" 0 strconv.Atoi: parsing "": invalid syntax
Atoi "9223372036854775808" 9223372036854775807 strconv.Atoi: parsing "9223372036854775808": value out of range
Atoi "-9223372036854775809" -9223372036854775808 strconv.Atoi: parsing "-9223372036854775809": value out of range
Atoi "+7" 7 <nil>
Atoi "1_000" 0 strconv.Atoi: parsing "1_000": invalid syntax
Atoi "0x1f" 0 strconv.Atoi: parsing "0x1f": invalid syntax
ParseInt "0x1f" 0 64 31 <nil>
ParseInt "1_000" 0 64 1000 <nil>
ParseInt "ff" 16 64 255 <nil>
ParseInt "300" 10 8 127 strconv.ParseInt: parsing "300": value out of range
ParseInt "-129" 10 8 -128 strconv.ParseInt: parsing "-129": value out of range
ParseInt "z" 36 64 35 <nil>
ParseInt "1" 1 64 0 strconv.ParseInt: parsing "1": invalid base 1
ParseInt "1" 10 65 0 strconv.ParseInt: parsing "1": invalid bit size 65
ParseInt "0b101" 0 64 5 <nil>
ParseInt "017" 0 64 15 <nil>
ParseInt "_1" 0 64 0 strconv.ParseInt: parsing "_1": invalid syntax
ParseFloat "3.25" 3.25 <nil>
ParseFloat "1e400" +Inf strconv.ParseFloat: parsing "1e400": value out of range
ParseFloat "-1e400" -Inf strconv.ParseFloat: parsing "-1e400": value out of range
ParseFloat "inf" +Inf <nil>
ParseFloat "-Inf" -Inf <nil>
ParseFloat "NaN" NaN <nil>
ParseFloat "1e-400" 0 <nil>
ParseFloat "abc" 0 strconv.ParseFloat: parsing "abc": invalid syntax
ParseFloat "0x1p-2" 0.25 <nil>
ParseFloat "1_0.5" 10.5 <nil>
ParseFloat ".5" 0.5 <nil>
ParseFloat "5." 5 <nil>
ParseFloat "+3" 3 <nil>
ParseFloat "" 0 strconv.ParseFloat: parsing "": invalid syntax
ParseBool "true" true <nil>
ParseBool "T" true <nil>
ParseBool "0" false <nil>
ParseBool "yes" false strconv.ParseBool: parsing "yes": invalid syntax
-ff z -7 3.14 1e+21 2.500e+00
"héllo\n\x00" "h\u00e9llo" '☺' '\n'
"a\tbé" <nil>
invalid syntax
'a' Ltrue Dfalse Sfalse Ufalse ltrue Pfalse 'A' 'a'
'Z' Ltrue Dfalse Sfalse Utrue lfalse Pfalse 'Z' 'z'
'5' Lfalse Dtrue Sfalse Ufalse lfalse Pfalse '5' '5'
' ' Lfalse Dfalse Strue Ufalse lfalse Pfalse ' ' ' '
'\n' Lfalse Dfalse Strue Ufalse lfalse Pfalse '\n' '\n'
'é' Ltrue Dfalse Sfalse Ufalse ltrue Pfalse 'É' 'é'
'É' Ltrue Dfalse Sfalse Utrue lfalse Pfalse 'É' 'é'
'ß' Ltrue Dfalse Sfalse Ufalse ltrue Pfalse 'ß' 'ß'
'Ω' Ltrue Dfalse Sfalse Utrue lfalse Pfalse 'Ω' 'ω'
'ж' Ltrue Dfalse Sfalse Ufalse ltrue Pfalse 'Ж' 'ж'
'世' Ltrue Dfalse Sfalse Ufalse lfalse Pfalse '世' '世'
'!' Lfalse Dfalse Sfalse Ufalse lfalse Ptrue '!' '!'
'$' Lfalse Dfalse Sfalse Ufalse lfalse Pfalse '$' '$'
'_' Lfalse Dfalse Sfalse Ufalse lfalse Ptrue '_' '_'
'٣' Lfalse Dtrue Sfalse Ufalse lfalse Pfalse '٣' '٣'
'\u00a0' Lfalse Dfalse Strue Ufalse lfalse Pfalse '\u00a0' '\u00a0'
'+' Lfalse Dfalse Sfalse Ufalse lfalse Pfalse '+' '+'
9 3 -1 false true
19990 3 30028 3 65533 0
)gotext";

} // namespace

TEST(Stdlib, StrconvUnicodeUtf8MatchGo) {
  std::string out;
  for (const char* s : {"42", "-42", "x", "", "9223372036854775808", "-9223372036854775809", "+7",
                        "1_000", "0x1f"}) {
    auto [v, err] = strconv::Atoi(string(s));
    out += fmt::sprintf("Atoi %q %d %v\n", {S(s), N(v), err});
  }
  struct C {
    const char* s;
    std::int64_t b, n;
  };
  for (C c : {C{"0x1f", 0, 64}, C{"1_000", 0, 64}, C{"ff", 16, 64}, C{"300", 10, 8},
              C{"-129", 10, 8}, C{"z", 36, 64}, C{"1", 1, 64}, C{"1", 10, 65}, C{"0b101", 0, 64},
              C{"017", 0, 64}, C{"_1", 0, 64}}) {
    auto [v, err] = strconv::ParseInt(string(c.s), c.b, c.n);
    out += fmt::sprintf("ParseInt %q %d %d %d %v\n", {S(c.s), N(c.b), N(c.n), N(v), err});
  }
  for (const char* s : {"3.25", "1e400", "-1e400", "inf", "-Inf", "NaN", "1e-400", "abc", "0x1p-2",
                        "1_0.5", ".5", "5.", "+3", ""}) {
    auto [v, err] = strconv::ParseFloat(string(s), 64);
    out += fmt::sprintf("ParseFloat %q %v %v\n", {S(s), F(v), err});
  }
  for (const char* s : {"true", "T", "0", "yes"}) {
    auto [v, err] = strconv::ParseBool(string(s));
    out += fmt::sprintf("ParseBool %q %v %v\n", {S(s), Bo(v), err});
  }
  out += fmt::sprintln({S(strconv::FormatInt(-255, 16)), S(strconv::FormatInt(35, 36)),
                        S(strconv::Itoa(-7)), S(strconv::FormatFloat(3.14159, 'f', 2, 64)),
                        S(strconv::FormatFloat(1e21, 'g', -1, 64)),
                        S(strconv::FormatFloat(2.5, 'e', 3, 32))});
  out += fmt::sprintln({S(strconv::Quote(string("h\xc3\xa9llo\n", 7) + string("\0", 1))),
                        S(strconv::QuoteToASCII(string("h\xc3\xa9llo"))),
                        S(strconv::QuoteRune(0x263A)), S(strconv::QuoteRune('\n'))});
  auto [u, uerr] = strconv::Unquote(string("\"a\\tb\\u00e9\""));
  out += fmt::sprintf("%q %v\n", {S(u), uerr});
  auto [u2, uerr2] = strconv::Unquote(string("\"a"));
  (void)u2;
  out += fmt::sprintln({uerr2});
  for (std::int32_t r :
       {std::int32_t('a'), std::int32_t('Z'), std::int32_t('5'), std::int32_t(' '),
        std::int32_t('\n'), std::int32_t(0xE9), std::int32_t(0xC9), std::int32_t(0xDF),
        std::int32_t(0x3A9), std::int32_t(0x436), std::int32_t(0x4E16), std::int32_t('!'),
        std::int32_t('$'), std::int32_t('_'), std::int32_t(0x663), std::int32_t(0xA0),
        std::int32_t('+')}) {
    out += fmt::sprintf("%q L%v D%v S%v U%v l%v P%v %q %q\n",
                        {R(r), Bo(unicode::IsLetter(r)), Bo(unicode::IsDigit(r)),
                         Bo(unicode::IsSpace(r)), Bo(unicode::IsUpper(r)), Bo(unicode::IsLower(r)),
                         Bo(unicode::IsPunct(r)), R(unicode::ToUpper(r)), R(unicode::ToLower(r))});
  }
  out +=
      fmt::sprintln({N(utf8::RuneCountInString(string("h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c"))),
                     N(utf8::RuneLen(0x4e16)), N(utf8::RuneLen(-1)),
                     Bo(utf8::ValidString(string("a\xff"
                                                 "b"))),
                     Bo(utf8::ValidString(string("h\xc3\xa9llo")))});
  auto [r, w] = utf8::DecodeRuneInString(string("\xe4\xb8\x96\xe7\x95\x8c"));
  auto [r2, w2] = utf8::DecodeLastRuneInString(string("\xe4\xb8\x96\xe7\x95\x8c"));
  auto [r3, w3] = utf8::DecodeRuneInString(string(""));
  out += fmt::sprintln({R(r), N(w), R(r2), N(w2), R(r3), N(w3)});
  EXPECT_EQ(out, kExpected);
}

TEST(Stdlib, StrconvErrorsUnwrap) {
  auto [v, err] = strconv::Atoi(string("x"));
  EXPECT_EQ(v, 0);
  EXPECT_TRUE(errors::Is(err, strconv::ErrSyntax));
  EXPECT_FALSE(errors::Is(err, strconv::ErrRange));
  strconv::NumError* ne = nullptr;
  EXPECT_TRUE(errors::As(err, &ne, &strconv::type_ptr_NumError));
  ASSERT_NE(ne, nullptr);
  EXPECT_EQ(ne->Func.str(), "Atoi");
}

// Every code point's classes and case mappings, hashed; the expected hash is that of the
// output of tests/stdlib/unicode_exhaustive.go under Go 1.19 (same line format).
TEST(Stdlib, UnicodeTablesMatchGoForEveryCodePoint) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  char line[64];
  for (std::int32_t r = 0; r <= 0x10FFFF; r++) {
    int m = int(strconv::is_print(r)) | int(unicode::IsLetter(r)) << 1 |
            int(unicode::IsDigit(r)) << 2 | int(unicode::IsNumber(r)) << 3 |
            int(unicode::IsUpper(r)) << 4 | int(unicode::IsLower(r)) << 5 |
            int(unicode::IsPunct(r)) << 6 | int(unicode::IsSpace(r)) << 7 |
            int(unicode::IsControl(r)) << 8;
    int n = std::snprintf(line, sizeof line, "%d %d %d %d\n", m, unicode::ToUpper(r) - r,
                          unicode::ToLower(r) - r, unicode::ToTitle(r) - r);
    for (int i = 0; i < n; i++) {
      h ^= static_cast<unsigned char>(line[i]);
      h *= 0x100000001b3ULL;
    }
  }
  EXPECT_EQ(h, 0x524cc8c14154780bULL);
}
