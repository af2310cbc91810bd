// Go's time package subset: Duration (int64 nanoseconds), Time, Sleep, timers, tickers, After,
// Tick, AfterFunc. Every timer lives in one heap run by the scheduler's workers (src/timer.cpp),
// so sleeping goroutines cost no thread and an idle program sleeps in the kernel.
#pragma once
#include "minigo/chan.h"
#include "minigo/gc.h"
#include "minigo/hash.h"
#include "minigo/sched.h"

#include "minigo/source_location.h"
#include "minigo/string.h"
#include <cstdint>
#include <tuple>
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

struct Location;

// A wall-clock instant with a monotonic reading for measuring intervals, as Go's time.Time.
// The zero value is January 1, year 1, 00:00:00 UTC, as in Go (so time.Time{} prints and
// IsZero as Go's does); times from Now also carry a monotonic reading that Sub, Before,
// After and Equal prefer.
//   auto start = mg::time::Now(); work(); mg::time::Duration d = mg::time::Since(start);
struct Time {
  // Named as Go's fields, which fmt prints for a Time in an unexported struct field
  // ({wall ext loc}): for a Time without a monotonic reading Go's wall is the nanoseconds
  // and ext the seconds, as here.
  std::int64_t ext = 0;    // seconds since January 1, year 1, 00:00:00 UTC
  std::int64_t wall = 0;   // nanoseconds within the second, [0, 1e9)
  std::int64_t mono = 0;   // monotonic clock (nanotime), 0 when the Time carries none
  mg::time::Location* loc = nullptr; // the zone it is presented in; null means UTC

  Duration Sub(const Time& u) const;
  Time Add(Duration d) const;
  bool Before(const Time& u) const {
    return (mono && u.mono) ? mono < u.mono : ext < u.ext || (ext == u.ext && wall < u.wall);
  }
  bool After(const Time& u) const { return u.Before(*this) && !Equal(u); }
  bool Equal(const Time& u) const {
    return (mono && u.mono) ? mono == u.mono : ext == u.ext && wall == u.wall;
  }
  bool IsZero() const { return ext == 0 && wall == 0; }
  std::int64_t Unix() const;
  std::int64_t UnixMilli() const { return Unix() * 1000 + wall / 1000000; }
  std::int64_t UnixMicro() const { return Unix() * 1000000 + wall / 1000; }
  std::int64_t UnixNano() const { return Unix() * 1000000000 + wall; }
  bool operator==(const Time& o) const = default;

  // Calendar and clock fields in the Time's location (time_format.cpp).
  std::int64_t Year() const;
  std::int64_t Month() const; // time.Month, 1..12
  std::int64_t Day() const;
  std::int64_t Hour() const;
  std::int64_t Minute() const;
  std::int64_t Second() const;
  std::int64_t Nanosecond() const { return wall; }
  std::int64_t Weekday() const; // time.Weekday, 0 = Sunday
  std::int64_t YearDay() const; // 1..366
  std::tuple<std::int64_t, std::int64_t, std::int64_t> Date() const;
  std::tuple<std::int64_t, std::int64_t, std::int64_t> Clock() const;
  std::tuple<string, std::int64_t> Zone() const; // abbreviation and seconds east of UTC

  // The same instant presented elsewhere; like Go, these drop the monotonic reading.
  Time UTC() const;
  Time Local() const;
  Time In(mg::time::Location* l) const;
  mg::time::Location* Location() const;

  // Go's layout language (reference time Mon Jan 2 15:04:05 MST 2006), as Go 1.19 formats.
  string Format(const string& layout) const;
  // "2009-11-10 23:00:00 +0000 UTC", plus " m=+0.001" when the Time has a monotonic reading.
  string String() const;
  // "time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)", what %#v prints.
  string GoString() const;
  Time AddDate(std::int64_t years, std::int64_t months, std::int64_t days) const;
  // Rounding relative to the zero Time, as Go's; both drop the monotonic reading.
  Time Truncate(Duration d) const;
  Time Round(Duration d) const;
};

// A Time as a map key, or inside a struct that is one (Go hashes all of its fields too).
inline std::uint64_t mg_hash(const Time& t) {
  std::uint64_t h = mg::hash_combine(mg::hash_of(t.ext), mg::hash_of(t.wall));
  return mg::hash_combine(mg::hash_combine(h, mg::hash_of(t.mono)), mg::hash_of(t.loc));
}

// A time zone: UTC, the process's local zone (the C library's, from TZ or /etc/localtime)
// or a fixed offset. time.UTC and time.Local are pointers to the first two.
struct Location {
  string name;
  std::int64_t offset = 0; // seconds east of UTC, for fixed zones
  bool local = false;      // the C library's local zone: offsets come from localtime_r
};
extern Location* UTC;
extern Location* Local;
string Location_String(Location* l);
Location* FixedZone(const string& name, std::int64_t offset);

// time.Date: the time in loc for the given fields, normalising out-of-range values as Go
// does (October 32 is November 1). Panics when loc is nil.
Time Date(std::int64_t year, std::int64_t month, std::int64_t day, std::int64_t hour,
          std::int64_t min, std::int64_t sec, std::int64_t nsec, Location* loc);

Time Now();
inline Duration Since(const Time& t) {
  return Now().Sub(t);
}
inline Duration Until(const Time& t) {
  return t.Sub(Now());
}
Time Unix(std::int64_t sec, std::int64_t nsec);
Time UnixMilli(std::int64_t msec);
Time UnixMicro(std::int64_t usec);

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
