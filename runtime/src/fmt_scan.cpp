// fmt's scanning functions (Sscan, Sscanln, Sscanf, Scan, Scanln, Scanf) with Go's handling
// of spaces and newlines, Go's number syntax (base prefixes for %v), and Go's error texts.
#include "minigo/convert.h"
#include "minigo/sysio.h"
#include "minigo/defer.h"
#include "minigo/errors.h"
#include "minigo/fmt.h"
#include "minigo/os.h"
#include "minigo/strconv.h"
#include "minigo/unicode.h"

#include <cerrno>
#include <string>
#include <unistd.h>

namespace mg::fmt {

namespace {

constexpr std::int32_t kEOF = -1;

// A scan error carrying Go's error value; thrown inside the scanner, caught at its entry.
struct ScanError {
  iface err;
};

[[noreturn]] void fail(const std::string& msg) {
  throw ScanError{errors::New(string::copy_of(msg))};
}

iface eof_error() {
  return io::EOF_;
}

class Scanner {
public:
  // Input: a string, or stdin when from_stdin.
  Scanner(std::string_view in, bool from_stdin, bool nl_is_space)
      : in_(in), stdin_(from_stdin), nl_is_space_(nl_is_space) {}

  std::int32_t get() {
    if (have_peek_) {
      have_peek_ = false;
      return peek_;
    }
    std::int32_t r = read_rune();
    return r;
  }
  void unget(std::int32_t r) {
    if (r == kEOF)
      return;
    have_peek_ = true;
    peek_ = r;
  }
  std::int32_t peek() {
    std::int32_t r = get();
    unget(r);
    return r;
  }
  bool accept(const char* set) {
    std::int32_t r = get();
    if (r != kEOF)
      for (const char* p = set; *p; p++)
        if (std::int32_t(static_cast<unsigned char>(*p)) == r) {
          tok_ += char(r);
          return true;
        }
    unget(r);
    return false;
  }

  void skip_space() {
    for (;;) {
      std::int32_t r = get();
      if (r == kEOF)
        return;
      if (r == '\r' && peek() == '\n')
        continue;
      if (r == '\n') {
        if (nl_is_space_)
          continue;
        fail("unexpected newline");
      }
      if (!unicode::IsSpace(r)) {
        unget(r);
        return;
      }
    }
  }
  void not_eof() {
    std::int32_t r = get();
    if (r == kEOF)
      throw ScanError{eof_error()};
    unget(r);
  }

  // Scans one operand into the pointer boxed in arg.
  void scan_one(char32_t verb, const iface& arg) {
    if (arg.type == nullptr || arg.type->kind != Kind::Pointer)
      fail(std::string("can't scan type: ") + (arg.type ? arg.type->name : "<nil>"));
    void* p = *static_cast<void**>(arg.data);
    if (p == nullptr)
      panic_nil_deref();
    const TypeInfo* t = arg.type->elem;
    switch (t->kind) {
    case Kind::Bool:
      *static_cast<bool*>(p) = scan_bool(verb);
      return;
    case Kind::Int:
    case Kind::Int64:
      if (verb == 'c') {
        *static_cast<std::int64_t*>(p) = scan_rune();
        return;
      }
      *static_cast<std::int64_t*>(p) = scan_int(verb, 64);
      return;
    case Kind::Int32:
      *static_cast<std::int32_t*>(p) = verb == 'c' ? scan_rune() : std::int32_t(scan_int(verb, 32));
      return;
    case Kind::Int16:
      *static_cast<std::int16_t*>(p) = std::int16_t(scan_int(verb, 16));
      return;
    case Kind::Int8:
      *static_cast<std::int8_t*>(p) = std::int8_t(scan_int(verb, 8));
      return;
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr:
      *static_cast<std::uint64_t*>(p) = scan_uint(verb, 64);
      return;
    case Kind::Uint32:
      *static_cast<std::uint32_t*>(p) = std::uint32_t(scan_uint(verb, 32));
      return;
    case Kind::Uint16:
      *static_cast<std::uint16_t*>(p) = std::uint16_t(scan_uint(verb, 16));
      return;
    case Kind::Uint8:
      *static_cast<std::uint8_t*>(p) = std::uint8_t(scan_uint(verb, 8));
      return;
    case Kind::Float32:
      *static_cast<float*>(p) = float(scan_float(32));
      return;
    case Kind::Float64:
      *static_cast<double*>(p) = scan_float(64);
      return;
    case Kind::String:
      *static_cast<string*>(p) = scan_string(verb);
      return;
    default:
      fail(std::string("can't scan type: ") + arg.type->name);
    }
  }

  std::int64_t count = 0;

private:
  std::int32_t read_byte() {
    if (stdin_) {
      unsigned char c;
      for (;;) {
        ssize_t n = mg::sysio::read(0, &c, 1);
        if (n == 1)
          return c;
        if (n < 0 && errno == EINTR)
          continue;
        return kEOF;
      }
    }
    if (pos_ >= in_.size())
      return kEOF;
    return static_cast<unsigned char>(in_[pos_++]);
  }
  std::int32_t read_rune() {
    std::int32_t b = read_byte();
    if (b < 0x80)
      return b;
    char buf[4];
    buf[0] = char(b);
    int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    int n = 1;
    for (; n < need; n++) {
      std::int32_t c = read_byte();
      if (c == kEOF)
        break;
      buf[n] = char(c);
    }
    return decode_rune_bytes(buf, n).first;
  }

  std::int32_t scan_rune() {
    std::int32_t r = get();
    if (r == kEOF)
      throw ScanError{eof_error()};
    return r;
  }

  bool scan_bool(char32_t verb) {
    skip_space();
    not_eof();
    if (verb != 'v' && verb != 't')
      fail(std::string("bad verb '%") + char(verb) + "' for boolean");
    std::int32_t r = get();
    switch (r) {
    case '0':
      return false;
    case '1':
      return true;
    case 't':
    case 'T':
      if (accept("rR") && (!accept("uU") || !accept("eE")))
        fail("syntax error scanning boolean");
      return true;
    case 'f':
    case 'F':
      if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE")))
        fail("syntax error scanning boolean");
      return false;
    }
    fail("syntax error scanning boolean");
  }

  // The digits for a verb, and whether %v accepts base prefixes.
  static const char* digits_for(char32_t verb, int& base) {
    switch (verb) {
    case 'b':
      base = 2;
      return "01_";
    case 'o':
      base = 8;
      return "01234567_";
    case 'x':
    case 'X':
      base = 16;
      return "0123456789aAbBcCdDeEfF_";
    case 'd':
    case 'v':
      base = 10;
      return "0123456789_";
    }
    fail(std::string("bad verb '%") + char(verb) + "' for integer");
  }

  std::string number_token(char32_t verb, bool allow_sign, int& base) {
    skip_space();
    not_eof();
    tok_.clear();
    const char* digits = digits_for(verb, base);
    if (allow_sign)
      accept("+-");
    bool have_digits = false;
    if (verb == 'v' && peek() == '0') {
      accept("0");
      have_digits = true;
      base = 0;
      if (accept("bB"))
        digits = "01_", have_digits = false;
      else if (accept("oO"))
        digits = "01234567_", have_digits = false;
      else if (accept("xX"))
        digits = "0123456789aAbBcCdDeEfF_", have_digits = false;
      else
        digits = "01234567_";
    }
    while (accept(digits))
      have_digits = true;
    if (!have_digits)
      fail("expected integer");
    return tok_;
  }

  std::int64_t scan_int(char32_t verb, int bits) {
    int base;
    std::string tok = number_token(verb, true, base);
    auto [v, err] = strconv::ParseInt(string(tok.data(), std::int64_t(tok.size())), base, 64);
    if (err.type != nullptr)
      throw ScanError{err};
    if (bits < 64) {
      std::int64_t x = std::int64_t(std::uint64_t(v) << (64 - bits)) >> (64 - bits);
      if (x != v)
        fail("integer overflow on token " + tok);
    }
    return v;
  }

  std::uint64_t scan_uint(char32_t verb, int bits) {
    int base;
    std::string tok = number_token(verb, false, base);
    auto [v, err] = strconv::ParseUint(string(tok.data(), std::int64_t(tok.size())), base, 64);
    if (err.type != nullptr)
      throw ScanError{err};
    if (bits < 64 && (v >> bits) != 0)
      fail("unsigned integer overflow on token " + tok);
    return v;
  }

  double scan_float(int bits) {
    skip_space();
    not_eof();
    tok_.clear();
    accept("+-");
    if (accept("nN") && accept("aA") && accept("nN")) {
    } else if (accept("iI") && accept("nN") && accept("fF")) {
    } else {
      const char* digits = "0123456789_";
      const char* exp = "eEpP";
      if (accept("0") && accept("xX")) {
        digits = "0123456789aAbBcCdDeEfF_";
        exp = "pP";
      }
      while (accept(digits)) {
      }
      if (accept("."))
        while (accept(digits)) {
        }
      if (accept(exp)) {
        accept("+-");
        while (accept("0123456789_")) {
        }
      }
    }
    auto [v, err] = strconv::ParseFloat(string(tok_.data(), std::int64_t(tok_.size())), bits);
    if (err.type != nullptr)
      throw ScanError{err};
    return v;
  }

  string scan_string(char32_t verb) {
    if (verb != 'v' && verb != 's' && verb != 'q' && verb != 'x' && verb != 'X')
      fail(std::string("bad verb '%") + char(verb) + "' for string");
    skip_space();
    not_eof();
    std::string out;
    if (verb == 'q') {
      std::int32_t q = get();
      if (q != '"' && q != '`')
        fail("expected quoted string");
      out += char(q);
      for (;;) {
        std::int32_t r = get();
        if (r == kEOF)
          fail("unexpected EOF");
        char b[4];
        out.append(b, std::size_t(encode_rune(b, r)));
        if (r == '\\' && q == '"') {
          std::int32_t e = get();
          if (e == kEOF)
            fail("unexpected EOF");
          out.append(b, std::size_t(encode_rune(b, e)));
        } else if (r == q) {
          break;
        }
      }
      auto [s, err] = strconv::Unquote(string(out.data(), std::int64_t(out.size())));
      if (err.type != nullptr)
        throw ScanError{err};
      return s;
    }
    for (;;) {
      std::int32_t r = get();
      if (r == kEOF)
        break;
      if (unicode::IsSpace(r)) {
        unget(r);
        break;
      }
      char b[4];
      out.append(b, std::size_t(encode_rune(b, r)));
    }
    return string::copy_of(out);
  }

  std::string_view in_;
  std::size_t pos_ = 0;
  bool stdin_;
  bool have_peek_ = false;
  std::int32_t peek_ = 0;
  std::string tok_;

public:
  bool nl_is_space_;
};

std::tuple<std::int64_t, iface> do_scan(Scanner& s, const Args& a, bool nl_is_end) {
  std::int64_t n = 0;
  try {
    for (std::int64_t i = 0; i < a.len(); i++) {
      s.scan_one('v', a[i]);
      n++;
    }
    if (nl_is_end) {
      for (;;) {
        std::int32_t r = s.get();
        if (r == '\n' || r == kEOF)
          break;
        if (!unicode::IsSpace(r))
          fail("expected newline");
      }
    }
  } catch (const ScanError& e) {
    return {n, e.err};
  }
  return {n, iface()};
}

std::tuple<std::int64_t, iface> do_scanf(Scanner& s, std::string_view format, const Args& a) {
  std::int64_t n = 0;
  try {
    std::size_t i = 0, end = format.size();
    while (i < end) {
      char c = format[i];
      if (c == '%') {
        i++;
        if (i >= end)
          fail("too few operands for format '%'");
        // A width is accepted and ignored (operands end at spaces anyway).
        while (i < end && format[i] >= '0' && format[i] <= '9')
          i++;
        auto [verb, w] = decode_rune_bytes(format.data() + i, std::int64_t(end - i));
        i += std::size_t(w);
        if (verb != 'c')
          s.skip_space();
        if (verb == '%') {
          if (s.get() != '%')
            fail("missing literal %");
          continue;
        }
        if (n >= a.len())
          fail("too few operands for format '%" + std::string(format.substr(i - std::size_t(w))) +
               "'");
        s.scan_one(char32_t(verb), a[n]);
        n++;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r') {
        // Spaces in the format match zero or more spaces (not newlines) in the input.
        while (i < end && (format[i] == ' ' || format[i] == '\t' || format[i] == '\r'))
          i++;
        for (;;) {
          std::int32_t r = s.get();
          if (r == kEOF || r == '\n' || !unicode::IsSpace(r)) {
            s.unget(r);
            break;
          }
        }
        continue;
      }
      auto [fr, w] = decode_rune_bytes(format.data() + i, std::int64_t(end - i));
      std::int32_t r = s.get();
      if (fr == '\n') {
        // A newline in the format matches optional spaces then a newline (or EOF).
        while (r != kEOF && r != '\n' && unicode::IsSpace(r))
          r = s.get();
        if (r != '\n' && r != kEOF)
          fail("newline in format does not match input");
        i += std::size_t(w);
        continue;
      }
      if (r != fr) {
        s.unget(r);
        if (r == kEOF)
          break;
        fail("input does not match format");
      }
      i += std::size_t(w);
    }
    if (n < a.len())
      fail("too many operands");
  } catch (const ScanError& e) {
    return {n, e.err};
  }
  return {n, iface()};
}

} // namespace

std::tuple<std::int64_t, iface> Sscan(const string& str, const Args& a) {
  Scanner s(str.view(), false, true);
  return do_scan(s, a, false);
}
std::tuple<std::int64_t, iface> Sscanln(const string& str, const Args& a) {
  Scanner s(str.view(), false, false);
  return do_scan(s, a, true);
}
std::tuple<std::int64_t, iface> Sscanf(const string& str, const string& format, const Args& a) {
  Scanner s(str.view(), false, false);
  return do_scanf(s, format.view(), a);
}
std::tuple<std::int64_t, iface> Scan(const Args& a) {
  Scanner s(std::string_view(), true, true);
  return do_scan(s, a, false);
}
std::tuple<std::int64_t, iface> Scanln(const Args& a) {
  Scanner s(std::string_view(), true, false);
  return do_scan(s, a, true);
}
std::tuple<std::int64_t, iface> Scanf(const string& format, const Args& a) {
  Scanner s(std::string_view(), true, false);
  return do_scanf(s, format.view(), a);
}

} // namespace mg::fmt
