// Go channels: mg::chan<T> is a handle (nil by default, == compares identity) to a runtime
// channel with one lock, a ring buffer and FIFO wait queues (src/chan.cpp, after Go's chan.go).
// Blocking operations park the goroutine, never the thread, and record the caller's location
// (the .mg line, through #line) for deadlock reports.
#pragma once
#include "minigo/gc.h"
#include "minigo/sched.h"

#include "minigo/source_location.h"
#include <cstdint>
#include <new>
#include <tuple>
#include <utility>

namespace mg {

namespace detail {

// How the type-erased channel core moves elements of one type.
struct ElemOps {
  std::size_t size;
  void (*move)(void* dst, void* src); // *dst = std::move(*src)
  void (*clear)(void* p);             // *p = T{} (drops references the GC would keep alive)
};

template <class T> const ElemOps* elem_ops() {
  static const ElemOps ops{
      sizeof(T), [](void* d, void* s) { *static_cast<T*>(d) = std::move(*static_cast<T*>(s)); },
      [](void* p) { *static_cast<T*>(p) = T{}; }};
  return &ops;
}

struct hchan;
hchan* chan_make(const ElemOps* ops, std::int64_t cap, void* buf);
void chan_send(hchan* c, void* elem, const mg::source_location& loc);
bool chan_recv(hchan* c, void* elem, const mg::source_location& loc);
// Non-blocking forms: false when the operation would block.
bool chan_try_send(hchan* c, void* elem);
bool chan_try_recv(hchan* c, void* elem, bool* ok);
void chan_close(hchan* c);
std::int64_t chan_len(const hchan* c);
std::int64_t chan_cap(const hchan* c);
[[noreturn]] void chan_makechan_panic();

} // namespace detail

// A channel of T (any direction).
//   auto ch = mg::make_chan<std::int64_t>(10);
//   mg::go([=] { ch.send(42); mg::close_chan(ch); });
//   for (;;) { auto [v, ok] = ch.recv_ok(); if (!ok) break; use(v); }
template <class T> class chan {
public:
  using value_type = T;
  chan() = default;
  chan(std::nullptr_t) {}
  explicit chan(detail::hchan* c) : c_(c) {}

  void send(T v, const mg::source_location& loc = mg::source_location::current()) const {
    detail::chan_send(c_, &v, loc);
  }
  T recv(const mg::source_location& loc = mg::source_location::current()) const {
    T v{};
    detail::chan_recv(c_, &v, loc);
    return v;
  }
  std::tuple<T, bool>
  recv_ok(const mg::source_location& loc = mg::source_location::current()) const {
    T v{};
    bool ok = detail::chan_recv(c_, &v, loc);
    return {std::move(v), ok};
  }
  std::int64_t len() const { return detail::chan_len(c_); }
  std::int64_t cap() const { return detail::chan_cap(c_); }
  detail::hchan* raw() const { return c_; }
  explicit operator bool() const { return c_ != nullptr; }
  bool operator==(const chan& o) const { return c_ == o.c_; }
  bool operator==(std::nullptr_t) const { return c_ == nullptr; }

private:
  detail::hchan* c_ = nullptr;
};

// Map keys: channels hash by identity.
template <class T> std::uint64_t mg_hash(const chan<T>& c) {
  std::uint64_t x = reinterpret_cast<std::uintptr_t>(c.raw());
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return x;
}

// make(chan T, cap); panics "makechan: size out of range" when cap < 0.
template <class T> chan<T> make_chan(std::int64_t cap = 0) {
  if (cap < 0 || cap > (std::int64_t(1) << 40) / std::int64_t(sizeof(T) ? sizeof(T) : 1))
    detail::chan_makechan_panic();
  void* buf = nullptr;
  if (cap > 0) {
    T* b = static_cast<T*>(gc_alloc_bytes(sizeof(T) * std::size_t(cap)));
    for (std::int64_t i = 0; i < cap; i++)
      new (b + i) T{};
    buf = b;
  }
  return chan<T>(detail::chan_make(detail::elem_ops<T>(), cap, buf));
}

// close(ch): panics "close of nil channel" / "close of closed channel".
template <class T> void close_chan(const chan<T>& ch) {
  detail::chan_close(ch.raw());
}

} // namespace mg
