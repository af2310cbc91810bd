// Go's sync package: Mutex, RWMutex, WaitGroup, Once, Cond. Waiting parks the goroutine (never
// the OS thread); the zero value of each is ready to use, as in Go. Copying one copies its
// state word, as copying a Go struct does (waiters are not copied).
#pragma once
#include "minigo/sched.h"

#include "minigo/source_location.h"
#include <atomic>
#include <cstdint>
#include <type_traits>
#include <utility>

namespace mg::sync {

namespace detail {
// A FIFO of parked goroutines; nodes live on the waiters' stacks.
struct Waiter;
struct WaitList {
  Waiter* head = nullptr;
  Waiter* tail = nullptr;
};
} // namespace detail

// sync.Mutex.   mg::sync::Mutex mu; mu.Lock(); ...; mu.Unlock();
// Unlock hands the lock straight to the longest waiter, so no goroutine starves.
class Mutex {
public:
  Mutex() = default;
  Mutex(const Mutex& o) : state_(o.state_.load(std::memory_order_relaxed)) {}
  Mutex& operator=(const Mutex& o) {
    state_.store(o.state_.load(std::memory_order_relaxed), std::memory_order_relaxed);
    return *this;
  }
  void Lock(const mg::source_location& loc = mg::source_location::current()) {
    std::uint32_t expected = 0;
    if (!state_.compare_exchange_strong(expected, 1, std::memory_order_acquire))
      lock_slow(loc);
  }
  bool TryLock() {
    std::uint32_t expected = 0;
    return state_.compare_exchange_strong(expected, 1, std::memory_order_acquire);
  }
  void Unlock();

private:
  void lock_slow(const mg::source_location& loc);
  std::atomic<std::uint32_t> state_{0}; // 0 unlocked, 1 locked, 2 locked with waiters
  mg::detail::SpinLock lk_;
  detail::WaitList waiters_;
};

// sync.RWMutex.   rw.RLock(); ...; rw.RUnlock();  rw.Lock(); ...; rw.Unlock();
// A waiting writer blocks new readers, as in Go.
class RWMutex {
public:
  RWMutex() = default;
  RWMutex(const RWMutex& o) : readers_(o.readers_), writer_(o.writer_) {}
  RWMutex& operator=(const RWMutex& o) {
    readers_ = o.readers_;
    writer_ = o.writer_;
    return *this;
  }
  void RLock(const mg::source_location& loc = mg::source_location::current());
  void RUnlock();
  void Lock(const mg::source_location& loc = mg::source_location::current());
  void Unlock();
  bool TryLock();
  bool TryRLock();

private:
  mg::detail::SpinLock lk_;
  std::int64_t readers_ = 0;
  bool writer_ = false;
  std::int64_t writers_waiting_ = 0;
  detail::WaitList rwait_;
  detail::WaitList wwait_;
};

// sync.WaitGroup.   wg.Add(1); mg::go([&wg] { ...; wg.Done(); }); wg.Wait();
// Add panics "sync: negative WaitGroup counter" when the counter drops below zero.
class WaitGroup {
public:
  WaitGroup() = default;
  WaitGroup(const WaitGroup& o) : count_(o.count_) {}
  WaitGroup& operator=(const WaitGroup& o) {
    count_ = o.count_;
    return *this;
  }
  void Add(std::int64_t delta);
  void Done() { Add(-1); }
  void Wait(const mg::source_location& loc = mg::source_location::current());

private:
  mg::detail::SpinLock lk_;
  std::int64_t count_ = 0;
  detail::WaitList waiters_;
};

// sync.Once.   static mg::sync::Once once; once.Do([] { init(); });
// If f panics, Do counts as done (as in Go) and the panic propagates.
class Once {
public:
  Once() = default;
  Once(const Once& o) : done_(o.done_.load(std::memory_order_relaxed)) {}
  Once& operator=(const Once& o) {
    done_.store(o.done_.load(std::memory_order_relaxed), std::memory_order_relaxed);
    return *this;
  }
  template <class F> void Do(F&& f) {
    if (done_.load(std::memory_order_acquire))
      return;
    m_.Lock();
    struct Finish {
      Once* o;
      ~Finish() {
        o->done_.store(1, std::memory_order_release);
        o->m_.Unlock();
      }
    };
    if (!done_.load(std::memory_order_relaxed)) {
      Finish fin{this};
      std::forward<F>(f)();
    } else {
      m_.Unlock();
    }
  }

private:
  std::atomic<std::uint32_t> done_{0};
  Mutex m_;
};

// sync.Locker, type-erased: what Cond.L holds.
struct Locker {
  void* obj = nullptr;
  void (*lock)(void*) = nullptr;
  void (*unlock)(void*) = nullptr;
  void Lock() const { lock(obj); }
  void Unlock() const { unlock(obj); }
};
template <class L> Locker make_locker(L* l) {
  return Locker{l, [](void* p) { static_cast<L*>(p)->Lock(); },
                [](void* p) { static_cast<L*>(p)->Unlock(); }};
}
// rw.RLocker(): a Locker whose Lock/Unlock are RLock/RUnlock.
inline Locker rlocker(RWMutex* rw) {
  return Locker{rw, [](void* p) { static_cast<RWMutex*>(p)->RLock(); },
                [](void* p) { static_cast<RWMutex*>(p)->RUnlock(); }};
}

// sync.Cond.   auto* c = mg::sync::NewCond(&mu); mu.Lock(); while (!ready) c->Wait(); mu.Unlock();
class Cond {
public:
  Cond() = default;
  explicit Cond(Locker l) : L(l) {}
  Locker L;
  void Wait(const mg::source_location& loc = mg::source_location::current());
  void Signal();
  void Broadcast();

private:
  mg::detail::SpinLock lk_;
  detail::WaitList waiters_;
};
template <class L> Cond* NewCond(L* l) {
  return mg::gc_new<Cond>(make_locker(l));
}
inline Cond* NewCond(Locker l) {
  return mg::gc_new<Cond>(l);
}

} // namespace mg::sync
