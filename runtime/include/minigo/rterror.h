// Go's run-time error panics with Go's exact messages: bounds checks (every variant of
// runtime.boundsError), nil dereference, division by zero, makeslice. Generated code and the
// value types call these; each raises a recoverable panic whose value is a runtime.Error.
#pragma once
#include <cstdint>
#include <limits>
#include <type_traits>

namespace mg {

// x[i] with i outside [0, len): "index out of range [5] with length 3" ("[-1]" if negative).
[[noreturn]] void panic_index(std::int64_t i, std::int64_t len);
// x[:hi] with hi > len (strings, arrays): "slice bounds out of range [:5] with length 3".
[[noreturn]] void panic_slice_alen(std::int64_t hi, std::int64_t len);
// x[:hi] with hi > cap (slices): "slice bounds out of range [:5] with capacity 3".
[[noreturn]] void panic_slice_acap(std::int64_t hi, std::int64_t cap);
// x[lo:hi] with lo > hi: "slice bounds out of range [4:2]".
[[noreturn]] void panic_slice_b(std::int64_t lo, std::int64_t hi);
// x[::max] with max > cap: "slice bounds out of range [::5] with capacity 3".
[[noreturn]] void panic_slice3_acap(std::int64_t max, std::int64_t cap);
// x[::max] of an array with max > len: "slice bounds out of range [::5] with length 3".
[[noreturn]] void panic_slice3_alen(std::int64_t max, std::int64_t len);
// x[:hi:max] with hi > max: "slice bounds out of range [:4:3]".
[[noreturn]] void panic_slice3_b(std::int64_t hi, std::int64_t max);
// x[lo:hi:max] with lo > hi: "slice bounds out of range [3:2:]".
[[noreturn]] void panic_slice3_c(std::int64_t lo, std::int64_t hi);
// (*[N]T)(s) with len(s) < N: "cannot convert slice with length 4 to pointer to array with
// length 8" (Go 1.19's wording).
[[noreturn]] void panic_slice_convert(std::int64_t len, std::int64_t n);
// "invalid memory address or nil pointer dereference" (Go also prints a [signal SIGSEGV] line).
[[noreturn]] void panic_nil_deref();
// "integer divide by zero".
[[noreturn]] void panic_divide();
// "makeslice: len out of range" / "makeslice: cap out of range".
[[noreturn]] void panic_makeslice_len();
[[noreturn]] void panic_makeslice_cap();
// "assignment to entry in nil map" (a plain error: no "runtime error: " prefix, as in Go).
[[noreturn]] void panic_nil_map_write();

// *p with a nil check: mg::deref(p).x = 1;
template <class T> inline T& deref(T* p) {
  if (p == nullptr) [[unlikely]]
    panic_nil_deref();
  return *p;
}

// Go's integer x / y: panics on zero; MinInt / -1 wraps to MinInt (no trap, unlike C++).
template <class T> inline T div(T x, T y) {
  static_assert(std::is_integral_v<T>);
  if (y == 0) [[unlikely]]
    panic_divide();
  if constexpr (std::is_signed_v<T>) {
    if (y == -1)
      return static_cast<T>(static_cast<std::make_unsigned_t<T>>(0) -
                            static_cast<std::make_unsigned_t<T>>(x));
  }
  return static_cast<T>(x / y);
}

// Go's integer x % y: panics on zero; MinInt % -1 is 0.
template <class T> inline T mod(T x, T y) {
  static_assert(std::is_integral_v<T>);
  if (y == 0) [[unlikely]]
    panic_divide();
  if constexpr (std::is_signed_v<T>) {
    if (y == -1)
      return 0;
  }
  return static_cast<T>(x % y);
}

} // namespace mg
