// The runtime timer heap (Go's time.go, with one heap instead of one per P): a binary min-heap
// of RtTimer* ordered by `when`, run by whichever worker finds an expired timer in its
// scheduling loop; the idle worker that sleeps with a deadline is poked when a new earliest
// timer appears. Also the time package built on it.
#include "minigo/defer.h"
#include "minigo/errors.h"
#include "minigo/panic.h"
#include "minigo/time.h"
#include "sched_internal.h"

#include <climits>
#include <ctime>

namespace mg::detail {

namespace {

SpinLock tlock;
RtTimer** heap = nullptr; // uncollectable: pending timers (and what they reference) stay alive
std::size_t hlen = 0;
std::size_t hcap = 0;
std::atomic<std::int64_t> next_when{INT64_MAX};
std::atomic<std::int64_t> count{0};

void set_at(std::size_t i, RtTimer* t) {
  heap[i] = t;
  t->index = std::int32_t(i);
}

void siftup(std::size_t i) {
  RtTimer* t = heap[i];
  while (i > 0) {
    std::size_t p = (i - 1) / 2;
    if (heap[p]->when <= t->when)
      break;
    set_at(i, heap[p]);
    i = p;
  }
  set_at(i, t);
}

void siftdown(std::size_t i) {
  RtTimer* t = heap[i];
  for (;;) {
    std::size_t c = 2 * i + 1;
    if (c >= hlen)
      break;
    if (c + 1 < hlen && heap[c + 1]->when < heap[c]->when)
      c++;
    if (t->when <= heap[c]->when)
      break;
    set_at(i, heap[c]);
    i = c;
  }
  set_at(i, t);
}

void publish() {
  next_when.store(hlen ? heap[0]->when : INT64_MAX, std::memory_order_release);
  count.store(std::int64_t(hlen), std::memory_order_release);
}

// tlock held. Returns whether t became the earliest timer.
bool add_locked(RtTimer* t) {
  if (hlen == hcap) {
    std::size_t ncap = hcap ? hcap * 2 : 256;
    auto** nh = static_cast<RtTimer**>(GC_MALLOC_UNCOLLECTABLE(ncap * sizeof(RtTimer*)));
    for (std::size_t i = 0; i < hlen; i++)
      nh[i] = heap[i];
    if (heap)
      GC_FREE(heap);
    heap = nh;
    hcap = ncap;
  }
  set_at(hlen, t);
  hlen++;
  siftup(hlen - 1);
  publish();
  return t->index == 0;
}

// tlock held.
bool del_locked(RtTimer* t) {
  std::int32_t i = t->index;
  if (i < 0 || std::size_t(i) >= hlen || heap[i] != t)
    return false;
  hlen--;
  if (std::size_t(i) != hlen) {
    set_at(std::size_t(i), heap[hlen]);
    siftdown(std::size_t(i));
    siftup(std::size_t(i));
  }
  heap[hlen] = nullptr;
  t->index = -1;
  publish();
  return true;
}

} // namespace

std::int64_t timer_next_when() {
  return next_when.load(std::memory_order_acquire);
}
std::int64_t timer_count() {
  return count.load(std::memory_order_acquire);
}

void timer_add(RtTimer* t) {
  tlock.lock();
  bool first = add_locked(t);
  tlock.unlock();
  if (first)
    sched_timer_poke();
}

bool timer_del(RtTimer* t) {
  tlock.lock();
  bool was = del_locked(t);
  tlock.unlock();
  return was;
}

bool timer_mod(RtTimer* t, std::int64_t when, std::int64_t period) {
  tlock.lock();
  bool was = del_locked(t);
  t->when = when;
  t->period = period;
  bool first = add_locked(t);
  tlock.unlock();
  if (first)
    sched_timer_poke();
  return was;
}

void run_timers(std::int64_t now) {
  tlock.lock();
  while (hlen > 0 && heap[0]->when <= now) {
    RtTimer* t = heap[0];
    if (t->period > 0) {
      t->when += t->period * (1 + (now - t->when) / t->period);
      siftdown(0);
      publish();
    } else {
      del_locked(t);
    }
    auto f = t->f;
    tlock.unlock();
    f(t, now);
    tlock.lock();
  }
  tlock.unlock();
}

void timers_reset_all() {
  tlock.lock();
  for (std::size_t i = 0; i < hlen; i++) {
    heap[i]->index = -1;
    heap[i] = nullptr;
  }
  hlen = 0;
  publish();
  tlock.unlock();
}

} // namespace mg::detail

namespace mg::time {
using namespace mg::detail;

static bool sleep_arm(void* t) {
  timer_add(static_cast<RtTimer*>(t));
  return true;
}

void Sleep(Duration d, const mg::source_location& loc) {
  if (d <= 0)
    return;
  G* g = current_g();
  if (!g) {
    timespec ts{time_t(d / Second), long(d % Second)};
    while (nanosleep(&ts, &ts) != 0) {
    }
    return;
  }
  RtTimer t;
  t.when = nanotime() + d;
  t.arg = g;
  t.f = [](RtTimer* rt, std::int64_t) { ready(static_cast<G*>(rt->arg)); };
  // The timer is armed on the scheduler stack, after this goroutine's context is saved, so it
  // cannot fire into a goroutine that is still running.
  park(&sleep_arm, &t, WaitReason::Sleep, loc);
}

static void send_time(RtTimer* rt, std::int64_t) {
  auto* c = static_cast<hchan*>(rt->arg);
  Time now = Now();
  chan_try_send(c, &now);
}

static std::int64_t deadline(Duration d) {
  std::int64_t now = nanotime();
  if (d > INT64_MAX - now)
    return INT64_MAX;
  return now + (d > 0 ? d : 0);
}

Timer* NewTimer(Duration d) {
  Timer* t = gc_new<Timer>();
  t->C = make_chan<Time>(1);
  t->rt.f = &send_time;
  t->rt.arg = t->C.raw();
  t->rt.when = deadline(d);
  timer_add(&t->rt);
  return t;
}

bool Timer::Stop() {
  return timer_del(&rt);
}

bool Timer::Reset(Duration d) {
  return timer_mod(&rt, deadline(d), 0);
}

chan<Time> After(Duration d) {
  return NewTimer(d)->C;
}

namespace detail_ {
void after_func_fire(mg::detail::RtTimer* t, std::int64_t) {
  struct Head {
    void (*run)(void*);
  };
  auto* h = static_cast<Head*>(t->arg);
  h->run(t->arg);
}
} // namespace detail_

Ticker* NewTicker(Duration d) {
  if (d <= 0)
    panic_value(errors::New("non-positive interval for NewTicker"));
  Ticker* t = gc_new<Ticker>();
  t->C = make_chan<Time>(1);
  t->rt.f = &send_time;
  t->rt.arg = t->C.raw();
  t->rt.period = d;
  t->rt.when = deadline(d);
  timer_add(&t->rt);
  return t;
}

void Ticker::Stop() {
  timer_del(&rt);
}

void Ticker::Reset(Duration d) {
  if (d <= 0)
    panic_value(errors::New("non-positive interval for Ticker.Reset"));
  timer_mod(&rt, deadline(d), d);
}

chan<Time> Tick(Duration d) {
  if (d <= 0)
    return chan<Time>();
  return NewTicker(d)->C;
}

} // namespace mg::time
