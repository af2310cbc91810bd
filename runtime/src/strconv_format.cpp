// Go's float formatting (strconv.AppendFloat's e/f/g rules over correctly rounded decimal
// digits from std::to_chars) and Go's quoting rules (strconv.Quote, QuoteRune).
#include "minigo/convert.h"
#include "minigo/strconv.h"
#include "minigo/unicode.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace mg::strconv {

namespace {

// A decimal d[0]d[1]...d[nd-1] * 10^(dp - nd), no leading or trailing zeros (nd == 0 is 0).
struct Digits {
  std::string d;
  int nd = 0;
  int dp = 0;
};

// Parses to_chars output ("1.2345e+05", "123.45", "0.0012") into digits and decimal point.
void parse_chars(const char* s, const char* end, Digits& out) {
  out.nd = 0;
  out.d.assign(std::size_t(end - s), '0');
  int dp = 0;
  bool seen_point = false;
  int exp = 0;
  for (const char* p = s; p < end; p++) {
    char c = *p;
    if (c == '.') {
      seen_point = true;
    } else if (c == 'e') {
      // to_chars does not NUL-terminate: parse the exponent only up to `end`.
      bool neg = false;
      const char* q = p + 1;
      if (q < end && (*q == '+' || *q == '-'))
        neg = *q++ == '-';
      for (; q < end; q++)
        exp = exp * 10 + (*q - '0');
      if (neg)
        exp = -exp;
      break;
    } else {
      if (out.nd == 0 && c == '0') {
        // A leading zero: shifts the point left if after it.
        if (seen_point)
          dp--;
        continue;
      }
      out.d[out.nd++] = c;
      if (!seen_point)
        dp++;
    }
  }
  while (out.nd > 0 && out.d[out.nd - 1] == '0')
    out.nd--;
  out.dp = out.nd == 0 ? 0 : dp + exp;
}

void shortest(double v, int bit_size, Digits& out) {
  char buf[64];
  std::to_chars_result r =
      bit_size == 32 ? std::to_chars(buf, buf + sizeof buf, float(v), std::chars_format::scientific)
                     : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  parse_chars(buf, r.ptr, out);
}

void rounded_sig(double v, int digits, Digits& out) {
  std::string buf(std::size_t(digits) + 32, '\0');
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::scientific,
                         digits > 0 ? digits - 1 : 0);
  parse_chars(buf.data(), r.ptr, out);
}

void rounded_fixed(double v, int frac, Digits& out) {
  std::string buf(std::size_t(frac) + 340, '\0');
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed, frac);
  parse_chars(buf.data(), r.ptr, out);
}

void fmt_e(std::string& dst, bool neg, const Digits& d, int prec, char fmt) {
  if (neg)
    dst += '-';
  dst += d.nd == 0 ? '0' : d.d[0];
  if (prec > 0) {
    dst += '.';
    int i = 1;
    int m = std::min(d.nd, prec + 1);
    if (i < m) {
      dst.append(d.d, std::size_t(i), std::size_t(m - i));
      i = m;
    }
    for (; i <= prec; i++)
      dst += '0';
  }
  dst += fmt;
  int exp = d.dp - 1;
  if (d.nd == 0)
    exp = 0;
  char ch = '+';
  if (exp < 0) {
    ch = '-';
    exp = -exp;
  }
  dst += ch;
  if (exp < 10) {
    dst += '0';
    dst += char('0' + exp);
  } else if (exp < 100) {
    dst += char('0' + exp / 10);
    dst += char('0' + exp % 10);
  } else {
    dst += char('0' + exp / 100);
    dst += char('0' + exp / 10 % 10);
    dst += char('0' + exp % 10);
  }
}

void fmt_f(std::string& dst, bool neg, const Digits& d, int prec) {
  if (neg)
    dst += '-';
  if (d.dp > 0) {
    int m = std::min(d.nd, d.dp);
    dst.append(d.d, 0, std::size_t(m));
    for (; m < d.dp; m++)
      dst += '0';
  } else {
    dst += '0';
  }
  if (prec > 0) {
    dst += '.';
    for (int i = 1; i <= prec; i++) {
      char ch = '0';
      int j = d.dp + i - 1;
      if (0 <= j && j < d.nd)
        ch = d.d[j];
      dst += ch;
    }
  }
}

// The float's sign, biased-to-unbiased exponent and mantissa with the implicit bit, as Go's
// genericFtoa decomposes it (exp is the exponent of the mantissa's top bit).
void decompose(double v, int bit_size, bool& neg, std::uint64_t& mant, int& exp, int& mantbits) {
  std::uint64_t bits;
  int expbits, bias;
  if (bit_size == 32) {
    float fv = float(v);
    std::uint32_t b;
    std::memcpy(&b, &fv, 4);
    bits = b;
    mantbits = 23;
    expbits = 8;
    bias = -127;
  } else {
    std::memcpy(&bits, &v, 8);
    mantbits = 52;
    expbits = 11;
    bias = -1023;
  }
  neg = (bits >> (expbits + mantbits)) != 0;
  exp = int(bits >> mantbits) & ((1 << expbits) - 1);
  mant = bits & ((std::uint64_t(1) << mantbits) - 1);
  if (exp == 0)
    exp++;
  else
    mant |= std::uint64_t(1) << mantbits;
  exp += bias;
}

// %b: decimal mantissa "p" binary exponent.
void fmt_b(std::string& dst, double v, int bit_size) {
  bool neg;
  std::uint64_t mant;
  int exp, mantbits;
  decompose(v, bit_size, neg, mant, exp, mantbits);
  if (neg)
    dst += '-';
  dst += std::to_string(mant);
  dst += 'p';
  exp -= mantbits;
  if (exp >= 0)
    dst += '+';
  dst += std::to_string(exp);
}

// %x / %X: hexadecimal mantissa and binary exponent (0x1.8p+01).
void fmt_x(std::string& dst, double v, int bit_size, int prec, char fmt) {
  bool neg;
  std::uint64_t mant;
  int exp, mantbits;
  decompose(v, bit_size, neg, mant, exp, mantbits);
  if (mant == 0)
    exp = 0;
  mant <<= 60 - mantbits;
  while (mant != 0 && (mant & (std::uint64_t(1) << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    unsigned shift = unsigned(prec * 4);
    std::uint64_t extra = (mant << shift) & ((std::uint64_t(1) << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (std::uint64_t(1) << 59))
      mant++;
    mant <<= 60 - shift;
    if (mant & (std::uint64_t(1) << 61)) {
      mant >>= 1;
      exp++;
    }
  }
  const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (neg)
    dst += '-';
  dst += '0';
  dst += fmt;
  dst += char('0' + ((mant >> 60) & 1));
  mant <<= 4;
  if (prec < 0 && mant != 0) {
    dst += '.';
    while (mant != 0) {
      dst += hex[(mant >> 60) & 15];
      mant <<= 4;
    }
  } else if (prec > 0) {
    dst += '.';
    for (int i = 0; i < prec; i++) {
      dst += hex[(mant >> 60) & 15];
      mant <<= 4;
    }
  }
  dst += fmt == 'X' ? 'P' : 'p';
  if (exp < 0) {
    dst += '-';
    exp = -exp;
  } else {
    dst += '+';
  }
  if (exp < 100) {
    dst += char('0' + exp / 10);
    dst += char('0' + exp % 10);
  } else if (exp < 1000) {
    dst += char('0' + exp / 100);
    dst += char('0' + exp / 10 % 10);
    dst += char('0' + exp % 10);
  } else {
    dst += char('0' + exp / 1000);
    dst += char('0' + exp / 100 % 10);
    dst += char('0' + exp / 10 % 10);
    dst += char('0' + exp % 10);
  }
}

} // namespace

void append_float(std::string& dst, double v, char fmt, int prec, int bit_size) {
  if (bit_size == 32)
    v = double(float(v));
  if (std::isnan(v)) {
    dst += "NaN";
    return;
  }
  if (std::isinf(v)) {
    dst += v > 0 ? "+Inf" : "-Inf";
    return;
  }
  if (fmt == 'b') {
    fmt_b(dst, v, bit_size);
    return;
  }
  if (fmt == 'x' || fmt == 'X') {
    fmt_x(dst, v, bit_size, prec, fmt);
    return;
  }
  bool neg = std::signbit(v);
  double a = std::fabs(v);
  Digits digs;
  bool is_shortest = prec < 0;
  if (is_shortest) {
    shortest(a, bit_size, digs);
    switch (fmt) {
    case 'e':
    case 'E':
      prec = std::max(digs.nd - 1, 0);
      break;
    case 'f':
      prec = std::max(digs.nd - digs.dp, 0);
      break;
    default:
      prec = digs.nd;
      break;
    }
  } else {
    switch (fmt) {
    case 'e':
    case 'E':
      rounded_sig(a, prec + 1, digs);
      break;
    case 'f':
      rounded_fixed(a, prec, digs);
      break;
    default:
      if (prec == 0)
        prec = 1;
      rounded_sig(a, prec, digs);
      break;
    }
  }
  switch (fmt) {
  case 'e':
  case 'E':
    fmt_e(dst, neg, digs, prec, fmt);
    return;
  case 'f':
    fmt_f(dst, neg, digs, prec);
    return;
  case 'g':
  case 'G': {
    int eprec = prec;
    if (eprec > digs.nd && digs.nd >= digs.dp)
      eprec = digs.nd;
    if (is_shortest)
      eprec = 6;
    int exp = digs.dp - 1;
    if (exp < -4 || exp >= eprec) {
      if (prec > digs.nd)
        prec = digs.nd;
      fmt_e(dst, neg, digs, prec - 1, fmt == 'g' ? 'e' : 'E');
      return;
    }
    if (prec > digs.dp)
      prec = digs.nd;
    fmt_f(dst, neg, digs, std::max(prec - digs.dp, 0));
    return;
  }
  default:
    dst += '%';
    dst += fmt;
  }
}

bool is_print(std::int32_t r) {
  return unicode::IsPrint(r);
}

bool can_backquote(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto [r, w] = decode_rune_bytes(s.data() + i, std::int64_t(s.size() - i));
    i += std::size_t(w);
    if (w > 1) {
      if (r == 0xFEFF)
        return false;
      continue;
    }
    if (r == rune_error)
      return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
      return false;
  }
  return true;
}

namespace {

const char* hexd = "0123456789abcdef";

void append_escaped_rune(std::string& dst, std::int32_t r, int width, char quote, bool ascii) {
  if (r == quote || r == '\\') {
    dst += '\\';
    dst += char(r);
    return;
  }
  if (ascii) {
    if (r < 0x80 && is_print(r)) {
      dst += char(r);
      return;
    }
  } else if (is_print(r)) {
    char buf[4];
    dst.append(buf, std::size_t(encode_rune(buf, r)));
    return;
  }
  switch (r) {
  case '\a':
    dst += "\\a";
    return;
  case '\b':
    dst += "\\b";
    return;
  case '\f':
    dst += "\\f";
    return;
  case '\n':
    dst += "\\n";
    return;
  case '\r':
    dst += "\\r";
    return;
  case '\t':
    dst += "\\t";
    return;
  case '\v':
    dst += "\\v";
    return;
  }
  if (r < ' ' || r == 0x7F || (width == 1 && r < 0x80)) {
    dst += "\\x";
    dst += hexd[(r >> 4) & 0xF];
    dst += hexd[r & 0xF];
  } else if (r < 0x10000) {
    dst += "\\u";
    for (int s = 12; s >= 0; s -= 4)
      dst += hexd[(r >> s) & 0xF];
  } else {
    dst += "\\U";
    for (int s = 28; s >= 0; s -= 4)
      dst += hexd[(r >> s) & 0xF];
  }
}

} // namespace

void append_quote(std::string& dst, std::string_view s, bool ascii_only) {
  dst += '"';
  for (std::size_t i = 0; i < s.size();) {
    std::int32_t r = static_cast<std::uint8_t>(s[i]);
    std::int64_t w = 1;
    if (r >= 0x80)
      std::tie(r, w) = decode_rune_bytes(s.data() + i, std::int64_t(s.size() - i));
    if (w == 1 && r == rune_error) {
      // An invalid byte: \x escape of the byte itself.
      dst += "\\x";
      dst += hexd[static_cast<std::uint8_t>(s[i]) >> 4];
      dst += hexd[static_cast<std::uint8_t>(s[i]) & 0xF];
      i++;
      continue;
    }
    append_escaped_rune(dst, r, int(w), '"', ascii_only);
    i += std::size_t(w);
  }
  dst += '"';
}

void append_quote_rune(std::string& dst, std::int32_t r, bool ascii_only) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
    r = rune_error;
  dst += '\'';
  append_escaped_rune(dst, r, r < 0x80 ? 1 : 2, '\'', ascii_only);
  dst += '\'';
}

} // namespace mg::strconv
