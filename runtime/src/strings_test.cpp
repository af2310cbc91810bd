// Tests of the strings package against Go: kExpected is the output of
// tests/stdlib/strings_oracle.go run with Go 1.19; the test performs the same calls.
#include "minigo/fmt.h"
#include "minigo/os.h"
#include "minigo/strings.h"
#include "minigo/unicode.h"

#include <gtest/gtest.h>

using namespace mg;

namespace {

const TypeInfo type_slice_string_t = slice_type<string>("[]string", &type_string);
iface Q(const string& s) {
  return iface::box(&type_string, s);
}
iface Q(const slice<string>& s) {
  return iface::box(&type_slice_string_t, s);
}
iface N(std::int64_t v) {
  return iface::box(&type_int, v);
}
iface B(bool v) {
  return iface::box(&type_bool, v);
}
string s_(const char* s) {
  return string(s);
}
slice<string> L(std::initializer_list<string> l) {
  return slice<string>(l);
}

const char* kExpected = R"gotext(true true true true
3 5 2
["Hello," "Wörld!" "hello"] [] ["a" "b" "c"]
true true false true
4 -1 4 2 9 1
3 1 0
"a, b, c" "" "x"
"HEO WÖRD"
"ababab" ""
"oinky oinky oink" "moo moo moo" "-a-b-c-" "aaa"
["a" "b" "c"] ["a" "b" "c"] [""] ["a" "b,c,d"] ["a," "b," "c"]
[] ["a" "b" ""]
"Hello Wide World" "hello äöü σασ" "HÉLLO ß STRAßE" "LOUD"
"Hello, Gophers" "hixx" "xxhi" "Hello"
"abc" "body" "body"
true false true -1 1 0
"key" "value=x" true
"novalue" "" false
"0...1...2...ignition!世" 24
"This is &lt;b&gt;HTML&lt;/b&gt; And A cAt"
["foo1" "bar2" "baz3"]
)gotext";

} // namespace

TEST(Strings, MatchGo) {
  using namespace mg::strings;
  std::string out;
  string s = s_("  Hello, W\xc3\xb6rld! hello  ");
  out += fmt::sprintf("%v %v %v %v\n",
                      {B(Contains(s, s_("llo"))), B(ContainsAny(s, s_("xyz\xc3\xb6"))),
                       B(ContainsRune(s, 'W')), B(Contains(s, s_("")))});
  out += fmt::sprintf("%d %d %d\n", {N(Count(s_("cheese"), s_("e"))), N(Count(s_("five"), s_(""))),
                                     N(Count(s_("aaaa"), s_("aa")))});
  out +=
      fmt::sprintf("%q %q %q\n", {Q(Fields(s)), Q(Fields(s_("   "))), Q(Fields(s_(" a\tb\nc ")))});
  out += fmt::sprintf("%v %v %v %v\n",
                      {B(HasPrefix(s, s_("  He"))), B(HasSuffix(s, s_("o  "))),
                       B(HasPrefix(s_("a"), s_("ab"))), B(HasSuffix(s_(""), s_("")))});
  out += fmt::sprintf("%d %d %d %d %d %d\n",
                      {N(Index(s, s_("l"))), N(Index(s, s_("zz"))),
                       N(IndexAny(s_("golang"), s_("ny"))), N(IndexByte(s_("golang"), 'l')),
                       N(IndexRune(s_("chicken w\xc3\xb6rld"), 0xF6)),
                       N(IndexRune(s_("a\xff"
                                      "b"),
                                   0xFFFD))});
  out += fmt::sprintf("%d %d %d\n",
                      {N(LastIndex(s_("go gopher"), s_("go"))), N(LastIndex(s_("x"), s_(""))),
                       N(IndexFunc(s_("Hello, \xe4\xb8\x96\xe7\x95\x8c"),
                                   [](std::int32_t r) { return unicode::IsUpper(r); }))});
  out += fmt::sprintf("%q %q %q\n",
                      {Q(Join(L({s_("a"), s_("b"), s_("c")}), s_(", "))),
                       Q(Join(slice<string>(), s_(","))), Q(Join(L({s_("x")}), s_("-")))});
  out += fmt::sprintf("%q\n", {Q(Map(
                                  [](std::int32_t r) -> std::int32_t {
                                    if (r == 'l')
                                      return -1;
                                    return unicode::ToUpper(r);
                                  },
                                  s_("hello w\xc3\xb6rld")))});
  out += fmt::sprintf("%q %q\n", {Q(Repeat(s_("ab"), 3)), Q(Repeat(s_("x"), 0))});
  out += fmt::sprintf("%q %q %q %q\n", {Q(Replace(s_("oink oink oink"), s_("k"), s_("ky"), 2)),
                                        Q(Replace(s_("oink oink oink"), s_("oink"), s_("moo"), -1)),
                                        Q(ReplaceAll(s_("abc"), s_(""), s_("-"))),
                                        Q(Replace(s_("aaa"), s_("a"), s_("b"), 0))});
  out += fmt::sprintf("%q %q %q %q %q\n",
                      {Q(Split(s_("a,b,c"), s_(","))), Q(Split(s_("abc"), s_(""))),
                       Q(Split(s_(""), s_(","))), Q(SplitN(s_("a,b,c,d"), s_(","), 2)),
                       Q(SplitAfter(s_("a,b,c"), s_(",")))});
  out += fmt::sprintf("%q %q\n", {Q(SplitN(s_("a,b"), s_(","), 0)), Q(Split(s_("a,b,"), s_(",")))});
  out += fmt::sprintf("%q %q %q %q\n",
                      {Q(Title(s_("hello wide world"))),
                       Q(ToLower(s_("HeLLo \xc3\x84\xc3\x96\xc3\x9c \xce\xa3\xce\x91\xce\xa3"))),
                       Q(ToUpper(s_("h\xc3\xa9llo \xc3\x9f stra\xc3\x9f"
                                    "e"))),
                       Q(ToTitle(s_("loud")))});
  out += fmt::sprintf("%q %q %q %q\n",
                      {Q(Trim(s_("\xc2\xa1\xc2\xa1\xc2\xa1Hello, Gophers!!!"), s_("!\xc2\xa1"))),
                       Q(TrimLeft(s_("xxhixx"), s_("x"))), Q(TrimRight(s_("xxhixx"), s_("x"))),
                       Q(TrimSpace(s_(" \t\n Hello \r\n ")))});
  out += fmt::sprintf(
      "%q %q %q\n",
      {Q(TrimFunc(s_("123abc456"), [](std::int32_t r) { return unicode::IsDigit(r); })),
       Q(TrimPrefix(s_("prefix-body"), s_("prefix-"))), Q(TrimSuffix(s_("body.go"), s_(".go")))});
  out += fmt::sprintf("%v %v %v %d %d %d\n",
                      {B(EqualFold(s_("Go"), s_("GO"))),
                       B(EqualFold(s_("Stra\xc3\x9f"
                                      "e"),
                                   s_("STRASSE"))),
                       B(EqualFold(s_("\xc3\x84"
                                      "B"),
                                   s_("\xc3\xa4"
                                      "b"))),
                       N(Compare(s_("a"), s_("b"))), N(Compare(s_("b"), s_("a"))),
                       N(Compare(s_("x"), s_("x")))});
  {
    auto [before, after, found] = Cut(s_("key=value=x"), s_("="));
    out += fmt::sprintf("%q %q %v\n", {Q(before), Q(after), B(found)});
  }
  {
    auto [before, after, found] = Cut(s_("novalue"), s_("="));
    out += fmt::sprintf("%q %q %v\n", {Q(before), Q(after), B(found)});
  }
  Builder b;
  for (std::int64_t i = 0; i < 3; i++)
    fmt::Fprintf(to_iface(&type_ptr_Builder, &b, &io::type_Writer), s_("%d..."), {N(i)});
  Builder_WriteString(&b, s_("ignition"));
  Builder_WriteByte(&b, '!');
  Builder_WriteRune(&b, 0x4e16);
  out += fmt::sprintf("%q %d\n", {Q(Builder_String(&b)), N(Builder_Len(&b))});
  Replacer* r = NewReplacer(L({s_("<"), s_("&lt;"), s_(">"), s_("&gt;"), s_("a"), s_("A")}));
  out += fmt::sprintf("%q\n", {Q(Replacer_Replace(r, s_("This is <b>HTML</b> and a cat")))});
  out += fmt::sprintf("%q\n", {Q(FieldsFunc(s_("  foo1;bar2,baz3..."), [](std::int32_t c) {
                        return !unicode::IsLetter(c) && !unicode::IsNumber(c);
                      }))});
  EXPECT_EQ(out, kExpected);
}
