// mg::slice<T>, Go's []T: {pointer, length, capacity} over a GC-heap backing array, nil by
// default. Element types without pointers are allocated atomic (never scanned by the GC);
// codegen marks its pointer-free structs by specialising mg::pointer_free<T>.
#pragma once
#include "minigo/gc.h"
#include "minigo/rterror.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <new>
#include <type_traits>

namespace mg {

// True when T holds no pointers the collector must see. Specialise for generated structs.
template <class T> struct pointer_free : std::bool_constant<std::is_arithmetic_v<T>> {};

// Go's allocation size classes round appended capacities the way Go does, so cap() after
// append matches what `go run` prints (for element sizes equal to Go's).
std::int64_t go_roundupsize(std::int64_t size);

// Allocates n zero-valued T on the GC heap (atomic if T is pointer-free).
template <class T> T* gc_alloc_array(std::int64_t n) {
  std::size_t bytes = std::size_t(n) * sizeof(T);
  void* p = pointer_free<T>::value ? gc_alloc_atomic_bytes(bytes) : gc_alloc_bytes(bytes);
  T* a = static_cast<T*>(p);
  if constexpr (!std::is_trivially_default_constructible_v<T>) {
    for (std::int64_t i = 0; i < n; i++)
      new (a + i) T();
  }
  return a;
}

// Usage: mg::slice<int64_t> xs{1, 2, 3}; xs.at(0) = 5; xs.sub(1, 2); xs.len(); xs.cap();
template <class T> class slice {
public:
  using value_type = T;
  slice() = default;
  slice(std::nullptr_t) {}
  slice(T* p, std::int64_t len, std::int64_t cap) : p_(p), len_(len), cap_(cap) {}
  // A composite literal []T{a, b, c}. Note: C++ `slice<T>{}` is the nil slice (empty braces
  // value-initialise); Go's non-nil empty literal []T{} is mg::make_slice<T>(0).
  slice(std::initializer_list<T> il) {
    std::int64_t n = std::int64_t(il.size());
    p_ = gc_alloc_array<T>(n);
    len_ = cap_ = n;
    std::int64_t i = 0;
    for (const T& v : il)
      p_[i++] = v;
  }

  std::int64_t len() const { return len_; }
  std::int64_t cap() const { return cap_; }
  T* data() const { return p_; }
  bool is_nil() const { return p_ == nullptr; }
  friend bool operator==(const slice& s, std::nullptr_t) { return s.p_ == nullptr; }

  // s[i], bounds-checked.
  T& at(std::int64_t i) const {
    if (static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(len_)) [[unlikely]]
      panic_index(i, len_);
    return p_[i];
  }
  // Unchecked access for code that has already checked (range loops).
  T& operator[](std::int64_t i) const { return p_[i]; }
  T* begin() const { return p_; }
  T* end() const { return p_ + len_; }

  // s[lo:hi], s[lo:] (hi defaults to len).
  slice sub(std::int64_t lo, std::int64_t hi) const {
    if (static_cast<std::uint64_t>(hi) > static_cast<std::uint64_t>(cap_)) [[unlikely]]
      panic_slice_acap(hi, cap_);
    if (static_cast<std::uint64_t>(lo) > static_cast<std::uint64_t>(hi)) [[unlikely]]
      panic_slice_b(lo, hi);
    return slice(p_ + lo, hi - lo, cap_ - lo);
  }
  slice sub(std::int64_t lo) const { return sub(lo, len_); }
  // s[lo:hi:max].
  slice sub3(std::int64_t lo, std::int64_t hi, std::int64_t max) const {
    if (static_cast<std::uint64_t>(max) > static_cast<std::uint64_t>(cap_)) [[unlikely]]
      panic_slice3_acap(max, cap_);
    if (static_cast<std::uint64_t>(hi) > static_cast<std::uint64_t>(max)) [[unlikely]]
      panic_slice3_b(hi, max);
    if (static_cast<std::uint64_t>(lo) > static_cast<std::uint64_t>(hi)) [[unlikely]]
      panic_slice3_c(lo, hi);
    return slice(p_ + lo, hi - lo, max - lo);
  }

private:
  T* p_ = nullptr;
  std::int64_t len_ = 0;
  std::int64_t cap_ = 0;
};

// make([]T, len, cap). Panics "makeslice: len out of range" / "cap out of range" as Go does.
template <class T> slice<T> make_slice(std::int64_t len, std::int64_t cap) {
  if (len < 0 || (std::uint64_t(len) > (std::uint64_t(1) << 48) / (sizeof(T) ? sizeof(T) : 1)))
    panic_makeslice_len();
  if (cap < len || (std::uint64_t(cap) > (std::uint64_t(1) << 48) / (sizeof(T) ? sizeof(T) : 1)))
    panic_makeslice_cap();
  return slice<T>(gc_alloc_array<T>(cap), len, cap);
}
template <class T> slice<T> make_slice(std::int64_t len) {
  return make_slice<T>(len, len);
}

// (*[N]T)(s), A = mg::array<T, N>: the array at the start of s's elements, nil for a nil slice;
// panics when s is shorter than N.
template <class A, class T> A* slice_to_array_ptr(const slice<T>& s) {
  if (s.len() < A::len()) [[unlikely]]
    panic_slice_convert(s.len(), A::len());
  return reinterpret_cast<A*>(s.data());
}

// The capacity Go's growslice picks for growing old_cap to at least needed elements of size
// elem_size (doubling below 256 elements, then 1.25x plus a constant, rounded to size classes).
inline std::int64_t grow_cap(std::int64_t old_cap, std::int64_t needed, std::size_t elem_size) {
  std::int64_t newcap = old_cap;
  std::int64_t doublecap = newcap + newcap;
  if (needed > doublecap) {
    newcap = needed;
  } else if (old_cap < 256) {
    newcap = doublecap;
  } else {
    while (0 < newcap && newcap < needed)
      newcap += (newcap + 3 * 256) / 4;
    if (newcap <= 0)
      newcap = needed;
  }
  if (elem_size == 0)
    return newcap;
  std::int64_t bytes = go_roundupsize(newcap * std::int64_t(elem_size));
  return bytes / std::int64_t(elem_size);
}

// Returns s with room for n more elements (len unchanged), reallocating as Go's append does.
template <class T> slice<T> grow_for(const slice<T>& s, std::int64_t n) {
  std::int64_t need = s.len() + n;
  if (need <= s.cap())
    return s;
  std::int64_t nc = grow_cap(s.cap(), need, sizeof(T));
  T* p = gc_alloc_array<T>(nc);
  for (std::int64_t i = 0; i < s.len(); i++)
    p[i] = s.data()[i];
  return slice<T>(p, s.len(), nc);
}

// append(s, a, b, ...): xs = mg::append(xs, int64_t{1}, int64_t{2});
template <class T, class... A> slice<T> append(slice<T> s, A&&... vs) {
  constexpr std::int64_t n = sizeof...(A);
  if constexpr (n == 0) {
    return s;
  } else {
    // Evaluate the values first: they may alias the old backing array.
    T tmp[n] = {T(std::forward<A>(vs))...};
    slice<T> r = grow_for(s, n);
    for (std::int64_t i = 0; i < n; i++)
      r.data()[r.len() + i] = tmp[i];
    return slice<T>(r.data(), r.len() + n, r.cap());
  }
}

// append(s, t...).
template <class T> slice<T> append_slice(slice<T> s, const slice<T>& t) {
  std::int64_t n = t.len();
  if (n == 0)
    return s;
  slice<T> r = grow_for(s, n);
  T* dst = r.data() + r.len();
  if (dst <= t.data())
    for (std::int64_t i = 0; i < n; i++)
      dst[i] = t.data()[i];
  else
    for (std::int64_t i = n - 1; i >= 0; i--)
      dst[i] = t.data()[i];
  return slice<T>(r.data(), r.len() + n, r.cap());
}

// copy(dst, src): copies min(len) elements, overlapping ranges allowed; returns the count.
template <class T> std::int64_t copy(const slice<T>& dst, const slice<T>& src) {
  std::int64_t n = std::min(dst.len(), src.len());
  if (n == 0 || dst.data() == src.data())
    return n;
  if constexpr (std::is_trivially_copyable_v<T>) {
    std::memmove(static_cast<void*>(dst.data()), src.data(), std::size_t(n) * sizeof(T));
  } else if (dst.data() < src.data()) {
    for (std::int64_t i = 0; i < n; i++)
      dst.data()[i] = src.data()[i];
  } else {
    for (std::int64_t i = n - 1; i >= 0; i--)
      dst.data()[i] = src.data()[i];
  }
  return n;
}

} // namespace mg
