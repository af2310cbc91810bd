// UTF-8 decoding/encoding with Go's rules (invalid sequences, surrogates and overlongs decode
// as U+FFFD of width 1) and the string/byte/rune conversions built on them.
#include "minigo/convert.h"

#include <cstring>

namespace mg {

std::pair<std::int32_t, std::int64_t> decode_rune_bytes(const char* p, std::int64_t n) {
  if (n <= 0)
    return {rune_error, 0};
  auto b0 = static_cast<std::uint8_t>(p[0]);
  if (b0 < 0x80)
    return {b0, 1};
  auto cont = [&](std::int64_t i) {
    return i < n && (static_cast<std::uint8_t>(p[i]) & 0xC0) == 0x80;
  };
  auto c = [&](std::int64_t i) { return std::int32_t(static_cast<std::uint8_t>(p[i]) & 0x3F); };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (!cont(1))
      return {rune_error, 1};
    return {((b0 & 0x1F) << 6) | c(1), 2};
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (n < 2)
      return {rune_error, 1};
    auto b1 = static_cast<std::uint8_t>(p[1]);
    std::uint8_t lo = b0 == 0xE0 ? 0xA0 : 0x80, hi = b0 == 0xED ? 0x9F : 0xBF;
    if (b1 < lo || b1 > hi || !cont(2))
      return {rune_error, 1};
    return {((b0 & 0x0F) << 12) | (c(1) << 6) | c(2), 3};
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (n < 2)
      return {rune_error, 1};
    auto b1 = static_cast<std::uint8_t>(p[1]);
    std::uint8_t lo = b0 == 0xF0 ? 0x90 : 0x80, hi = b0 == 0xF4 ? 0x8F : 0xBF;
    if (b1 < lo || b1 > hi || !cont(2) || !cont(3))
      return {rune_error, 1};
    return {((b0 & 0x07) << 18) | (c(1) << 12) | (c(2) << 6) | c(3), 4};
  }
  return {rune_error, 1};
}

std::pair<std::int32_t, std::int64_t> decode_rune(const string& s, std::int64_t i) {
  return decode_rune_bytes(s.data() + i, s.len() - i);
}

std::pair<std::int32_t, std::int64_t> decode_last_rune_bytes(const char* p, std::int64_t n) {
  if (n <= 0)
    return {rune_error, 0};
  std::int64_t start = n - 1;
  if (static_cast<std::uint8_t>(p[start]) < 0x80)
    return {static_cast<std::uint8_t>(p[start]), 1};
  std::int64_t lim = n - 4 < 0 ? 0 : n - 4;
  for (start--; start >= lim; start--)
    if ((static_cast<std::uint8_t>(p[start]) & 0xC0) != 0x80)
      break;
  if (start < 0)
    start = 0;
  auto [r, w] = decode_rune_bytes(p + start, n - start);
  if (start + w != n)
    return {rune_error, 1};
  return {r, w};
}

int encode_rune(char* buf, std::int32_t r) {
  auto u = static_cast<std::uint32_t>(r);
  if (u < 0x80) {
    buf[0] = char(u);
    return 1;
  }
  if (u < 0x800) {
    buf[0] = char(0xC0 | (u >> 6));
    buf[1] = char(0x80 | (u & 0x3F));
    return 2;
  }
  if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF))
    u = rune_error;
  if (u < 0x10000) {
    buf[0] = char(0xE0 | (u >> 12));
    buf[1] = char(0x80 | ((u >> 6) & 0x3F));
    buf[2] = char(0x80 | (u & 0x3F));
    return 3;
  }
  buf[0] = char(0xF0 | (u >> 18));
  buf[1] = char(0x80 | ((u >> 12) & 0x3F));
  buf[2] = char(0x80 | ((u >> 6) & 0x3F));
  buf[3] = char(0x80 | (u & 0x3F));
  return 4;
}

std::int64_t rune_count(const char* p, std::int64_t n) {
  std::int64_t count = 0;
  for (std::int64_t i = 0; i < n; count++) {
    if (static_cast<std::uint8_t>(p[i]) < 0x80) {
      i++;
      continue;
    }
    i += decode_rune_bytes(p + i, n - i).second;
  }
  return count;
}

string string_from_rune(std::int64_t r) {
  char buf[4];
  if (r < 0 || r > 0x10FFFF)
    r = rune_error;
  int n = encode_rune(buf, std::int32_t(r));
  return string::copy_of(std::string_view(buf, std::size_t(n)));
}

string string_from_bytes(const slice<std::uint8_t>& b) {
  return string::copy_of(
      std::string_view(reinterpret_cast<const char*>(b.data()), std::size_t(b.len())));
}

slice<std::uint8_t> bytes_from_string(const string& s) {
  auto r = make_slice<std::uint8_t>(s.len());
  if (s.len())
    std::memcpy(r.data(), s.data(), std::size_t(s.len()));
  // Go rounds the capacity up to a size class: []byte("abc") has cap 8 only when it escapes;
  // len == cap here, which is what Go prints for the common non-escaping case.
  return r;
}

slice<std::int32_t> runes_from_string(const string& s) {
  std::int64_t n = rune_count(s.data(), s.len());
  auto r = make_slice<std::int32_t>(n);
  std::int64_t k = 0;
  for (std::int64_t i = 0; i < s.len();) {
    auto [ru, w] = decode_rune(s, i);
    r.data()[k++] = ru;
    i += w;
  }
  return r;
}

string string_from_runes(const slice<std::int32_t>& rs) {
  std::string out;
  char buf[4];
  for (std::int64_t i = 0; i < rs.len(); i++)
    out.append(buf, std::size_t(encode_rune(buf, rs.data()[i])));
  return string::copy_of(out);
}

slice<std::uint8_t> append_string(slice<std::uint8_t> b, const string& s) {
  if (s.len() == 0)
    return b;
  slice<std::uint8_t> r = grow_for(b, s.len());
  std::memmove(r.data() + r.len(), s.data(), std::size_t(s.len()));
  return slice<std::uint8_t>(r.data(), r.len() + s.len(), r.cap());
}

std::int64_t copy_string(const slice<std::uint8_t>& dst, const string& src) {
  std::int64_t n = dst.len() < src.len() ? dst.len() : src.len();
  if (n > 0)
    std::memmove(dst.data(), src.data(), std::size_t(n));
  return n;
}

string concat(std::initializer_list<string> parts) {
  std::int64_t n = 0;
  for (const string& p : parts)
    n += p.len();
  if (n == 0)
    return string();
  char* b = static_cast<char*>(gc_alloc_atomic_bytes(std::size_t(n)));
  std::int64_t off = 0;
  for (const string& p : parts) {
    if (p.len())
      std::memcpy(b + off, p.data(), std::size_t(p.len()));
    off += p.len();
  }
  return string(b, n);
}

} // namespace mg
