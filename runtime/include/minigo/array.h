// mg::array<T, N>, Go's [N]T: a value type (copied on assignment, compared element-wise),
// bounds-checked indexing, and slicing of an addressable array into an mg::slice<T>.
#pragma once
#include "minigo/hash.h"
#include "minigo/rterror.h"
#include "minigo/slice.h"

#include <cstdint>

namespace mg {

// Usage: mg::array<int64_t, 3> a{}; a.at(2) = 7; a == b; mg::slice_array(a, 0, 2);
// An aggregate: `mg::array<int64_t, 3>{{1, 2, 3}}` is a composite literal.
template <class T, std::int64_t N> struct array {
  T v[N > 0 ? N : 1]{};

  static constexpr std::int64_t len() { return N; }
  T& at(std::int64_t i) {
    if (static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(N)) [[unlikely]]
      panic_index(i, N);
    return v[i];
  }
  const T& at(std::int64_t i) const {
    if (static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(N)) [[unlikely]]
      panic_index(i, N);
    return v[i];
  }
  T& operator[](std::int64_t i) { return v[i]; }
  const T& operator[](std::int64_t i) const { return v[i]; }
  T* begin() { return v; }
  T* end() { return v + N; }
  const T* begin() const { return v; }
  const T* end() const { return v + N; }
  T* data() { return v; }
  const T* data() const { return v; }

  friend bool operator==(const array& a, const array& b) requires requires(const T& x) { x == x; }
  {
    for (std::int64_t i = 0; i < N; i++)
      if (!(a.v[i] == b.v[i]))
        return false;
    return true;
  }
  friend std::uint64_t mg_hash(const array& a) requires requires(const T& x) { mg_hash(x); }
  {
    std::uint64_t h = 0x51ed270b;
    for (std::int64_t i = 0; i < N; i++)
      h = hash_combine(h, mg_hash(a.v[i]));
    return h;
  }
};

template <class T, std::int64_t N>
struct pointer_free<array<T, N>> : std::bool_constant<pointer_free<T>::value> {};

// a[lo:hi] of an addressable array (the array must live on the GC heap, or outlive the slice).
template <class T, std::int64_t N>
slice<T> slice_array(array<T, N>& a, std::int64_t lo, std::int64_t hi) {
  if (static_cast<std::uint64_t>(hi) > static_cast<std::uint64_t>(N))
    panic_slice_alen(hi, N);
  if (static_cast<std::uint64_t>(lo) > static_cast<std::uint64_t>(hi))
    panic_slice_b(lo, hi);
  return slice<T>(a.v + lo, hi - lo, N - lo);
}
template <class T, std::int64_t N> slice<T> slice_array(array<T, N>& a, std::int64_t lo = 0) {
  return slice_array(a, lo, N);
}
// a[lo:hi:max].
template <class T, std::int64_t N>
slice<T> slice_array3(array<T, N>& a, std::int64_t lo, std::int64_t hi, std::int64_t max) {
  if (static_cast<std::uint64_t>(max) > static_cast<std::uint64_t>(N))
    panic_slice3_alen(max, N);
  if (static_cast<std::uint64_t>(hi) > static_cast<std::uint64_t>(max))
    panic_slice3_b(hi, max);
  if (static_cast<std::uint64_t>(lo) > static_cast<std::uint64_t>(hi))
    panic_slice3_c(lo, hi);
  return slice<T>(a.v + lo, hi - lo, max - lo);
}

} // namespace mg
