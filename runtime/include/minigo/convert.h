// Go's conversions between strings, bytes and runes, and UTF-8 decoding for range-over-string.
#pragma once
#include "minigo/slice.h"
#include "minigo/string.h"

#include <cstdint>
#include <utility>

namespace mg {

constexpr std::int32_t rune_error = 0xFFFD;

// Decodes the rune at s[i]: {rune, width}; invalid UTF-8 yields {0xFFFD, 1} as in Go.
// Usage (for i, r := range s): for (int64_t i = 0; i < s.len();) {
//   auto [r, w] = mg::decode_rune(s, i); ...; i += w; }
std::pair<std::int32_t, std::int64_t> decode_rune(const string& s, std::int64_t i);
std::pair<std::int32_t, std::int64_t> decode_rune_bytes(const char* p, std::int64_t n);
// The last rune of p[0:n]: {rune, width}, as utf8.DecodeLastRune.
std::pair<std::int32_t, std::int64_t> decode_last_rune_bytes(const char* p, std::int64_t n);
// Appends r's UTF-8 encoding (invalid runes as U+FFFD) to buf (4 bytes room); returns width.
int encode_rune(char* buf, std::int32_t r);
// Number of runes in p[0:n].
std::int64_t rune_count(const char* p, std::int64_t n);

// string(r) for any integer r (out-of-range values give "\uFFFD").
string string_from_rune(std::int64_t r);
// string(b) for []byte.
string string_from_bytes(const slice<std::uint8_t>& b);
// []byte(s).
slice<std::uint8_t> bytes_from_string(const string& s);
// []rune(s).
slice<std::int32_t> runes_from_string(const string& s);
// string(rs) for []rune.
string string_from_runes(const slice<std::int32_t>& rs);
// append(b, s...).
slice<std::uint8_t> append_string(slice<std::uint8_t> b, const string& s);
// copy(b, s).
std::int64_t copy_string(const slice<std::uint8_t>& dst, const string& src);
// Concatenates several strings with one allocation: a + b + c.
string concat(std::initializer_list<string> parts);

} // namespace mg
