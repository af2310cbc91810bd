// Go's fmt printing: the verb parser (doPrintf), the value printer driven by TypeInfo (Go's
// printArg/printValue), the number/string formatters with width, precision and flags (Go's
// format.go), map key ordering (Go's internal/fmtsort), and the error forms for bad verbs.
#include "minigo/fmt.h"
#include "minigo/convert.h"
#include "minigo/defer.h"
#include "minigo/errors.h"
#include "minigo/os.h"
#include "minigo/print.h"
#include "minigo/strconv.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace mg::fmt {

namespace {

const char* ldigits = "0123456789abcdefx";
const char* udigits = "0123456789ABCDEFX";

struct Flags {
  bool wid_present = false, prec_present = false;
  bool minus = false, plus = false, sharp = false, space = false, zero = false;
  bool plus_v = false, sharp_v = false;
  int wid = 0, prec = 0;
};

// Reads an integer-kinded value.
std::int64_t read_int(Kind k, const void* p) {
  switch (k) {
  case Kind::Int8:
    return *static_cast<const std::int8_t*>(p);
  case Kind::Int16:
    return *static_cast<const std::int16_t*>(p);
  case Kind::Int32:
    return *static_cast<const std::int32_t*>(p);
  default:
    return *static_cast<const std::int64_t*>(p);
  }
}
std::uint64_t read_uint(Kind k, const void* p) {
  switch (k) {
  case Kind::Uint8:
    return *static_cast<const std::uint8_t*>(p);
  case Kind::Uint16:
    return *static_cast<const std::uint16_t*>(p);
  case Kind::Uint32:
    return *static_cast<const std::uint32_t*>(p);
  default:
    return *static_cast<const std::uint64_t*>(p);
  }
}
bool is_int_kind(Kind k) {
  return k >= Kind::Int && k <= Kind::Int64;
}
bool is_uint_kind(Kind k) {
  return k >= Kind::Uint && k <= Kind::Uintptr;
}

struct SliceRep {
  char* ptr;
  std::int64_t len;
  std::int64_t cap;
};

// Whether a field name is exported (upper-case first letter; ASCII covers minigo's programs
// and non-ASCII letters are treated as exported when upper-case in Latin-1's range).
bool exported(const char* name) {
  unsigned char c = static_cast<unsigned char>(name[0]);
  return (c >= 'A' && c <= 'Z');
}

int compare_values(const TypeInfo* t, const void* a, const void* b);

// Go orders interface keys of different dynamic types by the address of their type
// descriptors, which Go's linker lays out by size, then by name: this is the size Go's
// descriptor of t has (its kind's type struct, plus the uncommon part and method table that
// named types and types with methods carry).
std::size_t go_type_size(const TypeInfo* t) {
  std::size_t n = 48; // reflect's rtype
  switch (t->kind) {
  case Kind::Pointer:
  case Kind::Slice:
  case Kind::Func:
    n += 8;
    break;
  case Kind::Chan:
    n += 16;
    break;
  case Kind::Array:
    n += 24;
    break;
  case Kind::Map:
    n += 40;
    break;
  case Kind::Interface:
    n += 32 + 8 * t->num_methods;
    break;
  case Kind::Struct:
    n += 32 + 24 * t->num_fields;
    break;
  default:
    break;
  }
  std::string_view name = t->name;
  bool unnamed = false;
  for (std::string_view p : {"[", "*", "map[", "chan ", "<-chan", "func(", "struct {", "interface {"})
    unnamed = unnamed || name.substr(0, p.size()) == p;
  if (t->kind != Kind::Interface && (!unnamed || t->num_methods > 0))
    n += 16 + 16 * t->num_methods;
  return n;
}

int cmp3(auto a, auto b) {
  return a < b ? -1 : (a > b ? 1 : 0);
}

// Go's internal/fmtsort ordering of map keys.
int compare_values(const TypeInfo* t, const void* a, const void* b) {
  Kind k = t->kind;
  if (is_int_kind(k))
    return cmp3(read_int(k, a), read_int(k, b));
  if (is_uint_kind(k))
    return cmp3(read_uint(k, a), read_uint(k, b));
  switch (k) {
  case Kind::String: {
    auto c = static_cast<const string*>(a)->view().compare(static_cast<const string*>(b)->view());
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
  case Kind::Float32:
  case Kind::Float64: {
    double x = k == Kind::Float32 ? *static_cast<const float*>(a) : *static_cast<const double*>(a);
    double y = k == Kind::Float32 ? *static_cast<const float*>(b) : *static_cast<const double*>(b);
    if (std::isnan(x))
      return -1;
    if (std::isnan(y))
      return 1;
    return cmp3(x, y);
  }
  case Kind::Bool:
    return cmp3(int(*static_cast<const bool*>(a)), int(*static_cast<const bool*>(b)));
  case Kind::Pointer:
  case Kind::Chan:
  case Kind::UnsafePointer:
    return cmp3(*static_cast<const std::uintptr_t*>(a), *static_cast<const std::uintptr_t*>(b));
  case Kind::Struct:
    for (std::size_t i = 0; i < t->num_fields; i++) {
      const FieldInfo& f = t->fields[i];
      int c = compare_values(f.type, static_cast<const char*>(a) + f.offset,
                             static_cast<const char*>(b) + f.offset);
      if (c != 0)
        return c;
    }
    return 0;
  case Kind::Array:
    for (std::int64_t i = 0; i < t->len; i++) {
      int c = compare_values(t->elem, static_cast<const char*>(a) + i * t->elem->size,
                             static_cast<const char*>(b) + i * t->elem->size);
      if (c != 0)
        return c;
    }
    return 0;
  case Kind::Interface: {
    auto* x = static_cast<const iface*>(a);
    auto* y = static_cast<const iface*>(b);
    if (x->type == nullptr || y->type == nullptr) {
      if (x->type == nullptr && y->type == nullptr)
        return 0;
      return x->type == nullptr ? -1 : 1;
    }
    if (!same_type(x->type, y->type)) {
      if (int c = cmp3(go_type_size(x->type), go_type_size(y->type)))
        return c;
      int c = std::strcmp(x->type->name, y->type->name);
      return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    return compare_values(x->type, x->data, y->data);
  }
  default:
    return 0;
  }
}

class Printer {
public:
  std::string buf;
  Flags f;
  bool wrap_errs = false;
  iface wrapped_err;

  // The argument being printed by printArg (null type: none) or the value by printValue.
  iface arg;
  const TypeInfo* vtype = nullptr;
  const void* vptr = nullptr;
  bool erroring = false;
  bool panicking = false;

  // ---- format.go: padding and primitive formatters ----

  void write_padding(int n) {
    if (n <= 0)
      return;
    buf.append(std::size_t(n), f.zero ? '0' : ' ');
  }
  void pad(std::string_view s) {
    if (!f.wid_present || f.wid == 0) {
      buf += s;
      return;
    }
    int width = f.wid - int(rune_count(s.data(), std::int64_t(s.size())));
    if (!f.minus) {
      write_padding(width);
      buf += s;
    } else {
      buf += s;
      write_padding(width);
    }
  }
  void fmt_boolean(bool v) { pad(v ? "true" : "false"); }

  void fmt_unicode(std::uint64_t u) {
    int prec = 4;
    if (f.prec_present && f.prec > 4)
      prec = f.prec;
    std::string hex;
    std::uint64_t x = u;
    do {
      hex.insert(hex.begin(), udigits[x & 0xF]);
      x >>= 4;
      prec--;
    } while (x != 0);
    std::string s = "U+";
    for (; prec > 0; prec--)
      s += '0';
    s += hex;
    if (f.sharp && u <= 0x10FFFF && strconv::is_print(std::int32_t(u))) {
      s += " '";
      char b[4];
      s.append(b, std::size_t(encode_rune(b, std::int32_t(u))));
      s += "'";
    }
    bool old = f.zero;
    f.zero = false;
    pad(s);
    f.zero = old;
  }

  void fmt_integer(std::uint64_t u, int base, bool is_signed, char32_t verb, const char* digits) {
    bool negative = is_signed && std::int64_t(u) < 0;
    if (negative)
      u = -u;
    int prec = 0;
    if (f.prec_present) {
      prec = f.prec;
      if (prec == 0 && u == 0) {
        bool old = f.zero;
        f.zero = false;
        write_padding(f.wid);
        f.zero = old;
        return;
      }
    } else if (f.zero && f.wid_present) {
      prec = f.wid;
      if (negative || f.plus || f.space)
        prec--;
    }
    std::string b; // built reversed
    do {
      b += digits[u % unsigned(base)];
      u /= unsigned(base);
    } while (u != 0);
    while (int(b.size()) < prec)
      b += '0';
    if (f.sharp) {
      switch (base) {
      case 2:
        b += "b0";
        break;
      case 8:
        if (b.back() != '0')
          b += '0';
        break;
      case 16:
        b += digits[16];
        b += '0';
        break;
      }
    }
    if (verb == 'O')
      b += "o0";
    if (negative)
      b += '-';
    else if (f.plus)
      b += '+';
    else if (f.space)
      b += ' ';
    std::reverse(b.begin(), b.end());
    bool old = f.zero;
    f.zero = false;
    pad(b);
    f.zero = old;
  }

  std::string_view truncate(std::string_view s) {
    if (f.prec_present) {
      int n = f.prec;
      for (std::size_t i = 0; i < s.size();) {
        n--;
        if (n < 0)
          return s.substr(0, i);
        i += std::size_t(decode_rune_bytes(s.data() + i, std::int64_t(s.size() - i)).second);
      }
    }
    return s;
  }
  void fmt_s(std::string_view s) { pad(truncate(s)); }

  void fmt_sbx(std::string_view s, const char* digits) {
    int length = int(s.size());
    if (f.prec_present && f.prec < length)
      length = f.prec;
    int width = 2 * length;
    if (width > 0) {
      if (f.space) {
        if (f.sharp)
          width *= 2;
        width += length - 1;
      } else if (f.sharp) {
        width += 2;
      }
    } else {
      if (f.wid_present)
        write_padding(f.wid);
      return;
    }
    if (f.wid_present && f.wid > width && !f.minus)
      write_padding(f.wid - width);
    if (f.sharp) {
      buf += '0';
      buf += digits[16];
    }
    for (int i = 0; i < length; i++) {
      if (f.space && i > 0) {
        buf += ' ';
        if (f.sharp) {
          buf += '0';
          buf += digits[16];
        }
      }
      auto c = static_cast<unsigned char>(s[std::size_t(i)]);
      buf += digits[c >> 4];
      buf += digits[c & 0xF];
    }
    if (f.wid_present && f.wid > width && f.minus)
      write_padding(f.wid - width);
  }

  void fmt_q(std::string_view s) {
    s = truncate(s);
    if (f.sharp && strconv::can_backquote(s)) {
      std::string q = "`";
      q += s;
      q += "`";
      pad(q);
      return;
    }
    std::string q;
    strconv::append_quote(q, s, f.plus);
    pad(q);
  }

  void fmt_c(std::uint64_t c) {
    std::int32_t r = c > 0x10FFFF ? rune_error : std::int32_t(c);
    char b[4];
    pad(std::string_view(b, std::size_t(encode_rune(b, r))));
  }
  void fmt_qc(std::uint64_t c) {
    std::int32_t r = c > 0x10FFFF ? rune_error : std::int32_t(c);
    std::string q;
    strconv::append_quote_rune(q, r, f.plus);
    pad(q);
  }

  void fmt_float_raw(double v, int size, char verb, int prec) {
    if (f.prec_present)
      prec = f.prec;
    std::string num = "+";
    strconv::append_float(num, v, verb, prec, size);
    if (num[1] == '-' || num[1] == '+')
      num.erase(0, 1);
    if (f.space && num[0] == '+' && !f.plus)
      num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
      bool old = f.zero;
      f.zero = false;
      if (num[1] == 'N' && !f.space && !f.plus)
        num.erase(0, 1);
      pad(num);
      f.zero = old;
      return;
    }
    if (f.sharp && verb != 'b') {
      int digits = 0;
      if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
        digits = prec;
        if (digits == -1)
          digits = 6;
      }
      std::string tail;
      bool has_point = false, saw_nonzero = false;
      for (std::size_t i = 1; i < num.size(); i++) {
        char c = num[i];
        if (c == '.') {
          has_point = true;
        } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
          tail = num.substr(i);
          num.resize(i);
          break;
        } else {
          if (c != '0')
            saw_nonzero = true;
          if (saw_nonzero)
            digits--;
        }
      }
      if (!has_point) {
        if (num.size() == 2 && num[1] == '0')
          digits--;
        num += '.';
      }
      while (digits > 0) {
        num += '0';
        digits--;
      }
      num += tail;
    }
    if (f.plus || num[0] != '+') {
      if (f.zero && f.wid_present && f.wid > int(num.size())) {
        buf += num[0];
        write_padding(f.wid - int(num.size()));
        buf.append(num, 1);
        return;
      }
      pad(num);
      return;
    }
    pad(std::string_view(num).substr(1));
  }

  // ---- print.go ----

  void write_rune(char32_t r) {
    char b[4];
    buf.append(b, std::size_t(encode_rune(b, std::int32_t(r))));
  }

  void bad_verb(char32_t verb) {
    erroring = true;
    buf += "%!";
    write_rune(verb);
    buf += '(';
    if (arg.type != nullptr) {
      buf += arg.type->name;
      buf += '=';
      print_arg(arg, 'v');
    } else if (vtype != nullptr) {
      buf += vtype->name;
      buf += '=';
      print_value(vtype, vptr, 'v', 0, true);
    } else {
      buf += "<nil>";
    }
    buf += ')';
    erroring = false;
  }

  void fmt_bool(bool v, char32_t verb) {
    if (verb == 't' || verb == 'v')
      fmt_boolean(v);
    else
      bad_verb(verb);
  }

  void fmt_0x64(std::uint64_t v, bool leading0x) {
    bool sharp = f.sharp;
    f.sharp = leading0x;
    fmt_integer(v, 16, false, 'v', ldigits);
    f.sharp = sharp;
  }

  void fmt_int(std::uint64_t v, bool is_signed, char32_t verb) {
    switch (verb) {
    case 'v':
      if (f.sharp_v && !is_signed)
        fmt_0x64(v, true);
      else
        fmt_integer(v, 10, is_signed, verb, ldigits);
      break;
    case 'd':
      fmt_integer(v, 10, is_signed, verb, ldigits);
      break;
    case 'b':
      fmt_integer(v, 2, is_signed, verb, ldigits);
      break;
    case 'o':
    case 'O':
      fmt_integer(v, 8, is_signed, verb, ldigits);
      break;
    case 'x':
      fmt_integer(v, 16, is_signed, verb, ldigits);
      break;
    case 'X':
      fmt_integer(v, 16, is_signed, verb, udigits);
      break;
    case 'c':
      fmt_c(v);
      break;
    case 'q':
      fmt_qc(v);
      break;
    case 'U':
      fmt_unicode(v);
      break;
    default:
      bad_verb(verb);
    }
  }

  void fmt_float(double v, int size, char32_t verb) {
    switch (verb) {
    case 'v':
      fmt_float_raw(v, size, 'g', -1);
      break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
      fmt_float_raw(v, size, char(verb), -1);
      break;
    case 'f':
    case 'e':
    case 'E':
      fmt_float_raw(v, size, char(verb), 6);
      break;
    case 'F':
      fmt_float_raw(v, size, 'f', 6);
      break;
    default:
      bad_verb(verb);
    }
  }

  void fmt_string(std::string_view v, char32_t verb) {
    switch (verb) {
    case 'v':
      if (f.sharp_v)
        fmt_q(v);
      else
        fmt_s(v);
      break;
    case 's':
      fmt_s(v);
      break;
    case 'x':
      fmt_sbx(v, ldigits);
      break;
    case 'X':
      fmt_sbx(v, udigits);
      break;
    case 'q':
      fmt_q(v);
      break;
    default:
      bad_verb(verb);
    }
  }

  // []byte and [N]byte with v d s x X q; other verbs print element-wise.
  void fmt_bytes(std::string_view v, bool is_nil, char32_t verb, const char* type_string,
                 const TypeInfo* t, const void* p, int depth) {
    switch (verb) {
    case 'v':
    case 'd':
      if (f.sharp_v) {
        buf += type_string;
        if (is_nil) {
          buf += "(nil)";
          return;
        }
        buf += '{';
        for (std::size_t i = 0; i < v.size(); i++) {
          if (i > 0)
            buf += ", ";
          fmt_0x64(static_cast<unsigned char>(v[i]), true);
        }
        buf += '}';
      } else {
        buf += '[';
        for (std::size_t i = 0; i < v.size(); i++) {
          if (i > 0)
            buf += ' ';
          fmt_integer(static_cast<unsigned char>(v[i]), 10, false, verb, ldigits);
        }
        buf += ']';
      }
      break;
    case 's':
      pad(truncate(v));
      break;
    case 'x':
      fmt_sbx(v, ldigits);
      break;
    case 'X':
      fmt_sbx(v, udigits);
      break;
    case 'q':
      fmt_q(v);
      break;
    default:
      print_list(t, p, verb, depth);
    }
  }

  void fmt_pointer(const TypeInfo* t, std::uintptr_t u, char32_t verb) {
    switch (t->kind) {
    case Kind::Chan:
    case Kind::Func:
    case Kind::Map:
    case Kind::Pointer:
    case Kind::Slice:
    case Kind::UnsafePointer:
      break;
    default:
      bad_verb(verb);
      return;
    }
    switch (verb) {
    case 'v':
      if (f.sharp_v) {
        buf += '(';
        buf += t->name;
        buf += ")(";
        if (u == 0)
          buf += "nil";
        else
          fmt_0x64(u, true);
        buf += ')';
      } else {
        if (u == 0)
          pad("<nil>");
        else
          fmt_0x64(u, !f.sharp);
      }
      break;
    case 'p':
      fmt_0x64(u, !f.sharp);
      break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X':
      fmt_int(u, false, verb);
      break;
    default:
      bad_verb(verb);
    }
  }

  // The machine word fmt prints for reference kinds (%p, and %v of chans and funcs).
  static std::uintptr_t pointer_word(const TypeInfo* t, const void* p) {
    if (t->kind == Kind::Slice)
      return reinterpret_cast<std::uintptr_t>(static_cast<const SliceRep*>(p)->ptr);
    return *static_cast<const std::uintptr_t*>(p);
  }

  static const MethodInfo* string_method(const TypeInfo* t, const char* name) {
    return t->find_method(name, "func() string");
  }

  // Calls a `func() string` method; on a panic formats Go's %!v(PANIC=String method: ...).
  void call_string_method(const TypeInfo* t, const void* p, const MethodInfo* m, char32_t verb,
                          const char* what) {
    string s;
    bool failed = false;
    iface pv;
    try {
      s = reinterpret_cast<string (*)(void*)>(m->fn)(const_cast<void*>(p));
    } catch (const Panic& e) {
      failed = true;
      pv = e.value();
    }
    if (!failed) {
      fmt_string(s.view(), verb);
      return;
    }
    if (t->kind == Kind::Pointer && *static_cast<void* const*>(p) == nullptr) {
      buf += "<nil>";
      return;
    }
    if (panicking)
      panic_value(pv);
    Flags old = f;
    f = Flags();
    buf += "%!";
    write_rune(verb);
    buf += "(PANIC=";
    buf += what;
    buf += " method: ";
    panicking = true;
    print_arg(pv, 'v');
    panicking = false;
    buf += ')';
    f = old;
  }

  bool handle_methods(const TypeInfo* t, const void* p, char32_t verb) {
    if (erroring)
      return false;
    if (verb == 'w') {
      const MethodInfo* em = string_method(t, "Error");
      if (em == nullptr || !wrap_errs || wrapped_err.type != nullptr) {
        wrapped_err = iface();
        wrap_errs = false;
        bad_verb(verb);
        return true;
      }
      wrapped_err = iface(t, const_cast<void*>(p));
      verb = 'v';
    }
    if (f.sharp_v) {
      if (const MethodInfo* m = string_method(t, "GoString")) {
        string s = reinterpret_cast<string (*)(void*)>(m->fn)(const_cast<void*>(p));
        fmt_s(s.view());
        return true;
      }
      return false;
    }
    switch (verb) {
    case 'v':
    case 's':
    case 'x':
    case 'X':
    case 'q':
      if (const MethodInfo* m = string_method(t, "Error")) {
        call_string_method(t, p, m, verb, "Error");
        return true;
      }
      if (const MethodInfo* m = string_method(t, "String")) {
        call_string_method(t, p, m, verb, "String");
        return true;
      }
    }
    return false;
  }

  void print_arg(const iface& a, char32_t verb) {
    arg = a;
    vtype = nullptr;
    vptr = nullptr;
    if (a.type == nullptr) {
      if (verb == 'T' || verb == 'v')
        pad("<nil>");
      else
        bad_verb(verb);
      return;
    }
    if (verb == 'T') {
      fmt_s(a.type->name);
      return;
    }
    if (verb == 'p') {
      fmt_pointer(a.type, pointer_word(a.type, a.data), 'p');
      return;
    }
    // An unnamed []byte prints through fmtBytes with the type name "[]byte", as Go's fast path.
    if (a.type->kind == Kind::Slice && a.type->elem->kind == Kind::Uint8 &&
        std::strcmp(a.type->name, "[]uint8") == 0) {
      auto* s = static_cast<const SliceRep*>(a.data);
      fmt_bytes(std::string_view(s->ptr, std::size_t(s->len)), s->ptr == nullptr, verb, "[]byte",
                a.type, a.data, 0);
      return;
    }
    if (!handle_methods(a.type, a.data, verb))
      print_value(a.type, a.data, verb, 0, true);
  }

  // Elements of a slice or array.
  void print_list(const TypeInfo* t, const void* p, char32_t verb, int depth,
                  bool can_iface = true) {
    const char* base;
    std::int64_t n;
    bool is_nil = false;
    if (t->kind == Kind::Slice) {
      auto* s = static_cast<const SliceRep*>(p);
      base = s->ptr;
      n = s->len;
      is_nil = s->ptr == nullptr;
    } else {
      base = static_cast<const char*>(p);
      n = t->len;
    }
    std::size_t es = t->elem->size;
    if (f.sharp_v) {
      buf += t->name;
      if (t->kind == Kind::Slice && is_nil) {
        buf += "(nil)";
        return;
      }
      buf += '{';
      for (std::int64_t i = 0; i < n; i++) {
        if (i > 0)
          buf += ", ";
        print_value(t->elem, base + std::size_t(i) * es, verb, depth + 1, can_iface);
      }
      buf += '}';
    } else {
      buf += '[';
      for (std::int64_t i = 0; i < n; i++) {
        if (i > 0)
          buf += ' ';
        print_value(t->elem, base + std::size_t(i) * es, verb, depth + 1, can_iface);
      }
      buf += ']';
    }
  }

  void print_value(const TypeInfo* t, const void* p, char32_t verb, int depth, bool can_iface) {
    // Interface-kinded values are handled below through their dynamic value.
    if (depth > 0 && can_iface && t->kind != Kind::Interface) {
      arg = iface(t, const_cast<void*>(p));
      if (handle_methods(t, p, verb))
        return;
    }
    arg = iface();
    vtype = t;
    vptr = p;
    Kind k = t->kind;
    if (is_int_kind(k)) {
      fmt_int(std::uint64_t(read_int(k, p)), true, verb);
      return;
    }
    if (is_uint_kind(k)) {
      fmt_int(read_uint(k, p), false, verb);
      return;
    }
    switch (k) {
    case Kind::Bool:
      fmt_bool(*static_cast<const bool*>(p), verb);
      return;
    case Kind::Float32:
      fmt_float(*static_cast<const float*>(p), 32, verb);
      return;
    case Kind::Float64:
      fmt_float(*static_cast<const double*>(p), 64, verb);
      return;
    case Kind::String:
      fmt_string(static_cast<const string*>(p)->view(), verb);
      return;
    case Kind::Map:
      print_map(t, p, verb, depth, can_iface);
      return;
    case Kind::Struct: {
      if (f.sharp_v)
        buf += t->name;
      buf += '{';
      for (std::size_t i = 0; i < t->num_fields; i++) {
        const FieldInfo& fi = t->fields[i];
        if (i > 0)
          buf += f.sharp_v ? ", " : " ";
        if (f.plus_v || f.sharp_v) {
          buf += fi.name;
          buf += ':';
        }
        print_value(fi.type, static_cast<const char*>(p) + fi.offset, verb, depth + 1,
                    can_iface && exported(fi.name));
      }
      buf += '}';
      return;
    }
    case Kind::Interface: {
      auto* v = static_cast<const iface*>(p);
      if (v->type == nullptr) {
        if (f.sharp_v) {
          buf += t->name;
          buf += "(nil)";
        } else {
          buf += "<nil>";
        }
      } else {
        print_value(v->type, v->data, verb, depth + 1, can_iface);
      }
      return;
    }
    case Kind::Array:
    case Kind::Slice:
      if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') &&
          t->elem->kind == Kind::Uint8) {
        std::string_view bytes;
        bool is_nil = false;
        if (k == Kind::Slice) {
          auto* s = static_cast<const SliceRep*>(p);
          bytes = std::string_view(s->ptr, std::size_t(s->len));
          is_nil = s->ptr == nullptr;
        } else {
          bytes = std::string_view(static_cast<const char*>(p), std::size_t(t->len));
        }
        fmt_bytes(bytes, is_nil, verb, t->name, t, p, depth);
        return;
      }
      print_list(t, p, verb, depth, can_iface);
      return;
    case Kind::Pointer: {
      void* target = *static_cast<void* const*>(p);
      if (depth == 0 && target != nullptr) {
        Kind ek = t->elem->kind;
        if (ek == Kind::Array || ek == Kind::Slice || ek == Kind::Struct || ek == Kind::Map) {
          buf += '&';
          print_value(t->elem, target, verb, depth + 1, can_iface);
          return;
        }
      }
      fmt_pointer(t, reinterpret_cast<std::uintptr_t>(target), verb);
      return;
    }
    case Kind::Chan:
    case Kind::Func:
    case Kind::UnsafePointer:
      fmt_pointer(t, pointer_word(t, p), verb);
      return;
    default:
      buf += '?';
      buf += t->name;
      buf += '?';
    }
  }

  void print_map(const TypeInfo* t, const void* p, char32_t verb, int depth, bool can_iface) {
    bool is_nil = *static_cast<void* const*>(p) == nullptr;
    if (f.sharp_v) {
      buf += t->name;
      if (is_nil) {
        buf += "(nil)";
        return;
      }
      buf += '{';
    } else {
      buf += "map[";
    }
    std::vector<std::pair<const void*, const void*>> entries;
    if (!is_nil && t->map_ops != nullptr) {
      t->map_ops->each(p, &entries, [](void* ctx, const void* k, const void* v) {
        static_cast<std::vector<std::pair<const void*, const void*>>*>(ctx)->emplace_back(k, v);
      });
    }
    const TypeInfo* kt = t->key;
    std::stable_sort(entries.begin(), entries.end(), [kt](const auto& a, const auto& b) {
      return compare_values(kt, a.first, b.first) < 0;
    });
    for (std::size_t i = 0; i < entries.size(); i++) {
      if (i > 0)
        buf += f.sharp_v ? ", " : " ";
      print_value(t->key, entries[i].first, verb, depth + 1, can_iface);
      buf += ':';
      print_value(t->elem, entries[i].second, verb, depth + 1, can_iface);
    }
    buf += f.sharp_v ? '}' : ']';
  }

  // ---- doPrintf ----

  static bool too_large(int x) { return x > 1000000 || x < -1000000; }

  static bool parse_num(std::string_view s, std::size_t start, std::size_t end, int& num,
                        std::size_t& newi) {
    num = 0;
    newi = start;
    if (start >= end)
      return false;
    bool isnum = false;
    for (; newi < end && s[newi] >= '0' && s[newi] <= '9'; newi++) {
      if (too_large(num))
        return false;
      num = num * 10 + (s[newi] - '0');
      isnum = true;
    }
    return isnum;
  }

  static bool int_from_arg(const Args& a, std::int64_t& argnum, int& num) {
    bool is_int = false;
    num = 0;
    if (argnum < a.len()) {
      const iface& v = a[argnum];
      if (v.type != nullptr) {
        Kind k = v.type->kind;
        if (is_int_kind(k)) {
          std::int64_t n = read_int(k, v.data);
          if (n >= INT32_MIN && n <= INT32_MAX) {
            num = int(n);
            is_int = true;
          }
        } else if (is_uint_kind(k)) {
          std::uint64_t n = read_uint(k, v.data);
          if (n <= INT32_MAX) {
            num = int(n);
            is_int = true;
          }
        }
      }
      argnum++;
      if (too_large(num)) {
        num = 0;
        is_int = false;
      }
    }
    return is_int;
  }

  bool reordered = false;
  bool good_argnum = true;

  // Parses "[n]" at format[i]; returns whether an index was present.
  bool arg_number(std::int64_t& argnum, std::string_view format, std::size_t& i,
                  std::int64_t numargs) {
    if (format.size() <= i || format[i] != '[')
      return false;
    reordered = true;
    std::string_view s = format.substr(i);
    int index = 0;
    std::size_t wid = 1;
    bool ok = false;
    if (s.size() >= 3) {
      for (std::size_t j = 1; j < s.size(); j++) {
        if (s[j] == ']') {
          int width;
          std::size_t newi;
          bool isnum = parse_num(s, 1, j, width, newi);
          if (!isnum || newi != j) {
            wid = j + 1;
            ok = false;
          } else {
            index = width - 1;
            wid = j + 1;
            ok = true;
          }
          break;
        }
      }
    }
    if (ok && 0 <= index && index < numargs) {
      argnum = index;
      i += wid;
      return true;
    }
    good_argnum = false;
    i += wid;
    return ok;
  }

  void do_printf(std::string_view format, const Args& a) {
    std::size_t end = format.size();
    std::int64_t argnum = 0;
    bool after_index = false;
    reordered = false;
    std::size_t i = 0;
    while (i < end) {
      good_argnum = true;
      std::size_t lasti = i;
      while (i < end && format[i] != '%')
        i++;
      if (i > lasti)
        buf += format.substr(lasti, i - lasti);
      if (i >= end)
        break;
      i++;
      f = Flags();
      bool simple_done = false;
      for (; i < end; i++) {
        char c = format[i];
        if (c == '#') {
          f.sharp = true;
        } else if (c == '0') {
          f.zero = !f.minus;
        } else if (c == '+') {
          f.plus = true;
        } else if (c == '-') {
          f.minus = true;
          f.zero = false;
        } else if (c == ' ') {
          f.space = true;
        } else {
          if ('a' <= c && c <= 'z' && argnum < a.len()) {
            if (c == 'v') {
              f.sharp_v = f.sharp;
              f.sharp = false;
              f.plus_v = f.plus;
              f.plus = false;
            }
            print_arg(a[argnum], char32_t(c));
            argnum++;
            i++;
            simple_done = true;
          }
          break;
        }
      }
      if (simple_done)
        continue;

      after_index = arg_number(argnum, format, i, a.len());

      if (i < end && format[i] == '*') {
        i++;
        f.wid_present = int_from_arg(a, argnum, f.wid);
        if (!f.wid_present)
          buf += "%!(BADWIDTH)";
        if (f.wid < 0) {
          f.wid = -f.wid;
          f.minus = true;
          f.zero = false;
        }
        after_index = false;
      } else {
        f.wid_present = parse_num(format, i, end, f.wid, i);
        if (after_index && f.wid_present)
          good_argnum = false;
      }

      if (i + 1 < end && format[i] == '.') {
        i++;
        if (after_index)
          good_argnum = false;
        after_index = arg_number(argnum, format, i, a.len());
        if (i < end && format[i] == '*') {
          i++;
          f.prec_present = int_from_arg(a, argnum, f.prec);
          if (f.prec < 0) {
            f.prec = 0;
            f.prec_present = false;
          }
          if (!f.prec_present)
            buf += "%!(BADPREC)";
          after_index = false;
        } else {
          f.prec_present = parse_num(format, i, end, f.prec, i);
          if (!f.prec_present) {
            f.prec = 0;
            f.prec_present = true;
          }
        }
      }

      if (!after_index)
        after_index = arg_number(argnum, format, i, a.len());

      if (i >= end) {
        buf += "%!(NOVERB)";
        break;
      }

      char32_t verb = static_cast<unsigned char>(format[i]);
      std::size_t size = 1;
      if (verb >= 0x80) {
        auto [r, w] = decode_rune_bytes(format.data() + i, std::int64_t(end - i));
        verb = char32_t(r);
        size = std::size_t(w);
      }
      i += size;

      if (verb == '%') {
        buf += '%';
      } else if (!good_argnum) {
        buf += "%!";
        write_rune(verb);
        buf += "(BADINDEX)";
      } else if (argnum >= a.len()) {
        buf += "%!";
        write_rune(verb);
        buf += "(MISSING)";
      } else {
        if (verb == 'v') {
          f.sharp_v = f.sharp;
          f.sharp = false;
          f.plus_v = f.plus;
          f.plus = false;
        }
        print_arg(a[argnum], verb);
        argnum++;
      }
    }

    if (!reordered && argnum < a.len()) {
      f = Flags();
      buf += "%!(EXTRA ";
      for (std::int64_t j = argnum; j < a.len(); j++) {
        if (j > argnum)
          buf += ", ";
        const iface& x = a[j];
        if (x.type == nullptr) {
          buf += "<nil>";
        } else {
          buf += x.type->name;
          buf += '=';
          print_arg(x, 'v');
        }
      }
      buf += ')';
    }
  }

  void do_print(const Args& a) {
    bool prev_string = false;
    for (std::int64_t i = 0; i < a.len(); i++) {
      const iface& x = a[i];
      bool is_string = x.type != nullptr && x.type->kind == Kind::String;
      if (i > 0 && !is_string && !prev_string)
        buf += ' ';
      f = Flags();
      print_arg(x, 'v');
      prev_string = is_string;
    }
  }

  void do_println(const Args& a) {
    for (std::int64_t i = 0; i < a.len(); i++) {
      if (i > 0)
        buf += ' ';
      f = Flags();
      print_arg(a[i], 'v');
    }
    buf += '\n';
  }
};

} // namespace

std::string sprint(const Args& a) {
  Printer p;
  p.do_print(a);
  return std::move(p.buf);
}
std::string sprintln(const Args& a) {
  Printer p;
  p.do_println(a);
  return std::move(p.buf);
}
std::string sprintf(std::string_view format, const Args& a) {
  Printer p;
  p.do_printf(format, a);
  return std::move(p.buf);
}

string Sprint(const Args& a) {
  return string::copy_of(sprint(a));
}
string Sprintln(const Args& a) {
  return string::copy_of(sprintln(a));
}
string Sprintf(const string& format, const Args& a) {
  return string::copy_of(sprintf(format.view(), a));
}

std::tuple<std::int64_t, iface> write_to(const iface& w, const std::string& bytes) {
  if (w.type == nullptr)
    panic_nil_deref();
  if (w.type == &os::type_ptr_File) {
    os::File* file = *static_cast<os::File**>(w.data);
    if (file == nullptr)
      panic_nil_deref();
    return os::File_WriteString(file, string(bytes.data(), std::int64_t(bytes.size())));
  }
  const MethodInfo* m = w.type->find_method("Write", "func([]uint8) (int, error)");
  if (m == nullptr)
    panic_iface_assert(w.type, &io::type_Writer);
  auto b = make_slice<std::uint8_t>(std::int64_t(bytes.size()));
  if (!bytes.empty())
    std::memcpy(b.data(), bytes.data(), bytes.size());
  using WriteFn = std::tuple<std::int64_t, iface> (*)(void*, slice<std::uint8_t>);
  return reinterpret_cast<WriteFn>(m->fn)(w.data, b);
}

std::tuple<std::int64_t, iface> Fprint(const iface& w, const Args& a) {
  return write_to(w, sprint(a));
}
std::tuple<std::int64_t, iface> Fprintln(const iface& w, const Args& a) {
  return write_to(w, sprintln(a));
}
std::tuple<std::int64_t, iface> Fprintf(const iface& w, const string& format, const Args& a) {
  return write_to(w, sprintf(format.view(), a));
}
std::tuple<std::int64_t, iface> Print(const Args& a) {
  return os::File_WriteString(os::Stdout, string::copy_of(sprint(a)));
}
std::tuple<std::int64_t, iface> Println(const Args& a) {
  std::string s = sprintln(a);
  return os::File_WriteString(os::Stdout, string(s.data(), std::int64_t(s.size())));
}
std::tuple<std::int64_t, iface> Printf(const string& format, const Args& a) {
  std::string s = sprintf(format.view(), a);
  return os::File_WriteString(os::Stdout, string(s.data(), std::int64_t(s.size())));
}

namespace {

struct wrapError {
  string msg;
  iface err;
};

string wrapError_Error(void* data) {
  return (*static_cast<wrapError**>(data))->msg;
}
iface wrapError_Unwrap(void* data) {
  return (*static_cast<wrapError**>(data))->err;
}

const MethodInfo wrap_methods[] = {
    {"Error", "func() string", reinterpret_cast<void*>(&wrapError_Error)},
    {"Unwrap", "func() error", reinterpret_cast<void*>(&wrapError_Unwrap)}};
constexpr FieldInfo wrap_fields[] = {{"msg", &type_string, offsetof(wrapError, msg), false},
                                     {"err", &type_error, offsetof(wrapError, err), false}};
constexpr MethodInfo stringer_methods[] = {{"String", "func() string", nullptr}};

} // namespace

const TypeInfo type_Stringer = interface_type("fmt.Stringer", stringer_methods);
const TypeInfo type_wrapError = struct_type<wrapError>("fmt.wrapError", wrap_fields);
const TypeInfo type_ptr_wrapError =
    pointer_type<wrapError*>("*fmt.wrapError", &type_wrapError, wrap_methods);

iface Errorf(const string& format, const Args& a) {
  Printer p;
  p.wrap_errs = true;
  p.do_printf(format.view(), a);
  string s = string::copy_of(p.buf);
  if (p.wrapped_err.type == nullptr)
    return errors::New(s);
  // The wrapped error is stored as an `error` interface value (with its itab).
  iface inner = p.wrapped_err;
  inner.itab = itab_for(inner.type, &type_error);
  auto* w = gc_new<wrapError>(wrapError{s, inner});
  return to_iface(&type_ptr_wrapError, w, &type_error);
}

} // namespace mg::fmt
