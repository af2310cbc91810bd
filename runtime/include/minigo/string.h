// mg::string, Go's string: an immutable {pointer, byte length} pair. The bytes live on the GC
// heap (atomic: never scanned) or in static storage for literals, and are never modified, so
// copies share them freely, as Go's strings do.
#pragma once
#include "minigo/gc.h"
#include "minigo/hash.h"

#include <compare>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace mg {

// Raises Go's bounds-check panics; defined in src/rterror.cpp (see rterror.h).
[[noreturn]] void panic_index(std::int64_t i, std::int64_t len);
[[noreturn]] void panic_slice_alen(std::int64_t hi, std::int64_t len);
[[noreturn]] void panic_slice_b(std::int64_t lo, std::int64_t hi);

// Usage: mg::string s("h\xc3\xa9llo", 6); s.len(); s.at(1); s.sub(1, 3); s + t; s == t;
class string {
public:
  string() = default;
  // A literal: the bytes must outlive the string (static storage or GC heap); not copied.
  string(const char* p, std::int64_t n) : p_(p), n_(n) {}
  // A NUL-terminated literal (convenience for runtime code and tests).
  string(const char* p) : p_(p), n_(static_cast<std::int64_t>(std::strlen(p))) {}
  // Copies the bytes to the GC heap.
  static string copy_of(std::string_view v) {
    if (v.empty())
      return string();
    char* b = static_cast<char*>(gc_alloc_atomic_bytes(v.size()));
    std::memcpy(b, v.data(), v.size());
    return string(b, static_cast<std::int64_t>(v.size()));
  }

  std::int64_t len() const { return n_; }
  const char* data() const { return p_; }
  bool empty() const { return n_ == 0; }
  std::string_view view() const { return std::string_view(p_ ? p_ : "", std::size_t(n_)); }
  std::string str() const { return std::string(view()); }

  // s[i]: a byte, bounds-checked.
  std::uint8_t at(std::int64_t i) const {
    if (static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(n_))
      panic_index(i, n_);
    return static_cast<std::uint8_t>(p_[i]);
  }
  // s[lo:hi] and s[lo:]: shares the bytes.
  string sub(std::int64_t lo, std::int64_t hi) const {
    if (static_cast<std::uint64_t>(hi) > static_cast<std::uint64_t>(n_))
      panic_slice_alen(hi, n_);
    if (static_cast<std::uint64_t>(lo) > static_cast<std::uint64_t>(hi))
      panic_slice_b(lo, hi);
    return string(p_ + lo, hi - lo);
  }
  string sub(std::int64_t lo) const { return sub(lo, n_); }
  string slice(std::int64_t lo, std::int64_t hi) const { return sub(lo, hi); }
  string slice(std::int64_t lo) const { return sub(lo, n_); }

  friend string operator+(const string& a, const string& b) {
    if (a.n_ == 0)
      return b;
    if (b.n_ == 0)
      return a;
    char* r = static_cast<char*>(gc_alloc_atomic_bytes(std::size_t(a.n_ + b.n_)));
    std::memcpy(r, a.p_, std::size_t(a.n_));
    std::memcpy(r + a.n_, b.p_, std::size_t(b.n_));
    return string(r, a.n_ + b.n_);
  }
  string& operator+=(const string& b) { return *this = *this + b; }
  friend bool operator==(const string& a, const string& b) {
    return a.n_ == b.n_ && (a.n_ == 0 || std::memcmp(a.p_, b.p_, std::size_t(a.n_)) == 0);
  }
  friend std::strong_ordering operator<=>(const string& a, const string& b) {
    return a.view() <=> b.view();
  }
  friend std::uint64_t mg_hash(const string& s) { return hash_bytes(s.p_, std::size_t(s.n_)); }

private:
  const char* p_ = nullptr;
  std::int64_t n_ = 0;
};

} // namespace mg
