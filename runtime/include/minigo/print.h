// The builtins print and println (to stderr, in the runtime's own formats: floats as
// +1.500000e+000, interfaces as (0x...,0x...), slices as [len/cap]0x..., maps, channels,
// funcs and pointers as 0x...), and the write helper the runtime's output uses.
#pragma once
#include "minigo/chan.h"
#include "minigo/func.h"
#include "minigo/iface.h"
#include "minigo/map.h"
#include "minigo/slice.h"
#include "minigo/string.h"
#include "minigo/typeinfo.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <type_traits>

namespace mg {

// write(2) until all is written (retrying on EINTR and short writes).
void write_all(int fd, const char* p, std::size_t n);

// The builtin print's text of a scalar of the given kind stored at p.
std::string print_scalar_text(Kind k, const void* p);

void print_append(std::string& out, bool v);
void print_append(std::string& out, std::int64_t v);
void print_append(std::string& out, std::uint64_t v);
void print_append(std::string& out, double v);
void print_append(std::string& out, const string& v);
void print_append(std::string& out, const iface& v);
void print_append(std::string& out, const void* p);
void print_append_slice(std::string& out, std::int64_t len, std::int64_t cap, const void* p);
inline void print_append(std::string& out, const char* s) {
  print_append(out, string(s));
}

// Which reference type a print argument is (each prints as its pointer).
template <class T> inline constexpr bool is_slice_v = false;
template <class E> inline constexpr bool is_slice_v<slice<E>> = true;
template <class T> inline constexpr bool is_map_v = false;
template <class K, class V> inline constexpr bool is_map_v<map<K, V>> = true;
template <class T> inline constexpr bool is_chan_v = false;
template <class E> inline constexpr bool is_chan_v<chan<E>> = true;
template <class T> inline constexpr bool is_func_v = false;
template <class S> inline constexpr bool is_func_v<func<S>> = true;

template <class T> void print_one(std::string& out, const T& v) {
  if constexpr (std::is_same_v<T, bool>)
    print_append(out, v);
  else if constexpr (std::is_floating_point_v<T>)
    print_append(out, double(v));
  else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>)
    print_append(out, std::int64_t(v));
  else if constexpr (std::is_integral_v<T>)
    print_append(out, std::uint64_t(v));
  else if constexpr (std::is_pointer_v<T>)
    print_append(out, static_cast<const void*>(v));
  else if constexpr (is_slice_v<T>)
    print_append_slice(out, v.len(), v.cap(), v.data());
  else if constexpr (is_map_v<T>)
    print_append(out, static_cast<const void*>(v.table()));
  else if constexpr (is_chan_v<T>)
    print_append(out, static_cast<const void*>(v.raw()));
  else if constexpr (is_func_v<T>)
    print_append(out, v.code());
  else
    print_append(out, v);
}

// print(a, b): no separators. Usage: mg::builtin_print(x, mg::string("s"));
template <class... A> void builtin_print(const A&... a) {
  std::string out;
  (print_one(out, a), ...);
  write_all(2, out.data(), out.size());
}

// println(a, b): spaces between, newline after.
template <class... A> void builtin_println(const A&... a) {
  std::string out;
  bool first = true;
  ((out += first ? "" : " ", first = false, print_one(out, a)), ...);
  out += "\n";
  write_all(2, out.data(), out.size());
}

} // namespace mg
