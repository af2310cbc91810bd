// unicode and unicode/utf8 (see unicode.h for the extent of the table-free classes).
#include "minigo/unicode.h"
#include "minigo/convert.h"
#include "minigo/strconv.h"

namespace mg::unicode {

namespace {
bool in(std::int32_t r, std::int32_t lo, std::int32_t hi) {
  return r >= lo && r <= hi;
}
} // namespace

bool IsSpace(std::int32_t r) {
  if (r <= 0xFF)
    return r == ' ' || in(r, '\t', '\r') || r == 0x85 || r == 0xA0;
  return r == 0x1680 || in(r, 0x2000, 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F ||
         r == 0x205F || r == 0x3000;
}

bool IsDigit(std::int32_t r) {
  if (r <= 0xFF)
    return in(r, '0', '9');
  static const std::int32_t zeros[] = {0x660, 0x6F0, 0x7C0,  0x966,  0x9E6,  0xA66,  0xAE6,
                                       0xB66, 0xBE6, 0xC66,  0xCE6,  0xD66,  0xDE6,  0xE50,
                                       0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0xFF10};
  for (std::int32_t z : zeros)
    if (in(r, z, z + 9))
      return true;
  return false;
}

bool IsNumber(std::int32_t r) {
  return IsDigit(r) || r == 0xB2 || r == 0xB3 || r == 0xB9 || in(r, 0xBC, 0xBE) ||
         in(r, 0x2150, 0x2189) || in(r, 0x2460, 0x249B) || in(r, 0x2070, 0x2079) ||
         in(r, 0x2080, 0x2089);
}

bool IsUpper(std::int32_t r) {
  if (r < 0x80)
    return in(r, 'A', 'Z');
  if (r <= 0xFF)
    return in(r, 0xC0, 0xDE) && r != 0xD7;
  if (in(r, 0x100, 0x17F))
    return ToLower(r) != r;
  if (in(r, 0x391, 0x3AB))
    return r != 0x3A2;
  if (in(r, 0x400, 0x42F))
    return true;
  if (in(r, 0x460, 0x4FF))
    return r % 2 == 0;
  return in(r, 0x531, 0x556) || in(r, 0x1E00, 0x1EFF) ? (r % 2 == 0) : in(r, 0xFF21, 0xFF3A);
}

bool IsLower(std::int32_t r) {
  if (r < 0x80)
    return in(r, 'a', 'z');
  if (r <= 0xFF)
    return r == 0xAA || r == 0xB5 || r == 0xBA || (in(r, 0xDF, 0xFF) && r != 0xF7);
  if (in(r, 0x100, 0x17F))
    return ToUpper(r) != r || r == 0x138 || r == 0x149 || r == 0x17F;
  if (in(r, 0x3AC, 0x3CE))
    return true;
  if (in(r, 0x430, 0x45F))
    return true;
  if (in(r, 0x460, 0x4FF))
    return r % 2 == 1;
  if (in(r, 0x561, 0x587))
    return true;
  if (in(r, 0x1E00, 0x1EFF))
    return r % 2 == 1;
  return in(r, 0xFF41, 0xFF5A);
}

bool IsLetter(std::int32_t r) {
  if (r < 0x80)
    return in(r | 0x20, 'a', 'z');
  if (r <= 0xFF)
    return r == 0xAA || r == 0xB5 || r == 0xBA || (in(r, 0xC0, 0xFF) && r != 0xD7 && r != 0xF7);
  return in(r, 0x100, 0x2C1) || in(r, 0x370, 0x373) || in(r, 0x376, 0x377) || in(r, 0x37B, 0x37D) ||
         r == 0x386 || in(r, 0x388, 0x3FF) || (in(r, 0x400, 0x52F) && !in(r, 0x482, 0x489)) ||
         in(r, 0x531, 0x556) || in(r, 0x561, 0x587) || in(r, 0x5D0, 0x5EA) || in(r, 0x620, 0x64A) ||
         in(r, 0x904, 0x939) || in(r, 0xE01, 0xE30) || in(r, 0x10A0, 0x10FF) ||
         in(r, 0x1E00, 0x1FFF) || in(r, 0x3041, 0x3096) || in(r, 0x30A1, 0x30FA) ||
         in(r, 0x3400, 0x4DBF) || in(r, 0x4E00, 0x9FFF) || in(r, 0xAC00, 0xD7A3) ||
         in(r, 0xF900, 0xFAFF) || in(r, 0xFF21, 0xFF3A) || in(r, 0xFF41, 0xFF5A) ||
         in(r, 0x20000, 0x2FA1F);
}

bool IsPunct(std::int32_t r) {
  if (r < 0x80) {
    switch (r) {
    case '!':
    case '"':
    case '#':
    case '%':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case ',':
    case '-':
    case '.':
    case '/':
    case ':':
    case ';':
    case '?':
    case '@':
    case '[':
    case '\\':
    case ']':
    case '_':
    case '{':
    case '}':
      return true;
    }
    return false;
  }
  if (r <= 0xFF)
    return r == 0xA1 || r == 0xA7 || r == 0xAB || r == 0xB6 || r == 0xB7 || r == 0xBB || r == 0xBF;
  return in(r, 0x2010, 0x2027) || in(r, 0x2030, 0x2043) || in(r, 0x2045, 0x2051) ||
         in(r, 0x2053, 0x205E) || in(r, 0x3001, 0x3003) || in(r, 0x3008, 0x3011) ||
         in(r, 0x3014, 0x301F) || in(r, 0xFF01, 0xFF03) || in(r, 0xFF05, 0xFF0A) ||
         in(r, 0xFF0C, 0xFF0F) || r == 0xFF1A || r == 0xFF1B || r == 0xFF1F || r == 0xFF20 ||
         in(r, 0x55A, 0x55F) || r == 0x589 || r == 0x5BE || r == 0x60C || r == 0x61F;
}

bool IsControl(std::int32_t r) {
  return in(r, 0, 0x1F) || in(r, 0x7F, 0x9F);
}

bool IsPrint(std::int32_t r) {
  return strconv::is_print(r);
}

std::int32_t ToUpper(std::int32_t r) {
  if (r < 0x80)
    return in(r, 'a', 'z') ? r - 32 : r;
  if (r <= 0xFF) {
    if (r == 0xB5)
      return 0x39C;
    if (r == 0xFF)
      return 0x178;
    return in(r, 0xE0, 0xFE) && r != 0xF7 ? r - 32 : r;
  }
  if (in(r, 0x100, 0x12F) || in(r, 0x132, 0x137) || in(r, 0x14A, 0x177))
    return r & ~1;
  if (in(r, 0x139, 0x148) || in(r, 0x179, 0x17E))
    return (r % 2 == 0) ? r - 1 : r;
  if (r == 0x17F)
    return 'S';
  if (r == 0x3C2)
    return 0x3A3;
  if (in(r, 0x3B1, 0x3CB))
    return r - 32;
  if (r == 0x3AC)
    return 0x386;
  if (in(r, 0x3AD, 0x3AF))
    return r - 37;
  if (r == 0x3CC)
    return 0x38C;
  if (r == 0x3CD || r == 0x3CE)
    return r - 63;
  if (in(r, 0x430, 0x44F))
    return r - 32;
  if (in(r, 0x450, 0x45F))
    return r - 80;
  if (in(r, 0x460, 0x4FF) && !in(r, 0x482, 0x489))
    return r & ~1;
  if (in(r, 0x561, 0x586))
    return r - 48;
  if (in(r, 0x1E00, 0x1E95) || in(r, 0x1EA0, 0x1EFF))
    return r & ~1;
  if (in(r, 0xFF41, 0xFF5A))
    return r - 32;
  return r;
}

std::int32_t ToLower(std::int32_t r) {
  if (r < 0x80)
    return in(r, 'A', 'Z') ? r + 32 : r;
  if (r <= 0xFF)
    return in(r, 0xC0, 0xDE) && r != 0xD7 ? r + 32 : r;
  if (in(r, 0x100, 0x12F) || in(r, 0x132, 0x137) || in(r, 0x14A, 0x177))
    return r | 1;
  if (r == 0x130)
    return 'i';
  if (in(r, 0x139, 0x148) || in(r, 0x179, 0x17E))
    return (r % 2 == 1) ? r + 1 : r;
  if (r == 0x178)
    return 0xFF;
  if (in(r, 0x391, 0x3AB) && r != 0x3A2)
    return r + 32;
  if (r == 0x386)
    return 0x3AC;
  if (in(r, 0x388, 0x38A))
    return r + 37;
  if (r == 0x38C)
    return 0x3CC;
  if (r == 0x38E || r == 0x38F)
    return r + 63;
  if (in(r, 0x410, 0x42F))
    return r + 32;
  if (in(r, 0x400, 0x40F))
    return r + 80;
  if (in(r, 0x460, 0x4FF) && !in(r, 0x482, 0x489))
    return r | 1;
  if (in(r, 0x531, 0x556))
    return r + 48;
  if (in(r, 0x1E00, 0x1E95) || in(r, 0x1EA0, 0x1EFF))
    return r | 1;
  if (in(r, 0xFF21, 0xFF3A))
    return r + 32;
  return r;
}

std::int32_t ToTitle(std::int32_t r) {
  return ToUpper(r);
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
