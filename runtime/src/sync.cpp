// sync.Mutex, RWMutex, WaitGroup and Cond: a small spin lock guards each wait list, and waiting
// goroutines park with that lock released only after their context is saved (Go's gopark), so
// a wake-up can never reach a goroutine that is still running.
#include "minigo/sync.h"

#include "minigo/defer.h"
#include "minigo/panic.h"
#include "sched_internal.h"

namespace mg::sync {
using mg::detail::current_g;
using mg::detail::G;
using mg::detail::park;
using mg::detail::ready;
using mg::detail::SpinLock;
using mg::detail::WaitReason;

namespace detail {

struct Waiter {
  G* g = nullptr;
  Waiter* next = nullptr;
  bool signaled = false;
  bool parked = false;
};

static void push(WaitList& l, Waiter* w) {
  w->next = nullptr;
  if (l.tail)
    l.tail->next = w;
  else
    l.head = w;
  l.tail = w;
}

static Waiter* pop(WaitList& l) {
  Waiter* w = l.head;
  if (w) {
    l.head = w->next;
    if (!l.head)
      l.tail = nullptr;
  }
  return w;
}

static bool unlock_spin(void* l) {
  static_cast<SpinLock*>(l)->unlock();
  return true;
}

// Parks the current goroutine on `l` (held by the caller; released once parked).
static void wait_on(WaitList& l, SpinLock& lk, WaitReason r, const mg::source_location& loc) {
  G* g = current_g();
  if (!g) {
    lk.unlock();
    fatal_error("sync: blocking outside a goroutine");
  }
  Waiter w;
  w.g = g;
  push(l, &w);
  park(&unlock_spin, &lk, r, loc);
}

} // namespace detail

using detail::pop;
using detail::Waiter;

void Mutex::lock_slow(const mg::source_location& loc) {
  lk_.lock();
  for (;;) {
    std::uint32_t s = state_.load(std::memory_order_relaxed);
    if (s == 0) {
      if (state_.compare_exchange_weak(s, 1, std::memory_order_acquire)) {
        lk_.unlock();
        return;
      }
      continue;
    }
    if (s == 1 && !state_.compare_exchange_weak(s, 2, std::memory_order_relaxed))
      continue;
    break;
  }
  // Unlock hands the mutex over directly: when this returns, we own it.
  detail::wait_on(waiters_, lk_, WaitReason::MutexLock, loc);
  std::atomic_thread_fence(std::memory_order_acquire);
}

void Mutex::Unlock() {
  for (;;) {
    std::uint32_t s = state_.load(std::memory_order_relaxed);
    if (s == 0)
      fatal_error("sync: unlock of unlocked mutex");
    if (s == 1) {
      if (state_.compare_exchange_weak(s, 0, std::memory_order_release))
        return;
      continue;
    }
    break;
  }
  lk_.lock();
  Waiter* w = pop(waiters_);
  if (!w) {
    state_.store(0, std::memory_order_release);
    lk_.unlock();
    return;
  }
  state_.store(waiters_.head ? 2 : 1, std::memory_order_release);
  G* g = w->g;
  lk_.unlock();
  ready(g);
}

void RWMutex::RLock(const mg::source_location& loc) {
  lk_.lock();
  if (!writer_ && writers_waiting_ == 0) {
    readers_++;
    lk_.unlock();
    return;
  }
  detail::wait_on(rwait_, lk_, WaitReason::RWMutexRLock, loc); // the waker counted us in
}

bool RWMutex::TryRLock() {
  lk_.lock();
  bool ok = !writer_ && writers_waiting_ == 0;
  if (ok)
    readers_++;
  lk_.unlock();
  return ok;
}

void RWMutex::RUnlock() {
  lk_.lock();
  if (readers_ <= 0) {
    lk_.unlock();
    fatal_error("sync: RUnlock of unlocked RWMutex");
  }
  G* g = nullptr;
  if (--readers_ == 0) {
    if (Waiter* w = pop(wwait_)) {
      writer_ = true;
      writers_waiting_--;
      g = w->g;
    }
  }
  lk_.unlock();
  if (g)
    ready(g);
}

void RWMutex::Lock(const mg::source_location& loc) {
  lk_.lock();
  if (!writer_ && readers_ == 0) {
    writer_ = true;
    lk_.unlock();
    return;
  }
  writers_waiting_++;
  detail::wait_on(wwait_, lk_, WaitReason::RWMutexLock, loc); // handed over by the waker
}

bool RWMutex::TryLock() {
  lk_.lock();
  bool ok = !writer_ && readers_ == 0;
  if (ok)
    writer_ = true;
  lk_.unlock();
  return ok;
}

void RWMutex::Unlock() {
  lk_.lock();
  if (!writer_) {
    lk_.unlock();
    fatal_error("sync: Unlock of unlocked RWMutex");
  }
  writer_ = false;
  // Waiting readers go first (they queued behind this writer), then the next writer.
  Waiter* readers = rwait_.head;
  G* writer = nullptr;
  if (readers) {
    for (Waiter* w = readers; w; w = w->next)
      readers_++;
    rwait_.head = rwait_.tail = nullptr;
  } else if (Waiter* w = pop(wwait_)) {
    writer_ = true;
    writers_waiting_--;
    writer = w->g;
  }
  // Copy the goroutines out before waking any: a woken waiter's node may vanish.
  G* wake[32];
  int n = 0;
  while (readers) {
    Waiter* next = readers->next;
    if (n == 32) {
      lk_.unlock();
      for (int i = 0; i < n; i++)
        ready(wake[i]);
      n = 0;
      lk_.lock();
    }
    wake[n++] = readers->g;
    readers = next;
  }
  lk_.unlock();
  for (int i = 0; i < n; i++)
    ready(wake[i]);
  if (writer)
    ready(writer);
}

void WaitGroup::Add(std::int64_t delta) {
  lk_.lock();
  count_ += delta;
  if (count_ < 0) {
    lk_.unlock();
    panic_string("sync: negative WaitGroup counter"); // Go panics with a string
  }
  if (count_ > 0 || !waiters_.head) {
    lk_.unlock();
    return;
  }
  Waiter* list = waiters_.head;
  waiters_.head = waiters_.tail = nullptr;
  // The list is detached: its nodes stay valid until each goroutine is readied, so read `next`
  // before readying.
  lk_.unlock();
  while (list) {
    Waiter* next = list->next;
    ready(list->g);
    list = next;
  }
}

void WaitGroup::Wait(const mg::source_location& loc) {
  lk_.lock();
  if (count_ == 0) {
    lk_.unlock();
    return;
  }
  detail::wait_on(waiters_, lk_, WaitReason::WaitGroupWait, loc);
}

void Cond::Wait(const mg::source_location& loc) {
  G* g = current_g();
  if (!g)
    fatal_error("sync: Cond.Wait outside a goroutine");
  Waiter w;
  w.g = g;
  lk_.lock();
  detail::push(waiters_, &w);
  lk_.unlock();
  L.Unlock();
  lk_.lock();
  if (w.signaled) {
    lk_.unlock();
  } else {
    w.parked = true;
    park(&detail::unlock_spin, &lk_, WaitReason::CondWait, loc);
  }
  L.Lock();
}

void Cond::Signal() {
  lk_.lock();
  Waiter* w = pop(waiters_);
  G* g = nullptr;
  if (w) {
    w->signaled = true;
    if (w->parked)
      g = w->g;
  }
  lk_.unlock();
  if (g)
    ready(g);
}

void Cond::Broadcast() {
  lk_.lock();
  Waiter* list = waiters_.head;
  waiters_.head = waiters_.tail = nullptr;
  G* wake[32];
  int n = 0;
  while (list) {
    Waiter* next = list->next;
    list->signaled = true;
    if (list->parked) {
      if (n == 32) {
        lk_.unlock();
        for (int i = 0; i < n; i++)
          ready(wake[i]);
        n = 0;
        lk_.lock();
      }
      wake[n++] = list->g;
    }
    list = next;
  }
  lk_.unlock();
  for (int i = 0; i < n; i++)
    ready(wake[i]);
}

} // namespace mg::sync
