// unicode and unicode/utf8 (see unicode.h for the extent of the table-free classes).
#include "minigo/unicode.h"
#include "minigo/convert.h"
#include "minigo/strconv.h"

#include <cstddef>

namespace mg::unicode {

namespace {

struct RuneRange {
  std::int32_t lo, hi;
};
struct CaseRun {
  std::int32_t lo, hi, delta, stride;
};

#include "unicode_tables.inc"

template <std::size_t N> bool in_table(const RuneRange (&t)[N], std::int32_t r) {
  std::size_t lo = 0, hi = N;
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    if (t[mid].hi < r)
      lo = mid + 1;
    else if (t[mid].lo > r)
      hi = mid;
    else
      return true;
  }
  return false;
}

template <std::size_t N> std::int32_t map_case(const CaseRun (&t)[N], std::int32_t r) {
  std::size_t lo = 0, hi = N;
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    if (t[mid].hi < r) {
      lo = mid + 1;
    } else if (t[mid].lo > r) {
      hi = mid;
    } else {
      if (t[mid].stride == 2 && (r - t[mid].lo) % 2 != 0)
        return r;
      return r + t[mid].delta;
    }
  }
  return r;
}

} // namespace

bool IsLetter(std::int32_t r) {
  if (r < 0x80)
    return (r | 0x20) >= 'a' && (r | 0x20) <= 'z';
  return in_table(kLetter, r);
}
bool IsDigit(std::int32_t r) {
  if (r < 0x80)
    return r >= '0' && r <= '9';
  return in_table(kDigit, r);
}
bool IsNumber(std::int32_t r) {
  return in_table(kNumber, r);
}
bool IsSpace(std::int32_t r) {
  return in_table(kSpace, r);
}
bool IsUpper(std::int32_t r) {
  if (r < 0x80)
    return r >= 'A' && r <= 'Z';
  return in_table(kUpper, r);
}
bool IsLower(std::int32_t r) {
  if (r < 0x80)
    return r >= 'a' && r <= 'z';
  return in_table(kLower, r);
}
bool IsPunct(std::int32_t r) {
  return in_table(kPunct, r);
}
bool IsControl(std::int32_t r) {
  return in_table(kControl, r);
}
bool IsPrint(std::int32_t r) {
  return in_table(kPrint, r);
}
std::int32_t ToUpper(std::int32_t r) {
  if (r < 0x80)
    return r >= 'a' && r <= 'z' ? r - 32 : r;
  return map_case(kToUpper, r);
}
std::int32_t ToLower(std::int32_t r) {
  if (r < 0x80)
    return r >= 'A' && r <= 'Z' ? r + 32 : r;
  return map_case(kToLower, r);
}
std::int32_t ToTitle(std::int32_t r) {
  return map_case(kToTitle, r);
}

} // namespace mg::unicode

namespace mg::utf8 {

std::int64_t RuneCountInString(const string& s) {
  return rune_count(s.data(), s.len());
}
std::int64_t RuneCount(const slice<std::uint8_t>& p) {
  return rune_count(reinterpret_cast<const char*>(p.data()), p.len());
}
std::int64_t RuneLen(std::int32_t r) {
  if (r < 0)
    return -1;
  if (r < 0x80)
    return 1;
  if (r < 0x800)
    return 2;
  if (r >= 0xD800 && r <= 0xDFFF)
    return -1;
  if (r < 0x10000)
    return 3;
  if (r <= MaxRune)
    return 4;
  return -1;
}
std::tuple<std::int32_t, std::int64_t> DecodeRuneInString(const string& s) {
  auto [r, w] = decode_rune_bytes(s.data(), s.len());
  return {r, w};
}
std::tuple<std::int32_t, std::int64_t> DecodeRune(const slice<std::uint8_t>& p) {
  auto [r, w] = decode_rune_bytes(reinterpret_cast<const char*>(p.data()), p.len());
  return {r, w};
}
std::tuple<std::int32_t, std::int64_t> DecodeLastRuneInString(const string& s) {
  auto [r, w] = decode_last_rune_bytes(s.data(), s.len());
  return {r, w};
}
std::tuple<std::int32_t, std::int64_t> DecodeLastRune(const slice<std::uint8_t>& p) {
  auto [r, w] = decode_last_rune_bytes(reinterpret_cast<const char*>(p.data()), p.len());
  return {r, w};
}
static bool valid_bytes(const char* p, std::int64_t n) {
  for (std::int64_t i = 0; i < n;) {
    if (static_cast<std::uint8_t>(p[i]) < 0x80) {
      i++;
      continue;
    }
    auto [r, w] = decode_rune_bytes(p + i, n - i);
    if (r == rune_error && w == 1)
      return false;
    i += w;
  }
  return true;
}
bool ValidString(const string& s) {
  return valid_bytes(s.data(), s.len());
}
bool Valid(const slice<std::uint8_t>& p) {
  return valid_bytes(reinterpret_cast<const char*>(p.data()), p.len());
}
bool ValidRune(std::int32_t r) {
  return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= MaxRune);
}
bool RuneStart(std::uint8_t b) {
  return (b & 0xC0) != 0x80;
}
bool FullRuneInString(const string& s) {
  if (s.len() == 0)
    return false;
  auto [r, w] = decode_rune_bytes(s.data(), s.len());
  if (w > 1 || r != rune_error)
    return true;
  // An invalid first byte is a full (error) rune; a valid prefix that is cut short is not.
  auto b0 = static_cast<std::uint8_t>(s.data()[0]);
  std::int64_t need = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
  if (b0 < 0xC2 || b0 > 0xF4 || s.len() >= need)
    return true;
  for (std::int64_t i = 1; i < s.len(); i++)
    if ((static_cast<std::uint8_t>(s.data()[i]) & 0xC0) != 0x80)
      return true;
  return false;
}
std::int64_t EncodeRune(const slice<std::uint8_t>& p, std::int32_t r) {
  char buf[4];
  int n = encode_rune(buf, r);
  for (int i = 0; i < n; i++)
    p.at(i) = static_cast<std::uint8_t>(buf[i]);
  return n;
}
slice<std::uint8_t> AppendRune(slice<std::uint8_t> p, std::int32_t r) {
  char buf[4];
  int n = encode_rune(buf, r);
  return append_string(p, string::copy_of(std::string_view(buf, std::size_t(n))));
}

} // namespace mg::utf8
