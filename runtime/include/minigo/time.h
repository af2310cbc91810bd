// Go's time package subset: Duration (int64 nanoseconds), Time, Sleep, timers, tickers, After,
// Tick, AfterFunc. Every timer lives in one heap run by the scheduler's workers (src/timer.cpp),
// so sleeping goroutines cost no thread and an idle program sleeps in the kernel.
#pragma once
#include "minigo/chan.h"
#include "minigo/gc.h"
#include "minigo/sched.h"

#include "minigo/source_location.h"
#include <cstdint>
#include <type_traits>
#include <utility>

namespace mg::detail {

// A runtime timer: f(t, now) runs on a worker when `when` (monotonic ns) passes, then again every
// `period` ns if period > 0. f must not block.
struct RtTimer {
  std::int64_t when = 0;
  std::int64_t period = 0;
  void (*f)(RtTimer* t, std::int64_t now) = nullptr;
  void* arg = nullptr;
  std::int32_t index = -1; // position in the heap, -1 when not pending
};
void timer_add(RtTimer* t);
// Both return whether the timer was pending.
bool timer_del(RtTimer* t);
bool timer_mod(RtTimer* t, std::int64_t when, std::int64_t period);
std::int64_t nanotime();

} // namespace mg::detail

namespace mg::time {

// time.Duration is int64 nanoseconds (docs/runtime-abi.md).
using Duration = std::int64_t;
inline constexpr Duration Nanosecond = 1;
inline constexpr Duration Microsecond = 1000 * Nanosecond;
inline constexpr Duration Millisecond = 1000 * Microsecond;
inline constexpr Duration Second = 1000 * Millisecond;
inline constexpr Duration Minute = 60 * Second;
inline constexpr Duration Hour = 60 * Minute;

// A wall-clock instant with a monotonic reading for measuring intervals, as Go's time.Time.
//   auto start = mg::time::Now(); work(); mg::time::Duration d = mg::time::Since(start);
struct Time {
  std::int64_t wall = 0; // ns since the Unix epoch
  std::int64_t mono = 0; // monotonic ns; 0 when the Time carries no monotonic reading

  Duration Sub(const Time& u) const { return (mono && u.mono) ? mono - u.mono : wall - u.wall; }
  Time Add(Duration d) const { return Time{wall + d, mono ? mono + d : 0}; }
  bool Before(const Time& u) const { return (mono && u.mono) ? mono < u.mono : wall < u.wall; }
  bool After(const Time& u) const { return (mono && u.mono) ? mono > u.mono : wall > u.wall; }
  bool Equal(const Time& u) const { return (mono && u.mono) ? mono == u.mono : wall == u.wall; }
  bool IsZero() const { return wall == 0 && mono == 0; }
  std::int64_t Unix() const { return wall >= 0 ? wall / Second : -((-wall + Second - 1) / Second); }
  std::int64_t UnixMilli() const { return wall / Millisecond; }
  std::int64_t UnixNano() const { return wall; }
  bool operator==(const Time& o) const = default;
};

Time Now();
inline Duration Since(const Time& t) {
  return Now().Sub(t);
}
inline Duration Until(const Time& t) {
  return t.Sub(Now());
}
Time Unix(std::int64_t sec, std::int64_t nsec);

// Parks the goroutine for at least d.   mg::time::Sleep(100 * mg::time::Millisecond);
void Sleep(Duration d, const mg::source_location& loc = mg::source_location::current());

// A single-shot timer delivering the time on C (buffer 1), as *time.Timer.
//   mg::time::Timer* t = mg::time::NewTimer(time::Second);
//   t->C.recv(); t->Reset(time::Second); if (!t->Stop()) { /* already fired */ }
struct Timer {
  chan<Time> C;
  detail::RtTimer rt;
  bool Stop();
  bool Reset(Duration d);
};
Timer* NewTimer(Duration d);
chan<Time> After(Duration d);

namespace detail_ {
void after_func_fire(mg::detail::RtTimer* t, std::int64_t now);
}

// Runs f in its own goroutine after d; Stop cancels it.   mg::time::AfterFunc(d, [] { ... });
template <class F> Timer* AfterFunc(Duration d, F f) {
  using Fn = std::decay_t<F>;
  Timer* t = mg::gc_new<Timer>();
  struct Box {
    void (*run)(void*);
    Fn fn;
  };
  Box* b = mg::gc_new<Box>(Box{[](void* p) { mg::go(static_cast<Box*>(p)->fn); }, std::move(f)});
  t->rt.f = &detail_::after_func_fire;
  t->rt.arg = b;
  t->rt.when = mg::detail::nanotime() + (d > 0 ? d : 0);
  mg::detail::timer_add(&t->rt);
  return t;
}

// A ticker delivering the time on C every d (ticks dropped while C is full), as *time.Ticker.
//   auto* tk = mg::time::NewTicker(10 * time::Millisecond); tk->C.recv(); tk->Stop();
struct Ticker {
  chan<Time> C;
  detail::RtTimer rt;
  void Stop();
  void Reset(Duration d);
};
// Panics "non-positive interval for NewTicker" when d <= 0.
Ticker* NewTicker(Duration d);
// time.Tick: a ticker's channel that is never stopped; nil when d <= 0.
chan<Time> Tick(Duration d);

} // namespace mg::time
