// Go's integer shift operators for generated code: shifts by at least the operand's width
// give 0 (or -1 for a negative signed value shifted right), and a negative shift count of a
// signed type panics with "negative shift amount", where C++ would have undefined behaviour.
#pragma once
#include "minigo/panic.h"

#include <cstdint>
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

} // namespace mg
