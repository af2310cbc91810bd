// Tests of mg::string, the conversions and UTF-8 decoding.
#include "minigo/convert.h"
#include "minigo/string.h"
#include "test_util.h"

#include <gtest/gtest.h>

using namespace mg;
using mg::test::panic_message;

TEST(String, BasicsAndCompare) {
  string s("hello", 5);
  EXPECT_EQ(s.len(), 5);
  EXPECT_EQ(s.at(1), 'e');
  EXPECT_EQ(s.sub(1, 3), string("el"));
  EXPECT_EQ(s.sub(2), string("llo"));
  EXPECT_EQ(s + string(" world"), string("hello world"));
  EXPECT_TRUE(string("abc") < string("abd"));
  EXPECT_TRUE(string("ab") < string("abc"));
  EXPECT_TRUE(string("\xff") > string("a"));
  EXPECT_EQ(string(), string(""));
  EXPECT_EQ(mg_hash(string("x")), mg_hash(string::copy_of("x")));
  string t = s;
  t += string("!");
  EXPECT_EQ(t.str(), "hello!");
  EXPECT_EQ(s.str(), "hello");
  EXPECT_EQ(concat({string("a"), string("bc"), string("")}).str(), "abc");
}

TEST(String, BoundsPanics) {
  string s("abc");
  EXPECT_EQ(panic_message([&] { s.at(5); }), "runtime error: index out of range [5] with length 3");
  EXPECT_EQ(panic_message([&] { s.at(-1); }), "runtime error: index out of range [-1]");
  EXPECT_EQ(panic_message([&] { s.sub(0, 5); }),
            "runtime error: slice bounds out of range [:5] with length 3");
  EXPECT_EQ(panic_message([&] { s.sub(2, 1); }), "runtime error: slice bounds out of range [2:1]");
  EXPECT_EQ(panic_message([&] { s.sub(4); }), "runtime error: slice bounds out of range [4:3]");
}

TEST(String, Conversions) {
  EXPECT_EQ(string_from_rune(0x4e16).str(), "\xe4\xb8\x96");
  EXPECT_EQ(string_from_rune(-1).str(), "\xef\xbf\xbd");
  EXPECT_EQ(string_from_rune(0xD800).str(), "\xef\xbf\xbd");
  EXPECT_EQ(string_from_rune(0x110000).str(), "\xef\xbf\xbd");
  EXPECT_EQ(string_from_rune('a').str(), "a");
  auto b = bytes_from_string(string("h\xc3\xa9"));
  ASSERT_EQ(b.len(), 3);
  EXPECT_EQ(b[1], 0xc3);
  b[0] = 'H';
  EXPECT_EQ(string_from_bytes(b).str(), "H\xc3\xa9");
  auto rs = runes_from_string(string("h\xc3\xa9\xff!"));
  ASSERT_EQ(rs.len(), 4);
  EXPECT_EQ(rs[1], 0xe9);
  EXPECT_EQ(rs[2], 0xFFFD);
  EXPECT_EQ(string_from_runes(rs).str(), "h\xc3\xa9\xef\xbf\xbd!");
  auto bb = append_string(slice<std::uint8_t>(), string("xy"));
  EXPECT_EQ(bb.len(), 2);
  EXPECT_EQ(copy_string(bb, string("abc")), 2);
  EXPECT_EQ(bb[1], 'b');
}

TEST(String, DecodeRune) {
  string s("a\xc3\xa9\xe4\xb8\x96\xf0\x9f\x98\x80\xed\xa0\x80\xc0\xaf");
  std::vector<std::pair<std::int32_t, std::int64_t>> got;
  for (std::int64_t i = 0; i < s.len();) {
    auto [r, w] = decode_rune(s, i);
    got.push_back({r, i});
    i += w;
  }
  std::vector<std::pair<std::int32_t, std::int64_t>> want = {
      {'a', 0},     {0xe9, 1},    {0x4e16, 3},  {0x1f600, 6}, {0xFFFD, 10},
      {0xFFFD, 11}, {0xFFFD, 12}, {0xFFFD, 13}, {0xFFFD, 14}};
  EXPECT_EQ(got, want);
  EXPECT_EQ(rune_count(s.data(), s.len()), 9);
  auto [r, w] = decode_last_rune_bytes("a\xe4\xb8\x96", 4);
  EXPECT_EQ(r, 0x4e16);
  EXPECT_EQ(w, 3);
}
