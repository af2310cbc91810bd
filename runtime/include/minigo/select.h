// Go's select statement over any number of send/receive cases, with or without default
// (src/select.cpp, after Go's select.go): a random poll order, channels locked in address order,
// and exactly one case firing.
#pragma once
#include "minigo/chan.h"

#include "minigo/source_location.h"
#include <cstdint>

namespace mg {

// One case of a select. Build with select_recv / select_send.
struct select_case {
  detail::hchan* c = nullptr;
  void* elem = nullptr; // receive: where the value goes (may be null); send: the value
  bool* ok = nullptr;   // receive: set to false when the channel is closed
  bool is_send = false;
};

// case v, ok = <-ch   (out and ok may be null)
template <class T> select_case select_recv(const chan<T>& ch, T* out, bool* ok = nullptr) {
  return select_case{ch.raw(), out, ok, false};
}

// case ch <- value   (the value is copied to the GC heap, so the case may outlive the argument)
template <class T> select_case select_send(const chan<T>& ch, const T& value) {
  return select_case{ch.raw(), mg::gc_new<T>(value), nullptr, true};
}

// case ch <- *value  (no copy: *value must live until select returns)
template <class T> select_case select_send_ref(const chan<T>& ch, T* value) {
  return select_case{ch.raw(), value, nullptr, true};
}

// Runs the select and returns the index of the case that fired, or -1 for default.
//   std::int64_t v; bool ok;
//   mg::select_case cs[] = {mg::select_recv(in, &v, &ok), mg::select_send(out, x)};
//   switch (mg::select(cs, 2, /*has_default=*/false)) { case 0: ...; case 1: ...; }
// A send case on a closed channel panics "send on closed channel"; `select {}` is
// mg::select(nullptr, 0, false) and blocks forever.
int select(select_case* cases, int n, bool has_default,
           const mg::source_location& loc = mg::source_location::current());

} // namespace mg
