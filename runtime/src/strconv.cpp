// Go's strconv package API: integer/float/bool parsing with Go's syntax rules and
// *strconv.NumError values, and the formatting functions over strconv_format.cpp.
#include "minigo/strconv.h"
#include "minigo/convert.h"
#include "minigo/defer.h"
#include "minigo/errors.h"
#include "minigo/rterror.h"

#include <charconv>
#include <cmath>
#include <cstddef>
#include <limits>

namespace mg::strconv {

iface ErrSyntax = errors::New(string("invalid syntax"));
iface ErrRange = errors::New(string("value out of range"));

string NumError_Error(NumError* e) {
  const NumError& n = mg::deref(e);
  std::string s = "strconv." + n.Func.str() + ": parsing ";
  append_quote(s, n.Num.view(), false);
  s += ": " + errors::error_text(n.Err).str();
  return string::copy_of(s);
}
iface NumError_Unwrap(NumError* e) {
  return mg::deref(e).Err;
}

namespace {

string numerror_error_thunk(void* data) {
  return NumError_Error(*static_cast<NumError**>(data));
}
iface numerror_unwrap_thunk(void* data) {
  return NumError_Unwrap(*static_cast<NumError**>(data));
}

const MethodInfo numerror_methods[] = {
    {"Error", "func() string", reinterpret_cast<void*>(&numerror_error_thunk)},
    {"Unwrap", "func() error", reinterpret_cast<void*>(&numerror_unwrap_thunk)}};
constexpr FieldInfo numerror_fields[] = {{"Func", &type_string, offsetof(NumError, Func), false},
                                         {"Num", &type_string, offsetof(NumError, Num), false},
                                         {"Err", &type_error, offsetof(NumError, Err), false}};

iface num_error(const char* fn, const string& s, const iface& err) {
  auto* e = gc_new<NumError>(NumError{string(fn), string::copy_of(s.view()), err});
  return to_iface(&type_ptr_NumError, e, &type_error);
}

char lower(char c) {
  return char(c | ('x' - 'X'));
}

// Whether underscores in s are placed as Go's base-prefixed literals allow.
bool underscore_ok(std::string_view s) {
  char saw = '^';
  std::size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+'))
    s = s.substr(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' &&
      (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    hex = lower(s[1]) == 'x';
    i = 2;
    saw = '0';
  }
  for (; i < s.size(); i++) {
    char c = s[i];
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0')
        return false;
      saw = '_';
      continue;
    }
    if (saw == '_')
      return false;
    saw = '!';
  }
  return saw != '_';
}

iface base_error(const char* fn, const string& s, std::int64_t base) {
  return num_error(fn, s, errors::New(string::copy_of("invalid base " + std::to_string(base))));
}
iface bitsize_error(const char* fn, const string& s, std::int64_t bits) {
  return num_error(fn, s, errors::New(string::copy_of("invalid bit size " + std::to_string(bits))));
}

std::tuple<std::uint64_t, iface> parse_uint(const char* fn, const string& s0, std::int64_t base,
                                            std::int64_t bit_size) {
  std::string_view s = s0.view();
  if (s.empty())
    return {0, num_error(fn, s0, ErrSyntax)};
  bool base0 = base == 0;
  if (2 <= base && base <= 36) {
  } else if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && lower(s[1]) == 'b') {
        base = 2;
        s = s.substr(2);
      } else if (s.size() >= 3 && lower(s[1]) == 'o') {
        base = 8;
        s = s.substr(2);
      } else if (s.size() >= 3 && lower(s[1]) == 'x') {
        base = 16;
        s = s.substr(2);
      } else {
        base = 8;
        s = s.substr(1);
      }
    }
  } else {
    return {0, base_error(fn, s0, base)};
  }
  if (bit_size == 0)
    bit_size = 64;
  else if (bit_size < 0 || bit_size > 64)
    return {0, bitsize_error(fn, s0, bit_size)};
  std::uint64_t cutoff = std::numeric_limits<std::uint64_t>::max() / std::uint64_t(base) + 1;
  std::uint64_t max_val = bit_size == 64 ? std::numeric_limits<std::uint64_t>::max()
                                         : (std::uint64_t(1) << bit_size) - 1;
  bool underscores = false;
  std::uint64_t n = 0;
  for (char c : s) {
    int d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (lower(c) >= 'a' && lower(c) <= 'z') {
      d = lower(c) - 'a' + 10;
    } else {
      return {0, num_error(fn, s0, ErrSyntax)};
    }
    if (d >= base)
      return {0, num_error(fn, s0, ErrSyntax)};
    if (n >= cutoff)
      return {max_val, num_error(fn, s0, ErrRange)};
    n *= std::uint64_t(base);
    std::uint64_t n1 = n + std::uint64_t(d);
    if (n1 < n || n1 > max_val)
      return {max_val, num_error(fn, s0, ErrRange)};
    n = n1;
  }
  if (underscores && !underscore_ok(s0.view()))
    return {0, num_error(fn, s0, ErrSyntax)};
  return {n, iface()};
}

std::tuple<std::int64_t, iface> parse_int(const char* fn, const string& s0, std::int64_t base,
                                          std::int64_t bit_size) {
  std::string_view s = s0.view();
  if (s.empty())
    return {0, num_error(fn, s0, ErrSyntax)};
  bool neg = false;
  if (s[0] == '+') {
    s = s.substr(1);
  } else if (s[0] == '-') {
    neg = true;
    s = s.substr(1);
  }
  auto [un, err] = parse_uint(fn, string(s.data(), std::int64_t(s.size())), base, bit_size);
  if (err.type != nullptr) {
    NumError* ne = *static_cast<NumError**>(err.data);
    if (!(ne->Err == ErrRange))
      return {0, num_error(fn, s0, ne->Err)};
  }
  if (bit_size == 0)
    bit_size = 64;
  std::uint64_t cutoff = std::uint64_t(1) << (bit_size - 1);
  if (err.type != nullptr || (!neg && un >= cutoff))
    return {neg ? -std::int64_t(cutoff - 1) - 1 : std::int64_t(cutoff - 1),
            num_error(fn, s0, ErrRange)};
  if (neg && un > cutoff)
    return {-std::int64_t(cutoff - 1) - 1, num_error(fn, s0, ErrRange)};
  return {neg ? std::int64_t(0 - un) : std::int64_t(un), iface()};
}

bool equal_fold_ascii(std::string_view a, const char* b) {
  std::size_t n = std::strlen(b);
  if (a.size() != n)
    return false;
  for (std::size_t i = 0; i < n; i++)
    if (lower(a[i]) != b[i])
      return false;
  return true;
}

} // namespace

const TypeInfo type_NumError = struct_type<NumError>("strconv.NumError", numerror_fields);
const TypeInfo type_ptr_NumError =
    pointer_type<NumError*>("*strconv.NumError", &type_NumError, numerror_methods);

string Itoa(std::int64_t i) {
  return string::copy_of(std::to_string(i));
}

std::tuple<std::int64_t, iface> Atoi(const string& s) {
  return parse_int("Atoi", s, 10, 0);
}
std::tuple<std::int64_t, iface> ParseInt(const string& s, std::int64_t base,
                                         std::int64_t bit_size) {
  return parse_int("ParseInt", s, base, bit_size);
}
std::tuple<std::uint64_t, iface> ParseUint(const string& s, std::int64_t base,
                                           std::int64_t bit_size) {
  return parse_uint("ParseUint", s, base, bit_size);
}

std::tuple<double, iface> ParseFloat(const string& s0, std::int64_t bit_size) {
  std::string_view s = s0.view();
  std::string_view body = s;
  bool neg = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    neg = body[0] == '-';
    body = body.substr(1);
  }
  if (equal_fold_ascii(body, "inf") || equal_fold_ascii(body, "infinity"))
    return {neg ? -INFINITY : INFINITY, iface()};
  if (equal_fold_ascii(body, "nan") && s.size() == body.size())
    return {NAN, iface()};
  // Underscores are allowed only between digits of base-prefixed forms, as in Go.
  std::string clean;
  bool has_us = body.find('_') != std::string_view::npos;
  if (has_us) {
    if (!underscore_ok(s))
      return {0, num_error("ParseFloat", s0, ErrSyntax)};
    for (char c : body)
      if (c != '_')
        clean += c;
    body = clean;
  }
  if (body.empty() || body[0] == '+' || body[0] == '-')
    return {0, num_error("ParseFloat", s0, ErrSyntax)};
  double v = 0;
  std::from_chars_result r;
  bool hex = body.size() > 2 && body[0] == '0' && lower(body[1]) == 'x';
  if (hex) {
    // Go requires a 'p' exponent in hexadecimal floats.
    if (body.find_first_of("pP") == std::string_view::npos)
      return {0, num_error("ParseFloat", s0, ErrSyntax)};
    r = std::from_chars(body.data() + 2, body.data() + body.size(), v, std::chars_format::hex);
  } else {
    r = std::from_chars(body.data(), body.data() + body.size(), v, std::chars_format::general);
  }
  if (r.ptr != body.data() + body.size() ||
      (r.ec != std::errc() && r.ec != std::errc::result_out_of_range))
    return {0, num_error("ParseFloat", s0, ErrSyntax)};
  if (r.ec == std::errc::result_out_of_range) {
    // Overflow gives ±Inf and ErrRange; underflow rounds to zero without an error.
    std::string tmp(body);
    double big = std::strtod(tmp.c_str(), nullptr);
    if (std::isinf(big))
      return {neg ? -INFINITY : INFINITY, num_error("ParseFloat", s0, ErrRange)};
    v = big;
  }
  if (bit_size == 32) {
    float f = float(v);
    if (std::isinf(f) && !std::isinf(v))
      return {neg ? -INFINITY : INFINITY, num_error("ParseFloat", s0, ErrRange)};
    v = f;
  }
  return {neg ? -v : v, iface()};
}

std::tuple<bool, iface> ParseBool(const string& s) {
  std::string_view v = s.view();
  if (v == "1" || v == "t" || v == "T" || v == "true" || v == "TRUE" || v == "True")
    return {true, iface()};
  if (v == "0" || v == "f" || v == "F" || v == "false" || v == "FALSE" || v == "False")
    return {false, iface()};
  return {false, num_error("ParseBool", s, ErrSyntax)};
}

string FormatUint(std::uint64_t u, std::int64_t base) {
  if (base < 2 || base > 36)
    panic_string("strconv: illegal AppendInt/FormatInt base");
  std::string out;
  do {
    out += "0123456789abcdefghijklmnopqrstuvwxyz"[u % std::uint64_t(base)];
    u /= std::uint64_t(base);
  } while (u);
  return string::copy_of(std::string(out.rbegin(), out.rend()));
}

string FormatInt(std::int64_t i, std::int64_t base) {
  if (i < 0) {
    string s = FormatUint(0 - std::uint64_t(i), base);
    return string("-") + s;
  }
  return FormatUint(std::uint64_t(i), base);
}

string FormatFloat(double f, std::uint8_t fmt, std::int64_t prec, std::int64_t bit_size) {
  std::string out;
  append_float(out, f, char(fmt), int(prec), int(bit_size));
  return string::copy_of(out);
}

string FormatBool(bool b) {
  return b ? string("true") : string("false");
}

string Quote(const string& s) {
  std::string out;
  append_quote(out, s.view(), false);
  return string::copy_of(out);
}
string QuoteToASCII(const string& s) {
  std::string out;
  append_quote(out, s.view(), true);
  return string::copy_of(out);
}
string QuoteRune(std::int32_t r) {
  std::string out;
  append_quote_rune(out, r, false);
  return string::copy_of(out);
}

std::tuple<string, iface> Unquote(const string& s0) {
  std::string_view s = s0.view();
  if (s.size() < 2)
    return {string(), ErrSyntax};
  char q = s[0];
  if (q != s.back())
    return {string(), ErrSyntax};
  s = s.substr(1, s.size() - 2);
  if (q == '`') {
    if (s.find('`') != std::string_view::npos)
      return {string(), ErrSyntax};
    std::string out;
    for (char c : s)
      if (c != '\r')
        out += c;
    return {string::copy_of(out), iface()};
  }
  if (q != '"' && q != '\'')
    return {string(), ErrSyntax};
  std::string out;
  int runes = 0;
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    runes++;
    if (c == q || c == '\n')
      return {string(), ErrSyntax};
    if (c != '\\') {
      auto [r, w] = decode_rune_bytes(s.data() + i, std::int64_t(s.size() - i));
      (void)r;
      out.append(s.substr(i, std::size_t(w)));
      i += std::size_t(w);
      continue;
    }
    if (i + 1 >= s.size())
      return {string(), ErrSyntax};
    char e = s[i + 1];
    i += 2;
    auto hexval = [&](std::size_t n, std::uint32_t& v) {
      if (i + n > s.size())
        return false;
      v = 0;
      for (std::size_t k = 0; k < n; k++) {
        char h = s[i + k];
        int d = (h >= '0' && h <= '9')                 ? h - '0'
                : (lower(h) >= 'a' && lower(h) <= 'f') ? lower(h) - 'a' + 10
                                                       : -1;
        if (d < 0)
          return false;
        v = v * 16 + std::uint32_t(d);
      }
      i += n;
      return true;
    };
    std::uint32_t v;
    char buf[4];
    switch (e) {
    case 'a':
      out += '\a';
      break;
    case 'b':
      out += '\b';
      break;
    case 'f':
      out += '\f';
      break;
    case 'n':
      out += '\n';
      break;
    case 'r':
      out += '\r';
      break;
    case 't':
      out += '\t';
      break;
    case 'v':
      out += '\v';
      break;
    case '\\':
      out += '\\';
      break;
    case '\'':
    case '"':
      if (e != q)
        return {string(), ErrSyntax};
      out += e;
      break;
    case 'x':
      if (!hexval(2, v))
        return {string(), ErrSyntax};
      out += char(v);
      break;
    case 'u':
    case 'U':
      if (!hexval(e == 'u' ? 4 : 8, v) || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return {string(), ErrSyntax};
      out.append(buf, std::size_t(encode_rune(buf, std::int32_t(v))));
      break;
    default:
      if (e >= '0' && e <= '7') {
        if (i + 1 >= s.size() + 0 && i + 2 > s.size())
          return {string(), ErrSyntax};
        v = std::uint32_t(e - '0');
        for (int k = 0; k < 2; k++) {
          if (i >= s.size() || s[i] < '0' || s[i] > '7')
            return {string(), ErrSyntax};
          v = v * 8 + std::uint32_t(s[i] - '0');
          i++;
        }
        if (v > 255)
          return {string(), ErrSyntax};
        out += char(v);
        break;
      }
      return {string(), ErrSyntax};
    }
  }
  if (q == '\'' && runes != 1)
    return {string(), ErrSyntax};
  return {string::copy_of(out), iface()};
}

slice<std::uint8_t> AppendInt(slice<std::uint8_t> dst, std::int64_t i, std::int64_t base) {
  return append_string(dst, FormatInt(i, base));
}

} // namespace mg::strconv
