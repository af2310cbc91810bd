// Hashing for map keys. Maps call mg_hash(k) unqualified: these overloads cover the scalar
// types (found by ordinary lookup, since ADL finds nothing for fundamental types); runtime
// class types define theirs beside the type, and codegen defines mg_hash for structs in the
// generated namespace, where ADL finds it.
#pragma once
#include <cstdint>
#include <cstring>
#include <type_traits>

namespace mg {

// A 64-bit finaliser (splitmix64): spreads the bits of scalars so that linear probing works
// on keys that differ only in high bits.
inline std::uint64_t hash_mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// Combines the hash of one more component (struct fields, array elements) into h.
inline std::uint64_t hash_combine(std::uint64_t h, std::uint64_t v) {
  return hash_mix(h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)));
}

// FNV-1a over bytes, finalised: used for strings.
inline std::uint64_t hash_bytes(const void* p, std::size_t n) {
  const unsigned char* b = static_cast<const unsigned char*>(p);
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (std::size_t i = 0; i < n; i++) {
    h ^= b[i];
    h *= 0x100000001b3ULL;
  }
  return hash_mix(h);
}

inline std::uint64_t mg_hash(bool v) {
  return hash_mix(v);
}
inline std::uint64_t mg_hash(signed char v) {
  return hash_mix(static_cast<std::uint64_t>(v));
}
inline std::uint64_t mg_hash(unsigned char v) {
  return hash_mix(v);
}
inline std::uint64_t mg_hash(char v) {
  return hash_mix(static_cast<std::uint64_t>(v));
}
inline std::uint64_t mg_hash(short v) {
  return hash_mix(static_cast<std::uint64_t>(v));
}
inline std::uint64_t mg_hash(unsigned short v) {
  return hash_mix(v);
}
inline std::uint64_t mg_hash(int v) {
  return hash_mix(static_cast<std::uint64_t>(v));
}
inline std::uint64_t mg_hash(unsigned v) {
  return hash_mix(v);
}
inline std::uint64_t mg_hash(long v) {
  return hash_mix(static_cast<std::uint64_t>(v));
}
inline std::uint64_t mg_hash(unsigned long v) {
  return hash_mix(v);
}
inline std::uint64_t mg_hash(long long v) {
  return hash_mix(static_cast<std::uint64_t>(v));
}
inline std::uint64_t mg_hash(unsigned long long v) {
  return hash_mix(v);
}
// +0 and -0 are equal keys in Go, so they must hash alike. NaN keys never compare equal, so
// any hash will do for them.
inline std::uint64_t mg_hash(double v) {
  if (v == 0)
    v = 0;
  std::uint64_t u;
  std::memcpy(&u, &v, sizeof u);
  return hash_mix(u);
}
inline std::uint64_t mg_hash(float v) {
  return mg_hash(static_cast<double>(v));
}
template <class T> std::uint64_t mg_hash(T* p) {
  return hash_mix(reinterpret_cast<std::uintptr_t>(p));
}

// mg_hash(v) for any key type from any namespace: generated code calls mg::hash_of(v.field)
// (a plain mg_hash(v.field) inside a namespace that declares its own mg_hash overloads would
// hide these scalar overloads).
template <class T> std::uint64_t hash_of(const T& v) {
  return mg_hash(v);
}

} // namespace mg
