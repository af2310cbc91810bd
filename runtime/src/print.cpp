// The builtins print/println in the formats of Go's runtime/print.go, and write_all.
#include "minigo/print.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace mg {

void write_all(int fd, const char* p, std::size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return;
    }
    p += w;
    n -= std::size_t(w);
  }
}

void print_append(std::string& out, bool v) {
  out += v ? "true" : "false";
}
void print_append(std::string& out, std::int64_t v) {
  out += std::to_string(v);
}
void print_append(std::string& out, std::uint64_t v) {
  out += std::to_string(v);
}
void print_append(std::string& out, const string& v) {
  out.append(v.data(), v.len());
}

static void append_hex(std::string& out, std::uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  out += buf;
}

void print_append(std::string& out, const void* p) {
  append_hex(out, reinterpret_cast<std::uintptr_t>(p));
}

void print_append_slice(std::string& out, std::int64_t len, std::int64_t cap, const void* p) {
  out += "[" + std::to_string(len) + "/" + std::to_string(cap) + "]";
  append_hex(out, reinterpret_cast<std::uintptr_t>(p));
}

void print_append(std::string& out, const iface& v) {
  out += "(";
  append_hex(out, reinterpret_cast<std::uintptr_t>(v.type));
  out += ",";
  append_hex(out, reinterpret_cast<std::uintptr_t>(v.data));
  out += ")";
}

// Seven significant digits and a three-digit exponent, computed the way the Go runtime does
// (repeated scaling by ten, so the last digit can differ from a correctly rounded one exactly
// as Go's does).
void print_append(std::string& out, double v) {
  if (v != v) {
    out += "NaN";
    return;
  }
  if (v + v == v && v > 0) {
    out += "+Inf";
    return;
  }
  if (v + v == v && v < 0) {
    out += "-Inf";
    return;
  }
  constexpr int n = 7;
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v))
      buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; i++)
      h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int s = int(v);
    buf[i + 2] = char(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = char(e / 100 + '0');
  buf[n + 5] = char(e / 10 % 10 + '0');
  buf[n + 6] = char(e % 10 + '0');
  out.append(buf, sizeof buf);
}

std::string print_scalar_text(Kind k, const void* p) {
  std::string out;
  switch (k) {
  case Kind::Bool:
    print_append(out, *static_cast<const bool*>(p));
    break;
  case Kind::Int8:
    print_append(out, std::int64_t(*static_cast<const std::int8_t*>(p)));
    break;
  case Kind::Int16:
    print_append(out, std::int64_t(*static_cast<const std::int16_t*>(p)));
    break;
  case Kind::Int32:
    print_append(out, std::int64_t(*static_cast<const std::int32_t*>(p)));
    break;
  case Kind::Int:
  case Kind::Int64:
    print_append(out, *static_cast<const std::int64_t*>(p));
    break;
  case Kind::Uint8:
    print_append(out, std::uint64_t(*static_cast<const std::uint8_t*>(p)));
    break;
  case Kind::Uint16:
    print_append(out, std::uint64_t(*static_cast<const std::uint16_t*>(p)));
    break;
  case Kind::Uint32:
    print_append(out, std::uint64_t(*static_cast<const std::uint32_t*>(p)));
    break;
  case Kind::Uint:
  case Kind::Uint64:
  case Kind::Uintptr:
    print_append(out, *static_cast<const std::uint64_t*>(p));
    break;
  case Kind::Float32:
    print_append(out, double(*static_cast<const float*>(p)));
    break;
  case Kind::Float64:
    print_append(out, *static_cast<const double*>(p));
    break;
  case Kind::String:
    print_append(out, *static_cast<const string*>(p));
    break;
  default:
    break;
  }
  return out;
}

} // namespace mg
