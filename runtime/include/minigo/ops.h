// Operators and built-ins whose Go semantics differ from C++'s, for generated code: shifts
// (by at least the operand's width they give 0, or -1 for a negative signed value shifted
// right; a negative count panics with "negative shift amount"), float-to-integer conversion
// without undefined behaviour, min/max with Go's NaN and signed-zero rules, clear on slices.
#pragma once
#include "minigo/iface.h"
#include "minigo/panic.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace mg {

template <class T, class S> inline T shl(T x, S s) {
  static_assert(std::is_integral_v<T> && std::is_integral_v<S>);
  if constexpr (std::is_signed_v<S>) {
    if (s < 0) [[unlikely]]
      panic_runtime_error("negative shift amount");
  }
  if (static_cast<std::uint64_t>(s) >= sizeof(T) * 8)
    return T(0);
  using U = std::make_unsigned_t<T>;
  return static_cast<T>(static_cast<U>(static_cast<U>(x) << s));
}

template <class T, class S> inline T shr(T x, S s) {
  static_assert(std::is_integral_v<T> && std::is_integral_v<S>);
  if constexpr (std::is_signed_v<S>) {
    if (s < 0) [[unlikely]]
      panic_runtime_error("negative shift amount");
  }
  if (static_cast<std::uint64_t>(s) >= sizeof(T) * 8)
    return (std::is_signed_v<T> && x < 0) ? T(-1) : T(0);
  return static_cast<T>(x >> s);
}

// T(f) for a float f: C++ leaves out-of-range values undefined; Go (on amd64) yields the
// "integer indefinite" value, which this reproduces for int64 and truncates for smaller types.
template <class T, class F> inline T float_to_int(F f) {
  static_assert(std::is_integral_v<T> && std::is_floating_point_v<F>);
  if constexpr (std::is_unsigned_v<T>) {
    if (!(f > -1.0 && f < 18446744073709551616.0)) {
      if (f >= 9223372036854775808.0 || !(f == f))
        return static_cast<T>(std::uint64_t(1) << 63);
      return static_cast<T>(static_cast<std::int64_t>(f));
    }
    return static_cast<T>(static_cast<std::uint64_t>(f));
  } else {
    if (!(f >= -9223372036854775808.0 && f < 9223372036854775808.0))
      return static_cast<T>(std::numeric_limits<std::int64_t>::min());
    return static_cast<T>(static_cast<std::int64_t>(f));
  }
}

// Go's min and max: for floats, a NaN operand wins, and -0 is less than +0.
template <class T> inline T go_min(T a) { return a; }
template <class T, class... R> inline T go_min(T a, T b, R... rest) {
  T m;
  if constexpr (std::is_floating_point_v<T>) {
    if (a != a || b != b)
      m = std::numeric_limits<T>::quiet_NaN();
    else if (a == b)
      m = std::signbit(a) ? a : b;
    else
      m = a < b ? a : b;
  } else {
    m = b < a ? b : a;
  }
  return go_min(m, rest...);
}
template <class T> inline T go_max(T a) { return a; }
template <class T, class... R> inline T go_max(T a, T b, R... rest) {
  T m;
  if constexpr (std::is_floating_point_v<T>) {
    if (a != a || b != b)
      m = std::numeric_limits<T>::quiet_NaN();
    else if (a == b)
      m = std::signbit(a) ? b : a;
    else
      m = a > b ? a : b;
  } else {
    m = a < b ? b : a;
  }
  return go_max(m, rest...);
}

// clear(s) for a slice: every element becomes its zero value.
template <class S> inline void clear_slice(const S& s) {
  for (std::int64_t i = 0; i < s.len(); i++)
    s[i] = {};
}

// A non-empty interface value as an empty one (any): same dynamic type and value, no itab.
inline iface to_any(const iface& v) {
  return iface(v.type, v.data);
}

} // namespace mg
