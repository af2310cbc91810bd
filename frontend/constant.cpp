// This file implements exact constant arithmetic and literal decoding (see constant.h).
#include "frontend/constant.h"

#include "frontend/types.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/Error.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace minigo {

namespace {

using llvm::APFloat;
using llvm::APSInt;

const llvm::fltSemantics& quad() { return APFloat::IEEEquad(); }

APSInt widen(const APSInt& v) {
  APSInt r = v.isSigned() ? APSInt(v.sext(Constant::kIntWidth), false)
                          : APSInt(v.zext(Constant::kIntWidth), false);
  r.setIsSigned(true);
  return r;
}

bool tooBig(const APSInt& v) {
  return v.getMinSignedBits() > Constant::kMaxBits + 1;
}

APFloat intToFloat(const APSInt& v) {
  APFloat f(quad());
  f.convertFromAPInt(v, /*isSigned=*/true, APFloat::rmNearestTiesToEven);
  return f;
}

// Exact fractions keep numerator and denominator within this many bits, so that the product
// of two of them still fits in kIntWidth; larger results fall back to quad precision.
constexpr unsigned kRatBits = 1100;
static_assert(2 * kRatBits + 2 <= Constant::kIntWidth, "products of fractions must fit");

// num/den (den > 0) rounded to quad precision "to odd": truncated to 112 bits, with the last
// bit set when that dropped anything. Rounding this to float32 or float64 gives the same
// result as rounding the exact value once, where rounding to nearest quad first can round
// twice (max32 + ulp32/2 - 1 would become the halfway point max32 + ulp32/2 and overflow).
APFloat roundToOddQuad(const APSInt& num, const APSInt& den) {
  if (num.isZero())
    return APFloat::getZero(quad());
  unsigned w = std::max(num.getBitWidth(), den.getBitWidth()) + 256;
  bool neg = num.isNegative();
  llvm::APInt n = (neg ? llvm::APInt(-num) : llvm::APInt(num)).zext(w);
  llvm::APInt d = llvm::APInt(den).zext(w);
  // Scale so that the quotient has 112 or 113 significant bits.
  int s = 112 - (static_cast<int>(n.getActiveBits()) - static_cast<int>(d.getActiveBits()));
  if (s > 0)
    n <<= static_cast<unsigned>(s);
  else
    d <<= static_cast<unsigned>(-s);
  llvm::APInt q(w, 0), r(w, 0);
  llvm::APInt::udivrem(n, d, q, r);
  if (!r.isZero())
    q.setBit(0);
  APFloat f(quad());
  f.convertFromAPInt(q, /*isSigned=*/false, APFloat::rmNearestTiesToEven); // exact: ≤ 113 bits
  f = llvm::scalbn(f, -s, APFloat::rmNearestTiesToEven);
  if (neg)
    f.changeSign();
  return f;
}

APSInt intConst(uint64_t v) {
  APSInt r(llvm::APInt(Constant::kIntWidth, v), false);
  r.setIsSigned(true);
  return r;
}

APSInt pow10(unsigned n) {
  APSInt r = intConst(1), ten = intConst(10);
  for (unsigned i = 0; i < n; i++)
    r = r * ten;
  return r;
}

// The exact value of a decimal floating-point literal ("1.5e-3", ".5", "1e6") as a fraction,
// or false when it is hexadecimal or too long or large to keep exactly.
bool decimalFraction(const std::string& lit, APSInt& num, APSInt& den) {
  if (lit.size() > 1 && lit[0] == '0' && (lit[1] == 'x' || lit[1] == 'X'))
    return false;
  size_t e = lit.find_first_of("eE");
  std::string mant = lit.substr(0, e);
  long exp = 0;
  if (e != std::string::npos) {
    std::string es = lit.substr(e + 1);
    if (es.empty() || es.size() > 6)
      return false;
    exp = std::stol(es);
  }
  std::string digits;
  long frac = 0;
  bool seenDot = false;
  for (char c : mant) {
    if (c == '.') {
      seenDot = true;
    } else if (c >= '0' && c <= '9') {
      digits += c;
      if (seenDot)
        frac++;
    } else {
      return false;
    }
  }
  if (digits.empty() || digits.size() > 120)
    return false;
  long e10 = exp - frac;
  if (e10 > 130 || e10 < -130)
    return false;
  APSInt m = intConst(0), ten = intConst(10);
  for (char c : digits)
    m = m * ten + intConst(unsigned(c - '0'));
  num = e10 > 0 ? m * pow10(unsigned(e10)) : m;
  den = e10 < 0 ? pow10(unsigned(-e10)) : intConst(1);
  return true;
}

// Appends the UTF-8 encoding of rune r.
void appendUtf8(std::string& out, uint32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
    r = 0xFFFD;
  }
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

// Decodes one UTF-8 sequence at s[i]; returns the rune and advances i (0xFFFD on error).
uint32_t decodeUtf8(const std::string& s, size_t& i) {
  unsigned char c = s[i];
  int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) {
    i++;
    return 0xFFFD;
  }
  uint32_t r = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < n; k++) {
    r = (r << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  i += n;
  return r;
}

int hexDigit(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

// Decodes the escape sequence starting after a backslash at text[i]. Appends bytes for
// strings, or sets `rune` for rune literals. Returns false on a malformed escape.
bool decodeEscape(const std::string& text, size_t& i, char quote, std::string& out,
                  uint32_t& rune, bool& isByte) {
  char c = text[i++];
  isByte = false;
  switch (c) {
  case 'a': rune = 7; return true;
  case 'b': rune = 8; return true;
  case 'f': rune = 12; return true;
  case 'n': rune = 10; return true;
  case 'r': rune = 13; return true;
  case 't': rune = 9; return true;
  case 'v': rune = 11; return true;
  case '\\': rune = '\\'; return true;
  case '\'':
  case '"':
    if (c != quote)
      return false;
    rune = c;
    return true;
  case 'x': {
    if (i + 2 > text.size())
      return false;
    int a = hexDigit(text[i]), b = hexDigit(text[i + 1]);
    if (a < 0 || b < 0)
      return false;
    i += 2;
    rune = a * 16 + b;
    isByte = true;
    return true;
  }
  case 'u':
  case 'U': {
    int n = c == 'u' ? 4 : 8;
    if (i + n > text.size())
      return false;
    uint32_t v = 0;
    for (int k = 0; k < n; k++) {
      int d = hexDigit(text[i + k]);
      if (d < 0)
        return false;
      v = v * 16 + d;
    }
    i += n;
    if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
      return false;
    rune = v;
    return true;
  }
  default:
    if (c >= '0' && c <= '7') {
      if (i + 2 > text.size())
        return false;
      uint32_t v = c - '0';
      for (int k = 0; k < 2; k++) {
        char d = text[i + k];
        if (d < '0' || d > '7')
          return false;
        v = v * 8 + (d - '0');
      }
      if (v > 255)
        return false;
      i += 2;
      rune = v;
      isByte = true;
      return true;
    }
    (void)out;
    return false;
  }
}

} // namespace

// ---------------------------------------------------------------------------------------------

bool Constant::isIntegral() const {
  if (kind == Int)
    return true;
  if (kind != Float)
    return false;
  if (exact)
    return den.isOne();
  return floatVal.isFinite() && floatVal.isInteger();
}

std::string Constant::toString() const {
  switch (kind) {
  case Bool:
    return boolVal ? "true" : "false";
  case String: {
    std::string s = "\"";
    for (unsigned char c : strVal) {
      switch (c) {
      case '"': s += "\\\""; break;
      case '\\': s += "\\\\"; break;
      case '\n': s += "\\n"; break;
      case '\t': s += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          s += buf;
        } else {
          s += static_cast<char>(c);
        }
      }
    }
    return s + "\"";
  }
  case Int: {
    llvm::SmallString<64> buf;
    intVal.toString(buf, 10, /*Signed=*/true);
    return std::string(buf.str());
  }
  case Float: {
    if (isIntegral()) {
      APSInt i(kIntWidth, false);
      bool exact = false;
      floatVal.convertToInteger(i, APFloat::rmTowardZero, &exact);
      if (i.getMinSignedBits() <= 64) {
        llvm::SmallString<64> buf;
        i.toString(buf, 10, true);
        return std::string(buf.str());
      }
    }
    double d = toDouble();
    if (std::isinf(d)) {
      // Beyond float64's range: 6 significant digits of the quad value, as %g would show.
      llvm::SmallString<64> buf;
      floatVal.toString(buf, /*FormatPrecision=*/6, /*FormatMaxPadding=*/0);
      std::string s(buf.str());
      size_t e = s.find('E');
      if (e != std::string::npos) {
        s[e] = 'e';
        if (s[e + 1] != '-' && s[e + 1] != '+')
          s.insert(e + 1, "+");
        size_t end = e; // %g drops trailing zeros of the fraction: 1e+400, not 1.0e+400
        while (end > 0 && s[end - 1] == '0')
          end--;
        if (end > 0 && s[end - 1] == '.')
          end--;
        s.erase(end, e - end);
      }
      return s;
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", d);
    std::string s = buf;
    // Go writes exponents with at least two digits: 1e+100, 1e-07.
    return s;
  }
  }
  return "?";
}

std::optional<int64_t> Constant::toInt64() const {
  if (kind == Int) {
    if (intVal.getMinSignedBits() > 64)
      return std::nullopt;
    return intVal.getSExtValue();
  }
  if (kind == Float && isIntegral()) {
    APSInt i(kIntWidth, false);
    bool exact = false;
    floatVal.convertToInteger(i, APFloat::rmTowardZero, &exact);
    if (i.getMinSignedBits() > 64)
      return std::nullopt;
    return i.getSExtValue();
  }
  return std::nullopt;
}

std::optional<uint64_t> Constant::toUint64() const {
  APSInt i(kIntWidth, false);
  if (kind == Int) {
    i = intVal;
  } else if (kind == Float && isIntegral()) {
    bool exact = false;
    floatVal.convertToInteger(i, APFloat::rmTowardZero, &exact);
  } else {
    return std::nullopt;
  }
  if (i.isNegative() || i.getActiveBits() > 64)
    return std::nullopt;
  return i.getZExtValue();
}

double Constant::toDouble() const {
  if (kind == Int) {
    APFloat f = intToFloat(intVal);
    bool lost = false;
    f.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
    return f.convertToDouble();
  }
  if (kind == Float) {
    APFloat f = floatVal;
    bool lost = false;
    f.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
    return f.convertToDouble();
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------

Constant* ConstantPool::fresh(Constant::Kind k) {
  pool_.push_back(std::make_unique<Constant>(k));
  return pool_.back().get();
}

const Constant* ConstantPool::makeBool(bool b) {
  Constant* c = fresh(Constant::Bool);
  c->boolVal = b;
  return c;
}

const Constant* ConstantPool::makeString(std::string s) {
  Constant* c = fresh(Constant::String);
  c->strVal = std::move(s);
  return c;
}

const Constant* ConstantPool::makeInt(int64_t v) {
  Constant* c = fresh(Constant::Int);
  c->intVal = APSInt(llvm::APInt(Constant::kIntWidth, static_cast<uint64_t>(v), true), false);
  return c;
}

const Constant* ConstantPool::makeInt(const APSInt& v) {
  Constant* c = fresh(Constant::Int);
  c->intVal = v.getBitWidth() == Constant::kIntWidth ? v : widen(v);
  c->intVal.setIsSigned(true);
  return c;
}

const Constant* ConstantPool::makeFloat(const APFloat& v) {
  Constant* c = fresh(Constant::Float);
  c->floatVal = v;
  if (v.isZero()) // Go's constants are exact values: there is no -0 (-0.0 is 0)
    c->floatVal = APFloat::getZero(v.getSemantics());
  return c;
}

const Constant* ConstantPool::makeRat(APSInt num, APSInt den) {
  if (den.isZero())
    return nullptr;
  if (den.isNegative()) {
    num = -num;
    den = -den;
  }
  bool neg = num.isNegative();
  llvm::APInt g =
      llvm::APIntOps::GreatestCommonDivisor(neg ? llvm::APInt(-num) : llvm::APInt(num), den);
  if (!g.isOne() && !g.isZero()) {
    num = APSInt(num.sdiv(g), false);
    den = APSInt(den.sdiv(g), false);
  }
  num.setIsSigned(true);
  den.setIsSigned(true);
  if (num.getMinSignedBits() > kRatBits || den.getMinSignedBits() > kRatBits)
    return nullptr;
  Constant* c = fresh(Constant::Float);
  c->exact = true;
  c->num = num;
  c->den = den;
  APFloat f = intToFloat(num);
  f.divide(intToFloat(den), APFloat::rmNearestTiesToEven);
  c->floatVal = f;
  return c;
}

const Constant* ConstantPool::makeFloat(double d) {
  APFloat f(d);
  bool lost = false;
  f.convert(quad(), APFloat::rmNearestTiesToEven, &lost);
  return makeFloat(f);
}

const Constant* ConstantPool::fromLiteral(LitKind kind, const std::string& text,
                                          std::string& error) {
  switch (kind) {
  case LitKind::Int: {
    std::string digits;
    for (char c : text)
      if (c != '_')
        digits += c;
    unsigned radix = 10;
    size_t start = 0;
    if (digits.size() > 1 && digits[0] == '0') {
      char p = digits[1];
      if (p == 'x' || p == 'X') {
        radix = 16;
        start = 2;
      } else if (p == 'b' || p == 'B') {
        radix = 2;
        start = 2;
      } else if (p == 'o' || p == 'O') {
        radix = 8;
        start = 2;
      } else {
        radix = 8;
        start = 1;
      }
    }
    if (start >= digits.size()) {
      error = "invalid integer literal " + text;
      return nullptr;
    }
    APSInt v(llvm::APInt(Constant::kIntWidth, 0), false);
    APSInt r(llvm::APInt(Constant::kIntWidth, radix), false);
    for (size_t i = start; i < digits.size(); i++) {
      int d = hexDigit(digits[i]);
      if (d < 0 || static_cast<unsigned>(d) >= radix) {
        error = "invalid digit '" + std::string(1, digits[i]) + "' in " +
                (radix == 8 ? "octal" : radix == 2 ? "binary" : radix == 16 ? "hexadecimal" : "decimal") +
                " literal";
        return nullptr;
      }
      v = v * r + APSInt(llvm::APInt(Constant::kIntWidth, d), false);
      if (v.getActiveBits() > Constant::kMaxBits) {
        error = "constant overflow";
        return nullptr;
      }
    }
    v.setIsSigned(true);
    return makeInt(v);
  }
  case LitKind::Float: {
    std::string digits;
    for (char c : text)
      if (c != '_')
        digits += c;
    APFloat f(quad());
    auto st = f.convertFromString(digits, APFloat::rmNearestTiesToEven);
    if (!st) {
      llvm::consumeError(st.takeError());
      error = "invalid floating-point literal " + text;
      return nullptr;
    }
    APSInt num, den;
    if (decimalFraction(digits, num, den))
      if (const Constant* r = makeRat(num, den))
        return r;
    return makeFloat(f);
  }
  case LitKind::Imag:
    error = "complex numbers are not supported by minigo";
    return nullptr;
  case LitKind::Rune: {
    if (text.size() < 3 || text.front() != '\'' || text.back() != '\'') {
      error = "invalid rune literal";
      return nullptr;
    }
    std::string body = text.substr(1, text.size() - 2);
    uint32_t r = 0;
    size_t i = 0;
    if (body[0] == '\\') {
      i = 1;
      std::string out;
      bool isByte = false;
      if (!decodeEscape(body, i, '\'', out, r, isByte)) {
        error = "invalid escape sequence in rune literal";
        return nullptr;
      }
    } else {
      r = decodeUtf8(body, i);
    }
    if (i != body.size()) {
      error = "more than one character in rune literal";
      return nullptr;
    }
    return makeInt(static_cast<int64_t>(r));
  }
  case LitKind::String: {
    if (text.size() >= 2 && text.front() == '`') {
      std::string s;
      for (size_t i = 1; i + 1 < text.size(); i++)
        if (text[i] != '\r')
          s += text[i];
      return makeString(std::move(s));
    }
    std::string s;
    for (size_t i = 1; i + 1 < text.size();) {
      if (text[i] == '\\') {
        i++;
        uint32_t r = 0;
        bool isByte = false;
        if (!decodeEscape(text, i, '"', s, r, isByte) || i > text.size() - 1) {
          error = "invalid escape sequence in string literal";
          return nullptr;
        }
        if (isByte)
          s += static_cast<char>(r);
        else
          appendUtf8(s, r);
      } else {
        s += text[i++];
      }
    }
    return makeString(std::move(s));
  }
  }
  return nullptr;
}

const Constant* ConstantPool::toFloat(const Constant* c) {
  if (c->kind == Constant::Float)
    return c;
  if (c->kind == Constant::Int) {
    if (const Constant* r = makeRat(c->intVal, intConst(1)))
      return r;
    return makeFloat(intToFloat(c->intVal));
  }
  return c;
}

const Constant* ConstantPool::toInt(const Constant* c) {
  if (c->kind == Constant::Int)
    return c;
  if (c->kind == Constant::Float && c->exact)
    return c->den == intConst(1) ? makeInt(c->num) : nullptr;
  if (c->kind == Constant::Float && c->isIntegral()) {
    APSInt i(Constant::kIntWidth, false);
    bool exact = false;
    c->floatVal.convertToInteger(i, APFloat::rmTowardZero, &exact);
    i.setIsSigned(true);
    return makeInt(i);
  }
  return nullptr;
}

const Constant* ConstantPool::binaryOp(Op op, const Constant* x, const Constant* y,
                                       bool intDivision, std::string& error) {
  if (x->kind == Constant::Bool && y->kind == Constant::Bool) {
    if (op == Op::LAnd)
      return makeBool(x->boolVal && y->boolVal);
    if (op == Op::LOr)
      return makeBool(x->boolVal || y->boolVal);
  }
  if (x->kind == Constant::String && y->kind == Constant::String && op == Op::Add)
    return makeString(x->strVal + y->strVal);
  if (x->kind == Constant::Int && y->kind == Constant::Int &&
      (op != Op::Div || intDivision)) {
    const APSInt& a = x->intVal;
    const APSInt& b = y->intVal;
    APSInt r(Constant::kIntWidth, false);
    switch (op) {
    case Op::Add: r = a + b; break;
    case Op::Sub: r = a - b; break;
    case Op::Mul: r = a * b; break;
    case Op::Div:
    case Op::Rem:
      if (b.isZero()) {
        error = "division by zero";
        return nullptr;
      }
      r = op == Op::Div ? APSInt(a.sdiv(b), false) : APSInt(a.srem(b), false);
      break;
    case Op::And: r = a & b; break;
    case Op::Or: r = a | b; break;
    case Op::Xor: r = a ^ b; break;
    case Op::AndNot: r = a & ~b; break;
    default:
      error = "invalid constant operation";
      return nullptr;
    }
    r.setIsSigned(true);
    if (tooBig(r)) {
      error = "constant overflow";
      return nullptr;
    }
    return makeInt(r);
  }
  if ((x->kind == Constant::Int || x->kind == Constant::Float) &&
      (y->kind == Constant::Int || y->kind == Constant::Float)) {
    const Constant* fx = toFloat(x);
    const Constant* fy = toFloat(y);
    if (fx->exact && fy->exact &&
        (op == Op::Add || op == Op::Sub || op == Op::Mul || op == Op::Div)) {
      const APSInt &an = fx->num, &ad = fx->den, &bn = fy->num, &bd = fy->den;
      if (op == Op::Div && bn.isZero()) {
        error = "division by zero";
        return nullptr;
      }
      const Constant* r = nullptr;
      switch (op) {
      case Op::Add:
        r = makeRat(an * bd + bn * ad, ad * bd);
        break;
      case Op::Sub:
        r = makeRat(an * bd - bn * ad, ad * bd);
        break;
      case Op::Mul:
        r = makeRat(an * bn, ad * bd);
        break;
      default:
        r = makeRat(an * bd, ad * bn);
        break;
      }
      if (r)
        return r;
    }
    APFloat a = fx->floatVal;
    const APFloat& b = fy->floatVal;
    switch (op) {
    case Op::Add: a.add(b, APFloat::rmNearestTiesToEven); break;
    case Op::Sub: a.subtract(b, APFloat::rmNearestTiesToEven); break;
    case Op::Mul: a.multiply(b, APFloat::rmNearestTiesToEven); break;
    case Op::Div:
      if (b.isZero()) {
        error = "division by zero";
        return nullptr;
      }
      a.divide(b, APFloat::rmNearestTiesToEven);
      break;
    default:
      error = "invalid constant operation";
      return nullptr;
    }
    if (!a.isFinite()) {
      error = "constant overflow";
      return nullptr;
    }
    return makeFloat(a);
  }
  error = "invalid constant operation";
  return nullptr;
}

const Constant* ConstantPool::shift(Op op, const Constant* x, uint64_t s, std::string& error) {
  const Constant* xi = toInt(x);
  if (!xi) {
    error = "invalid shift";
    return nullptr;
  }
  if (op == Op::Shl) {
    if (s > Constant::kMaxBits || xi->intVal.getMinSignedBits() + s > Constant::kMaxBits + 1) {
      if (!xi->intVal.isZero()) {
        error = "constant shift overflow";
        return nullptr;
      }
      return xi;
    }
    APSInt r(xi->intVal.shl(static_cast<unsigned>(s)), false);
    r.setIsSigned(true);
    return makeInt(r);
  }
  unsigned amount = s >= Constant::kIntWidth ? Constant::kIntWidth - 1 : static_cast<unsigned>(s);
  APSInt r(xi->intVal.ashr(amount), false);
  r.setIsSigned(true);
  return makeInt(r);
}

bool ConstantPool::compare(Op op, const Constant* x, const Constant* y) {
  int cmp = 0;
  if (x->kind == Constant::Bool && y->kind == Constant::Bool) {
    cmp = x->boolVal == y->boolVal ? 0 : 1;
  } else if (x->kind == Constant::String && y->kind == Constant::String) {
    cmp = x->strVal.compare(y->strVal);
    cmp = cmp < 0 ? -1 : cmp > 0 ? 1 : 0;
  } else if (x->kind == Constant::Int && y->kind == Constant::Int) {
    cmp = x->intVal < y->intVal ? -1 : x->intVal > y->intVal ? 1 : 0;
  } else if (const Constant* fx = toFloat(x), *fy = toFloat(y); fx->exact && fy->exact) {
    APSInt l = fx->num * fy->den, r = fy->num * fx->den;
    cmp = l < r ? -1 : l > r ? 1 : 0;
  } else {
    auto r = toFloat(x)->floatVal.compare(toFloat(y)->floatVal);
    cmp = r == APFloat::cmpLessThan ? -1 : r == APFloat::cmpGreaterThan ? 1 : 0;
  }
  switch (op) {
  case Op::Eql: return cmp == 0;
  case Op::Neq: return cmp != 0;
  case Op::Lss: return cmp < 0;
  case Op::Leq: return cmp <= 0;
  case Op::Gtr: return cmp > 0;
  case Op::Geq: return cmp >= 0;
  default: return false;
  }
}

const Constant* ConstantPool::unaryOp(Op op, const Constant* x, unsigned unsignedBits,
                                      std::string& error) {
  switch (op) {
  case Op::Add:
    return x;
  case Op::Sub:
    if (x->kind == Constant::Int) {
      APSInt r(-x->intVal, false);
      r.setIsSigned(true);
      return makeInt(r);
    }
    if (x->kind == Constant::Float && x->exact)
      if (const Constant* r = makeRat(-x->num, x->den))
        return r;
    if (x->kind == Constant::Float) {
      APFloat f = x->floatVal;
      f.changeSign();
      return makeFloat(f);
    }
    break;
  case Op::Xor:
    if (x->kind == Constant::Int) {
      APSInt r(~x->intVal, false);
      if (unsignedBits) {
        // ^x for an unsigned constant flips exactly its bits.
        llvm::APInt mask = llvm::APInt::getLowBitsSet(Constant::kIntWidth, unsignedBits);
        r = APSInt(r & mask, false);
      }
      r.setIsSigned(true);
      return makeInt(r);
    }
    break;
  case Op::Not:
    if (x->kind == Constant::Bool)
      return makeBool(!x->boolVal);
    break;
  default:
    break;
  }
  error = "invalid constant operation";
  return nullptr;
}

bool ConstantPool::representable(const Constant* c, BasicKind k, const Constant** rounded) {
  const Constant* out = c;
  bool ok = false;
  switch (k) {
  case BasicKind::Bool:
  case BasicKind::UntypedBool:
    ok = c->kind == Constant::Bool;
    break;
  case BasicKind::String:
  case BasicKind::UntypedString:
    ok = c->kind == Constant::String;
    break;
  case BasicKind::Int:
  case BasicKind::Int8:
  case BasicKind::Int16:
  case BasicKind::Int32:
  case BasicKind::Int64:
  case BasicKind::Uint:
  case BasicKind::Uint8:
  case BasicKind::Uint16:
  case BasicKind::Uint32:
  case BasicKind::Uint64:
  case BasicKind::Uintptr:
  case BasicKind::UntypedInt:
  case BasicKind::UntypedRune: {
    const Constant* i = (c->kind == Constant::Int || c->kind == Constant::Float) ? toInt(c) : nullptr;
    if (!i)
      break;
    out = i;
    if (k == BasicKind::UntypedInt || k == BasicKind::UntypedRune) {
      ok = true;
      break;
    }
    int bits = basicSize(k) * 8;
    bool isUnsigned = k >= BasicKind::Uint && k <= BasicKind::Uintptr;
    if (isUnsigned)
      ok = !i->intVal.isNegative() && i->intVal.getActiveBits() <= static_cast<unsigned>(bits);
    else
      ok = i->intVal.getMinSignedBits() <= static_cast<unsigned>(bits);
    break;
  }
  case BasicKind::Float32:
  case BasicKind::Float64:
  case BasicKind::UntypedFloat: {
    if (c->kind != Constant::Int && c->kind != Constant::Float)
      break;
    const Constant* f = toFloat(c);
    if (k == BasicKind::UntypedFloat) {
      out = f;
      ok = true;
      break;
    }
    APFloat v = f->exact ? roundToOddQuad(f->num, f->den) : f->floatVal;
    bool lost = false;
    v.convert(k == BasicKind::Float32 ? APFloat::IEEEsingle() : APFloat::IEEEdouble(),
              APFloat::rmNearestTiesToEven, &lost);
    if (!v.isFinite())
      break;
    v.convert(quad(), APFloat::rmNearestTiesToEven, &lost);
    out = makeFloat(v);
    ok = true;
    break;
  }
  default:
    break;
  }
  if (ok && rounded)
    *rounded = out;
  return ok;
}

} // namespace minigo
