// The M:N goroutine scheduler, modelled on Go's proc.go: processors (P) with a lock-free local run
// queue and a runnext slot, a global queue, work stealing, worker threads (M) parked on futexes,
// Boost.Context switches through each worker's scheduler stack (g0), the Boehm GC protocol of
// design.md §5, blocking-syscall hand-off, deadlock detection and goroutine dumps.
#include "sched_internal.h"

#include "minigo/goroutine_local.h"
#include "minigo/panic.h"

#include <gc/gc_mark.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <cxxabi.h>
#include <exception>
#include <linux/futex.h>
#include <mutex>
#include <pthread.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifdef MG_TSAN
extern "C" {
void* __tsan_get_current_fiber(void);
void* __tsan_create_fiber(unsigned flags);
void __tsan_destroy_fiber(void* fiber);
void __tsan_switch_to_fiber(void* fiber, unsigned flags);
void __tsan_acquire(void* addr);
void __tsan_release(void* addr);
}
#endif
#ifdef MG_RACE_EDGES
// __tsan_switch_to_fiber_no_sync: the switch itself orders nothing.
constexpr unsigned kTsanSwitchFlags = 1;
// Bytes at the top of each goroutine stack kept for its panic slot (stack alignment kept).
constexpr std::size_t kRaceSlotBytes = 64;
// A goroutine made runnable (by go, a channel operation, a mutex, a timer) happens after
// everything its waker did before; it acquires that on resuming (switch_finish_on_g).
static inline void race_release_to(void* g) {
  __tsan_release(g);
}
static inline void race_acquire_from(void* g) {
  __tsan_acquire(g);
}
#else
constexpr unsigned kTsanSwitchFlags = 0;
static inline void race_release_to(void*) {}
static inline void race_acquire_from(void*) {}
#endif
#ifdef MG_ASAN
extern "C" {
void __sanitizer_start_switch_fiber(void** fake_stack_save, const void* bottom, size_t size);
void __sanitizer_finish_switch_fiber(void* fake_stack_save, const void** bottom_old,
                                     size_t* size_old);
void __asan_unpoison_memory_region(void const volatile* addr, size_t size);
}
#endif

namespace mg::detail {

// ---------------------------------------------------------------------------------------------
// Small primitives

void SpinLock::lock_slow() {
  for (int n = 0;; ++n) {
    if (word.load(std::memory_order_relaxed) == 0 &&
        word.exchange(1, std::memory_order_acquire) == 0) {
      race_acquire_from(&word); // this file is not instrumented under -race
      return;
    }
    if (n < 100)
      __builtin_ia32_pause();
    else
      sched_yield();
  }
}

static long futex(std::atomic<std::uint32_t>* addr, int op, std::uint32_t val, const timespec* ts) {
  return syscall(SYS_futex, reinterpret_cast<std::uint32_t*>(addr), op, val, ts, nullptr, 0);
}

void Note::wakeup() {
  key.store(1, std::memory_order_release);
  futex(&key, FUTEX_WAKE_PRIVATE, 1, nullptr);
}

void Note::sleep() {
  while (key.load(std::memory_order_acquire) == 0)
    futex(&key, FUTEX_WAIT_PRIVATE, 0, nullptr);
}

bool Note::sleep_for(std::int64_t ns) {
  std::int64_t deadline = nanotime() + ns;
  while (key.load(std::memory_order_acquire) == 0) {
    std::int64_t left = deadline - nanotime();
    if (left <= 0)
      return false;
    timespec ts{static_cast<time_t>(left / 1000000000), static_cast<long>(left % 1000000000)};
    futex(&key, FUTEX_WAIT_PRIVATE, 0, &ts);
  }
  return true;
}

std::int64_t nanotime() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// __cxa_get_globals is declared const, so a compiler may reuse its result across a switch that
// moved the goroutine to another thread: reach it through an opaque call.
MG_NOINLINE static EhGlobals* eh_globals() {
  void* p = abi::__cxa_get_globals();
  asm volatile("" : "+r"(p)::"memory");
  return static_cast<EhGlobals*>(p);
}

// ---------------------------------------------------------------------------------------------
// Structures

constexpr std::uint32_t kRunqSize = 256;
constexpr int kMaxProcs = 256;
// Goroutine 1 gets a bigger stack than the 1 MiB slots of the others: deep recursion is
// usually there. Lazily committed, so it costs only what is touched.
#ifdef MG_TSAN
// TSan keeps a fixed 64Ki-entry shadow call stack per fiber: with 16-byte frames only a stack
// of at most 1 MiB overflows before that one does.
constexpr std::size_t kMainStackSize = std::size_t(1) << 20;
#else
constexpr std::size_t kMainStackSize = std::size_t(256) << 20;
#endif
constexpr int kMaxM = 1024;

struct P {
  int id = 0;
  std::atomic<M*> m{nullptr};
  P* link = nullptr;
  bool idle = false;
  bool retired = false; // beyond GOMAXPROCS and owned by nobody (sched.lock)
  std::uint32_t schedtick = 0;
  std::atomic<std::uint32_t> runqhead{0};
  std::atomic<std::uint32_t> runqtail{0};
  std::atomic<G*> runq[kRunqSize];
  std::atomic<G*> runnext{nullptr};
};

enum class Action : std::uint8_t { None, Park, Yield, Exit, SyscallNoP };

struct M {
  int id = 0;
  P* p = nullptr;
  P* nextp = nullptr;
  G* curg = nullptr;
  bctx::fcontext_t g0ctx = nullptr;
  std::atomic<int> in_switch{0};
  void* gc_handle = nullptr;
  char* g0_top = nullptr;                    // cold end of the thread stack
  std::atomic<char*> cur_stack_top{nullptr}; // cold end of the stack running now
  Note park;
  M* schedlink = nullptr;
  bool spinning = false;
  bool alive = false;
  bool no_timer_wait = false;
  Action action = Action::None;
  bool (*unlockf)(void*) = nullptr;
  void* unlock_arg = nullptr;
  std::uint64_t rand = 0;
  pthread_t thread{};
  void* tsan_g0 = nullptr;
  void* asan_fake = nullptr;
  const void* g0_stack_lo = nullptr;
  std::size_t g0_stack_size = 0;
};

struct Sched {
  SpinLock lock;
  // global run queue
  G* runq_head = nullptr;
  G* runq_tail = nullptr;
  std::atomic<std::int64_t> runq_size{0}; // read without the lock as a hint
  // idle Ps and Ms
  P* pidle = nullptr;
  std::atomic<int> npidle{0};
  M* midle = nullptr;
  int nmidle = 0;
  std::atomic<int> nmspinning{0};
  int nsyscall = 0;
  std::atomic<M*> timer_waiter{nullptr};
  // free Gs, and free goroutine stacks (a G takes a stack only when it first runs)
  SpinLock gfree_lock;
  G* gfree = nullptr;
  SpinLock stackfree_lock;
  struct FreeStack* stackfree = nullptr;
  // every G ever made, for the GC and dumps; grown by copying, old arrays kept alive
  SpinLock allg_lock;
  std::atomic<G**> allg{nullptr};
  std::atomic<std::size_t> allg_len{0};
  std::size_t allg_cap = 0;
  // every M
  M* allm[kMaxM] = {};
  std::atomic<int> nm{0};
  int mcount_alive = 0;
  P* allp = nullptr;
  std::atomic<int> nprocs{0}; // active processors: allp[0, nprocs)
  std::atomic<std::int64_t> ngoroutines{0};
  std::atomic<std::int64_t> next_goid{1};
  std::atomic<bool> stopping{false};
  std::atomic<bool> running{false};
  bool main_alive = false;
  G* main_g = nullptr;
  Note main_done;
  bool exit_on_main_return = false;
};

static Sched sched;
static std::atomic<int> gc_pending{0};

static thread_local M* tls_m = nullptr;

// Goroutines migrate between threads: every read of per-thread state goes through a call the
// compiler cannot see through, so no TLS address is cached across a switch.
MG_NOINLINE static M* this_m() {
  M* m = tls_m;
  asm volatile("" ::: "memory");
  return m;
}

MG_NOINLINE G* current_g() {
  M* m = this_m();
  return m ? m->curg : nullptr;
}

static std::uint32_t fastrand(M* m) {
  m->rand ^= m->rand << 13;
  m->rand ^= m->rand >> 7;
  m->rand ^= m->rand << 17;
  return static_cast<std::uint32_t>(m->rand >> 32);
}

std::uint32_t fastrand() {
  M* m = this_m();
  if (m)
    return fastrand(m);
  static std::atomic<std::uint64_t> seed{0x2545F4914F6CDD1Dull};
  std::uint64_t x = seed.fetch_add(0x9E3779B97F4A7C15ull, std::memory_order_relaxed);
  x ^= x >> 31;
  x *= 0xbf58476d1ce4e5b9ull;
  return std::uint32_t(x >> 32);
}

// ---------------------------------------------------------------------------------------------
// Run queues (Go's runqput/runqget/runqgrab/runqsteal)

static void globrunqput_locked(G* g) {
  g->schedlink = nullptr;
  if (sched.runq_tail)
    sched.runq_tail->schedlink = g;
  else
    sched.runq_head = g;
  sched.runq_tail = g;
  sched.runq_size.fetch_add(1, std::memory_order_relaxed);
}

static void globrunqputbatch_locked(G* head, G* tail, int n) {
  tail->schedlink = nullptr;
  if (sched.runq_tail)
    sched.runq_tail->schedlink = head;
  else
    sched.runq_head = head;
  sched.runq_tail = tail;
  sched.runq_size.fetch_add(n, std::memory_order_relaxed);
}

static G* globrunqpop_locked() {
  G* g = sched.runq_head;
  if (!g)
    return nullptr;
  sched.runq_head = g->schedlink;
  if (!sched.runq_head)
    sched.runq_tail = nullptr;
  sched.runq_size.fetch_sub(1, std::memory_order_relaxed);
  return g;
}

static bool runqputslow(P* p, G* g, std::uint32_t h, std::uint32_t t) {
  G* batch[kRunqSize / 2 + 1];
  std::uint32_t n = (t - h) / 2;
  for (std::uint32_t i = 0; i < n; i++)
    batch[i] = p->runq[(h + i) % kRunqSize].load(std::memory_order_relaxed);
  if (!p->runqhead.compare_exchange_strong(h, h + n, std::memory_order_release))
    return false;
  batch[n] = g;
  for (std::uint32_t i = 0; i < n; i++)
    batch[i]->schedlink = batch[i + 1];
  sched.lock.lock();
  globrunqputbatch_locked(batch[0], batch[n], int(n + 1));
  sched.lock.unlock();
  return true;
}

static void runqput(P* p, G* g, bool next) {
  if (next) {
    G* old = p->runnext.load(std::memory_order_relaxed);
    while (!p->runnext.compare_exchange_weak(old, g, std::memory_order_release,
                                             std::memory_order_relaxed)) {
    }
    if (!old)
      return;
    g = old;
  }
  for (;;) {
    std::uint32_t h = p->runqhead.load(std::memory_order_acquire);
    std::uint32_t t = p->runqtail.load(std::memory_order_relaxed);
    if (t - h < kRunqSize) {
      p->runq[t % kRunqSize].store(g, std::memory_order_relaxed);
      p->runqtail.store(t + 1, std::memory_order_release);
      return;
    }
    if (runqputslow(p, g, h, t))
      return;
  }
}

static G* runqget(P* p) {
  G* next = p->runnext.load(std::memory_order_acquire);
  while (next) {
    if (p->runnext.compare_exchange_weak(next, nullptr, std::memory_order_acquire))
      return next;
  }
  for (;;) {
    std::uint32_t h = p->runqhead.load(std::memory_order_acquire);
    std::uint32_t t = p->runqtail.load(std::memory_order_acquire);
    if (t == h)
      return nullptr;
    G* g = p->runq[h % kRunqSize].load(std::memory_order_relaxed);
    if (p->runqhead.compare_exchange_weak(h, h + 1, std::memory_order_release))
      return g;
  }
}

static bool runqempty(P* p) {
  for (;;) {
    std::uint32_t h = p->runqhead.load(std::memory_order_acquire);
    std::uint32_t t = p->runqtail.load(std::memory_order_acquire);
    G* next = p->runnext.load(std::memory_order_acquire);
    if (p->runqtail.load(std::memory_order_acquire) == t)
      return h == t && next == nullptr;
  }
}

static std::uint32_t runqgrab(P* p, std::atomic<G*>* batch, std::uint32_t batch_head,
                              bool steal_runnext) {
  for (;;) {
    std::uint32_t h = p->runqhead.load(std::memory_order_acquire);
    std::uint32_t t = p->runqtail.load(std::memory_order_acquire);
    std::uint32_t n = t - h;
    n = n - n / 2;
    if (n == 0) {
      if (steal_runnext) {
        G* next = p->runnext.load(std::memory_order_acquire);
        if (next && p->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acquire)) {
          batch[batch_head % kRunqSize].store(next, std::memory_order_relaxed);
          return 1;
        }
      }
      return 0;
    }
    if (n > kRunqSize / 2)
      continue; // h and t read inconsistently
    for (std::uint32_t i = 0; i < n; i++) {
      G* g = p->runq[(h + i) % kRunqSize].load(std::memory_order_relaxed);
      batch[(batch_head + i) % kRunqSize].store(g, std::memory_order_relaxed);
    }
    if (p->runqhead.compare_exchange_strong(h, h + n, std::memory_order_release))
      return n;
  }
}

static G* runqsteal(P* p, P* victim, bool steal_runnext) {
  std::uint32_t t = p->runqtail.load(std::memory_order_relaxed);
  std::uint32_t n = runqgrab(victim, p->runq, t, steal_runnext);
  if (n == 0)
    return nullptr;
  n--;
  G* g = p->runq[(t + n) % kRunqSize].load(std::memory_order_relaxed);
  if (n == 0)
    return g;
  p->runqtail.store(t + n, std::memory_order_release);
  return g;
}

static G* globrunqget_locked(P* p, int max) {
  if (sched.runq_size.load(std::memory_order_relaxed) == 0)
    return nullptr;
  std::int64_t n = sched.runq_size.load(std::memory_order_relaxed) / sched.nprocs + 1;
  n = std::min<std::int64_t>(n, sched.runq_size.load(std::memory_order_relaxed));
  if (max > 0 && n > max)
    n = max;
  n = std::min<std::int64_t>(n, kRunqSize / 2);
  G* g = globrunqpop_locked();
  for (std::int64_t i = 1; i < n; i++)
    runqput(p, globrunqpop_locked(), false);
  return g;
}

// ---------------------------------------------------------------------------------------------
// Idle P and M lists (sched.lock held)

static void runqdrain_locked(P* p) {
  while (G* g = runqget(p))
    globrunqput_locked(g);
}

// A processor retired by GOMAXPROCS(n) never becomes idle: its queue moves to the global one.
static void pidleput_locked(P* p) {
  if (p->id >= sched.nprocs.load()) {
    runqdrain_locked(p);
    p->idle = false;
    p->retired = true;
    return;
  }
  p->link = sched.pidle;
  p->idle = true;
  sched.pidle = p;
  sched.npidle.fetch_add(1);
}

static P* pidleget_locked() {
  P* p = sched.pidle;
  if (p) {
    sched.pidle = p->link;
    p->idle = false;
    sched.npidle.fetch_sub(1);
  }
  return p;
}

static void mput_locked(M* m) {
  m->schedlink = sched.midle;
  sched.midle = m;
  sched.nmidle++;
}

static M* mget_locked() {
  M* m = sched.midle;
  if (m) {
    sched.midle = m->schedlink;
    sched.nmidle--;
  }
  return m;
}

static bool mremove_locked(M* m) {
  for (M** pp = &sched.midle; *pp; pp = &(*pp)->schedlink) {
    if (*pp == m) {
      *pp = m->schedlink;
      sched.nmidle--;
      return true;
    }
  }
  return false;
}

static void start_thread(M* m);

// Gives processor `p` (or an idle one) to an idle or new worker.
static void startm(P* p, bool spinning) {
  sched.lock.lock();
  if (!p) {
    p = pidleget_locked();
    if (!p) {
      sched.lock.unlock();
      if (spinning)
        sched.nmspinning.fetch_sub(1);
      return;
    }
  }
  M* m = mget_locked();
  if (m) {
    m->nextp = p;
    m->spinning = spinning;
    sched.lock.unlock();
    m->park.wakeup();
    return;
  }
  int id = sched.nm.load();
  if (id >= kMaxM) {
    sched.lock.unlock();
    fatal_error("runtime: too many worker threads");
  }
  M* nm = sched.allm[id];
  if (!nm) {
    nm = new (GC_MALLOC_UNCOLLECTABLE(sizeof(M))) M();
    sched.allm[id] = nm;
  }
  nm->id = id;
  nm->nextp = p;
  nm->spinning = spinning;
  nm->alive = true;
  nm->rand = 0x9E3779B97F4A7C15ull * std::uint64_t(id + 1) ^ std::uint64_t(nanotime());
  sched.mcount_alive++;
  sched.nm.store(id + 1);
  sched.lock.unlock();
  start_thread(nm);
}

// Starts a spinning worker if there is an idle processor and nobody is already looking for work.
static void wakep() {
  if (sched.npidle.load() == 0)
    return;
  int expected = 0;
  if (sched.nmspinning.load() != 0 || !sched.nmspinning.compare_exchange_strong(expected, 1))
    return;
  startm(nullptr, true);
}

void sched_timer_poke() {
  if (M* w = sched.timer_waiter.load())
    w->park.wakeup();
  else
    wakep();
}

// ---------------------------------------------------------------------------------------------
// G allocation

static void allg_add(G* g) {
  sched.allg_lock.lock();
  std::size_t n = sched.allg_len.load(std::memory_order_relaxed);
  G** arr = sched.allg.load(std::memory_order_relaxed);
  if (n == sched.allg_cap) {
    std::size_t cap = sched.allg_cap ? sched.allg_cap * 2 : 1024;
    // The old array stays reachable from the new one's last slot: a collector callback may
    // still be reading it, so it is never freed.
    G** na = static_cast<G**>(std::malloc((cap + 1) * sizeof(G*)));
    if (!na)
      fatal_error("runtime: out of memory");
    if (n)
      std::memcpy(na, arr, n * sizeof(G*));
    na[cap] = reinterpret_cast<G*>(arr);
    sched.allg.store(na, std::memory_order_release);
    sched.allg_cap = cap;
    arr = na;
  }
  arr[n] = g;
  sched.allg_len.store(n + 1, std::memory_order_release);
  sched.allg_lock.unlock();
}

static void g_entry(bctx::transfer_t t);
static void switch_finish_on_g(bctx::transfer_t t, G* g);

static G* main_g_cache = nullptr; // goroutine 1's G with its big stack, kept across runs

// A free goroutine stack, linked through its hot end (memory the last goroutine touched, so
// the link costs no page). Stacks are lent to goroutines when they first run and taken back
// when they exit: goroutines that are created faster than they run cost a G, not a stack, and
// a stack freed by one goroutine is reused warm by the next.
struct FreeStack {
  FreeStack* next;
  char* lo;
};

static void stack_take(G* g) {
  sched.stackfree_lock.lock();
  FreeStack* f = sched.stackfree;
  if (f)
    sched.stackfree = f->next;
  sched.stackfree_lock.unlock();
  if (f) {
    g->stack_lo = f->lo;
    g->stack_hi = reinterpret_cast<char*>(f + 1);
    return;
  }
  StackSlot slot = stack_alloc();
  g->stack_lo = slot.lo;
  g->stack_hi = slot.hi;
}

static void stack_give_back(G* g) {
  auto* f = reinterpret_cast<FreeStack*>(g->stack_hi) - 1;
  f->lo = g->stack_lo;
  g->stack_lo = g->stack_hi = nullptr;
  sched.stackfree_lock.lock();
  f->next = sched.stackfree;
  sched.stackfree = f;
  sched.stackfree_lock.unlock();
}

static G* galloc(bool big = false) {
  G* g = nullptr;
  if (big) {
    g = main_g_cache;
  } else {
    sched.gfree_lock.lock();
    g = sched.gfree;
    if (g)
      sched.gfree = g->schedlink;
    sched.gfree_lock.unlock();
  }
  if (!g) {
    g = new (GC_MALLOC_UNCOLLECTABLE(sizeof(G))) G();
    if (big) {
      StackSlot s = stack_alloc_big(kMainStackSize);
      g->stack_lo = s.lo;
      g->stack_hi = s.hi;
    }
    g->status.store(Gdead);
    allg_add(g);
  }
  return g;
}

static void gfree_put(G* g) {
  sched.gfree_lock.lock();
  g->schedlink = sched.gfree;
  sched.gfree = g;
  sched.gfree_lock.unlock();
}

static void spawn_g(G* g, void (*fn)(void*), void* arg);

void spawn(void (*fn)(void*), void* arg) {
  spawn_g(galloc(), fn, arg);
}

static void spawn_g(G* g, void (*fn)(void*), void* arg) {
  g->fn = fn;
  g->arg = arg;
  g->panic_slot = nullptr;
  g->eh = EhGlobals{};
  g->reason = WaitReason::None;
  g->select_done.store(0, std::memory_order_relaxed);
  g->id = sched.next_goid.fetch_add(1);
  g->ctx = nullptr; // not started: start_g gives it a stack and a context when it first runs
#ifdef MG_TSAN
  g->tsan_fiber = __tsan_create_fiber(0);
#endif
  sched.ngoroutines.fetch_add(1);
  race_release_to(g);
  g->status.store(Grunnable, std::memory_order_release);
  M* m = this_m();
  if (m && m->p) {
    runqput(m->p, g, true);
  } else {
    sched.lock.lock();
    globrunqput_locked(g);
    sched.lock.unlock();
  }
  if (sched.running.load())
    wakep();
}

void ready(G* g) {
  race_release_to(g);
  g->status.store(Grunnable, std::memory_order_release);
  M* m = this_m();
  if (m && m->p) {
    runqput(m->p, g, true);
  } else {
    sched.lock.lock();
    globrunqput_locked(g);
    sched.lock.unlock();
  }
  wakep();
}

std::atomic<std::uint32_t>& select_done(G* g) {
  return g->select_done;
}
std::int64_t goroutine_id(G* g) {
  return g->id;
}

// ---------------------------------------------------------------------------------------------
// Context switches. Each runs inside the GC "in_switch" window of design.md §5: nothing in it
// allocates or locks, and the worker is passed through the transfer data, never through TLS.

static inline void switch_enter(M* m) {
  for (;;) {
    m->in_switch.store(1, std::memory_order_seq_cst);
    if (!gc_pending.load(std::memory_order_seq_cst))
      return;
    m->in_switch.store(0, std::memory_order_seq_cst);
    while (gc_pending.load(std::memory_order_seq_cst))
      sched_yield();
  }
}

// A goroutine's first run: a stack (goroutine 1 keeps its own) and a context on it.
static void start_g(G* g) {
  if (!g->stack_lo)
    stack_take(g);
#ifdef MG_ASAN
  __asan_unpoison_memory_region(g->stack_lo, std::size_t(g->stack_hi - g->stack_lo));
#endif
#ifdef MG_RACE_EDGES
  // The panic slot lives at the top of the goroutine's own stack, which goexit0 maps anew: a
  // slot in the pooled G would carry the previous goroutine's accesses into this one.
  char* top = g->stack_hi - kRaceSlotBytes;
  *reinterpret_cast<void**>(top) = nullptr;
  g->ctx = bctx::make_fcontext(top, std::size_t(top - g->stack_lo), &g_entry);
#else
  g->ctx = bctx::make_fcontext(g->stack_hi, std::size_t(g->stack_hi - g->stack_lo), &g_entry);
#endif
}

// g0 -> g. Returns when g switches back to this worker's scheduler stack.
#ifdef MG_TSAN
__attribute__((no_sanitize("thread")))
#endif
static void
execute_switch(M* m, G* g) {
  switch_enter(m);
  m->curg = g;
  g->running.store(true, std::memory_order_relaxed);
  m->cur_stack_top.store(g->stack_hi, std::memory_order_relaxed);
#ifdef MG_ASAN
  __sanitizer_start_switch_fiber(&m->asan_fake, g->stack_lo,
                                 std::size_t(g->stack_hi - g->stack_lo));
#endif
#ifdef MG_TSAN
  __tsan_switch_to_fiber(g->tsan_fiber, kTsanSwitchFlags);
#endif
  bctx::transfer_t t = bctx::jump_fcontext(g->ctx, m);
#ifdef MG_ASAN
  __sanitizer_finish_switch_fiber(m->asan_fake, nullptr, nullptr);
#endif
  g->ctx = t.fctx;
  g->running.store(false, std::memory_order_relaxed);
  m->cur_stack_top.store(m->g0_top, std::memory_order_relaxed);
  m->curg = nullptr;
  m->in_switch.store(0, std::memory_order_seq_cst);
}

// Runs on g right after a switch into it, on whichever worker resumed it.
static void switch_finish_on_g(bctx::transfer_t t, G* g) {
  M* m = static_cast<M*>(t.data);
  m->g0ctx = t.fctx;
  race_acquire_from(g);
#ifdef MG_ASAN
  __sanitizer_finish_switch_fiber(g->asan_fake, &m->g0_stack_lo, &m->g0_stack_size);
#else
  (void)g;
#endif
  m->in_switch.store(0, std::memory_order_seq_cst);
}

// g -> g0 of the worker running g, with m->action telling the scheduler what to do with g.
#ifdef MG_TSAN
__attribute__((no_sanitize("thread")))
#endif
static void
switch_to_g0(M* m, G* g) {
  EhGlobals* eh = eh_globals();
  g->eh = *eh;
  *eh = EhGlobals{};
  bool exiting = m->action == Action::Exit;
  switch_enter(m);
#ifdef MG_ASAN
  __sanitizer_start_switch_fiber(exiting ? nullptr : &g->asan_fake, m->g0_stack_lo,
                                 m->g0_stack_size);
#else
  (void)exiting;
#endif
#ifdef MG_TSAN
  __tsan_switch_to_fiber(m->tsan_g0, kTsanSwitchFlags);
#endif
  bctx::transfer_t t = bctx::jump_fcontext(m->g0ctx, m);
  switch_finish_on_g(t, g);
  eh = eh_globals();
  *eh = g->eh;
}

static void goexit(G* g);

static void g_entry(bctx::transfer_t t) {
  M* m = static_cast<M*>(t.data);
  G* g = m->curg;
  switch_finish_on_g(t, g);
  try {
    g->fn(g->arg);
  } catch (...) {
    die_of_uncaught_panic(std::current_exception(), g->id);
  }
  goexit(g);
}

static void goexit(G* g) {
  if (g == sched.main_g && sched.exit_on_main_return) {
    std::fflush(nullptr);
    _exit(0);
  }
  M* m = this_m();
  m->action = Action::Exit;
  switch_to_g0(m, g);
  __builtin_unreachable();
}

void park(bool (*unlockf)(void*), void* arg, WaitReason reason, const mg::source_location& loc) {
  M* m = this_m();
  G* g = m->curg;
  if (!g)
    fatal_error("runtime: park outside a goroutine");
  g->reason = reason;
  g->wait_file = loc.file_name();
  g->wait_func = loc.function_name();
  g->wait_line = loc.line();
  g->status.store(Gwaiting, std::memory_order_release);
  m->action = Action::Park;
  m->unlockf = unlockf;
  m->unlock_arg = arg;
  switch_to_g0(m, g);
}

} // namespace mg::detail

namespace mg {
using namespace detail;

void gosched() {
  M* m = this_m();
  if (!m || !m->curg) {
    sched_yield();
    return;
  }
  m->action = Action::Yield;
  switch_to_g0(m, m->curg);
}

std::int64_t num_goroutine() {
  return sched.ngoroutines.load();
}

std::int64_t num_cpu() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof(set), &set) == 0)
    return CPU_COUNT(&set);
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? n : 1;
}

std::int64_t gomaxprocs(std::int64_t n) {
  int old = sched.nprocs.load();
  if (n <= 0 || !sched.running.load())
    return old;
  if (n > kMaxProcs)
    n = kMaxProcs;
  sched.lock.lock();
  old = sched.nprocs.load();
  if (n > old) {
    sched.nprocs.store(int(n));
    // Only retired processors come back through the idle list: one between an idle-list pop
    // and its new owner's acquirep has no owner yet but is not free either.
    for (int i = old; i < n; i++) {
      P* p = &sched.allp[i];
      if (p->retired) {
        p->retired = false;
        pidleput_locked(p);
      }
    }
  } else if (n < old) {
    // Processors past n retire: idle ones now, busy ones when their worker next schedules.
    sched.nprocs.store(int(n));
    for (P** pp = &sched.pidle; *pp;) {
      P* p = *pp;
      if (p->id >= n) {
        *pp = p->link;
        p->idle = false;
        p->retired = true;
        sched.npidle.fetch_sub(1);
        runqdrain_locked(p);
      } else {
        pp = &p->link;
      }
    }
  }
  sched.lock.unlock();
  for (int i = old; i < n; i++)
    wakep();
  return old;
}

[[noreturn]] void os_exit(std::int64_t code) {
  std::fflush(nullptr);
  _exit(int(code));
}

void enter_syscall() {
  M* m = this_m();
  if (!m || !m->curg || !m->p)
    return;
  G* g = m->curg;
  g->status.store(Gsyscall, std::memory_order_release);
  g->reason = WaitReason::Syscall;
  sched.lock.lock();
  P* p = m->p;
  m->p = nullptr;
  p->m = nullptr;
  sched.nsyscall++;
  bool work =
      !runqempty(p) || sched.runq_size.load(std::memory_order_relaxed) > 0 || timer_count() > 0;
  if (!work)
    pidleput_locked(p);
  sched.lock.unlock();
  if (work)
    startm(p, false);
}

void exit_syscall() {
  M* m = this_m();
  if (!m || !m->curg || m->p)
    return;
  G* g = m->curg;
  sched.lock.lock();
  P* p = pidleget_locked();
  if (p) {
    sched.nsyscall--;
    sched.lock.unlock();
    m->p = p;
    p->m = m;
    g->status.store(Grunning, std::memory_order_release);
    g->reason = WaitReason::None;
    return;
  }
  sched.lock.unlock();
  // No processor free: queue the goroutine and let this worker go idle.
  m->action = Action::SyscallNoP;
  switch_to_g0(m, g);
}

} // namespace mg

namespace mg::detail {

// ---------------------------------------------------------------------------------------------
// The scheduler loop

static void acquirep(M* m, P* p) {
  m->p = p;
  p->m = m;
}

static void resetspinning(M* m) {
  m->spinning = false;
  if (sched.nmspinning.fetch_sub(1) == 1)
    wakep();
}

static void checkdead_locked();

// Sleeps until given a processor; returns with m->p set, or with m->p null when stopping.
static void stopm(M* m) {
  for (;;) {
    if (sched.stopping.load())
      return;
    sched.lock.lock();
    if (sched.stopping.load()) {
      sched.lock.unlock();
      return;
    }
    m->park.clear();
    mput_locked(m);
    checkdead_locked();
    std::int64_t when = INT64_MAX;
    bool waiter = false;
    if (!m->no_timer_wait && timer_count() > 0) {
      M* expected = nullptr;
      if (sched.timer_waiter.compare_exchange_strong(expected, m)) {
        waiter = true;
        when = timer_next_when();
      }
    }
    sched.lock.unlock();
    if (waiter) {
      std::int64_t left = when - nanotime();
      if (left > 0)
        m->park.sleep_for(left);
    } else {
      m->park.sleep();
    }
    sched.lock.lock();
    if (waiter)
      sched.timer_waiter.store(nullptr);
    if (m->nextp) {
      P* p = m->nextp;
      m->nextp = nullptr;
      sched.lock.unlock();
      acquirep(m, p);
      m->no_timer_wait = false;
      return;
    }
    mremove_locked(m);
    if (sched.stopping.load()) {
      sched.lock.unlock();
      return;
    }
    P* p = pidleget_locked();
    sched.lock.unlock();
    if (p) {
      acquirep(m, p);
      m->no_timer_wait = false;
      return;
    }
    // Every processor is busy: they run the timers as they schedule.
    m->no_timer_wait = waiter;
  }
}

// Finds a goroutine to run, sleeping while there is none. Returns null when the scheduler stops.
// Reading the clock costs more than scheduling a goroutine: only read it when a timer exists.
static bool timer_due() {
  std::int64_t when = timer_next_when();
  return when != INT64_MAX && when <= nanotime();
}

static G* findrunnable(M* m) {
  for (;;) {
    if (sched.stopping.load())
      return nullptr;
    P* p = m->p;
    if (p && p->id >= sched.nprocs.load()) {
      sched.lock.lock();
      m->p = nullptr;
      p->m = nullptr;
      pidleput_locked(p); // retires it
      sched.lock.unlock();
      if (m->spinning) {
        m->spinning = false;
        sched.nmspinning.fetch_sub(1);
      }
      wakep();
      p = nullptr;
    }
    if (!p) {
      stopm(m);
      continue;
    }
    if (timer_due())
      run_timers(nanotime());
    G* g = nullptr;
    if (++p->schedtick % 61 == 0 && sched.runq_size.load(std::memory_order_relaxed) > 0) {
      sched.lock.lock();
      g = globrunqget_locked(p, 1);
      sched.lock.unlock();
      if (g)
        return g;
    }
    if ((g = runqget(p))) {
      return g;
    }
    if (sched.runq_size.load(std::memory_order_relaxed) > 0) {
      sched.lock.lock();
      g = globrunqget_locked(p, 0);
      sched.lock.unlock();
      if (g)
        return g;
    }
    // Steal, but keep the number of spinning workers at most half the busy ones.
    int nprocs = sched.nprocs;
    if (!m->spinning && 2 * sched.nmspinning.load() < nprocs - sched.npidle.load()) {
      m->spinning = true;
      sched.nmspinning.fetch_add(1);
    }
    if (m->spinning && nprocs > 1) {
      for (int round = 0; round < 4 && !g; round++) {
        std::uint32_t start = fastrand(m);
        for (int i = 0; i < nprocs && !g; i++) {
          P* v = &sched.allp[(start + i) % nprocs];
          if (v == p)
            continue;
          g = runqsteal(p, v, round == 3);
        }
      }
      if (g) {
        resetspinning(m);
        return g;
      }
    }
    if (timer_due())
      continue;
    // Nothing: give the processor back, then look once more (a ready() may have seen us
    // spinning and not woken anybody).
    sched.lock.lock();
    if (sched.runq_size.load(std::memory_order_relaxed) > 0) {
      g = globrunqget_locked(p, 0);
      sched.lock.unlock();
      if (m->spinning)
        resetspinning(m);
      return g;
    }
    m->p = nullptr;
    p->m = nullptr;
    pidleput_locked(p);
    sched.lock.unlock();
    bool was_spinning = m->spinning;
    if (m->spinning) {
      m->spinning = false;
      sched.nmspinning.fetch_sub(1);
    }
    if (was_spinning) {
      for (int i = 0; i < nprocs; i++) {
        if (!runqempty(&sched.allp[i])) {
          sched.lock.lock();
          P* np = pidleget_locked();
          sched.lock.unlock();
          if (np) {
            acquirep(m, np);
            m->spinning = true;
            sched.nmspinning.fetch_add(1);
          }
          break;
        }
      }
      if (m->p)
        continue;
    }
    stopm(m);
  }
}

static void goexit0(M* m, G* g) {
  g->status.store(Gdead, std::memory_order_release);
  g->fn = nullptr;
  g->arg = nullptr;
  g->panic_slot = nullptr;
#ifdef MG_TSAN
  __tsan_destroy_fiber(g->tsan_fiber);
  g->tsan_fiber = nullptr;
#endif
#ifdef MG_RACE_EDGES
  // The next goroutine on this pooled stack is unrelated to this one: mapping the stack anew
  // makes TSan forget its accesses (its mmap interceptor clears the shadow), where ordering
  // the two goroutines would hide real races between them.
  mmap(g->stack_lo, std::size_t(g->stack_hi - g->stack_lo), PROT_READ | PROT_WRITE,
       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
#endif
  (void)m;
  g->ctx = nullptr;
  bool is_main = g == sched.main_g;
  sched.ngoroutines.fetch_sub(1);
  if (g != main_g_cache) { // goroutine 1's G is kept for the next run, with its stack
    stack_give_back(g);
    gfree_put(g);
  }
  if (is_main) {
    sched.lock.lock();
    sched.main_alive = false;
    sched.lock.unlock();
    sched.main_done.wakeup();
  }
}

// Runs the parking goroutine's unlock function on this worker's scheduler stack. Under the
// race detector it runs as the goroutine (TSan's current fiber is g meanwhile): the unlock is
// the goroutine's own release of the lock it parked under, and the scheduler's fiber must not
// pick up the goroutine's history, or it would pass it on to every goroutine it starts.
static bool run_unlockf(M* m, G* g) {
#ifdef MG_RACE_EDGES
  __tsan_switch_to_fiber(g->tsan_fiber, kTsanSwitchFlags);
  bool parked = m->unlockf(m->unlock_arg);
  __tsan_switch_to_fiber(m->tsan_g0, kTsanSwitchFlags);
  return parked;
#else
  (void)g;
  return m->unlockf(m->unlock_arg);
#endif
}

static void schedule(M* m) {
  for (;;) {
    G* g = findrunnable(m);
    if (!g)
      return;
    g->status.store(Grunning, std::memory_order_release);
    g->reason = WaitReason::None;
    m->action = Action::None;
    if (!g->ctx)
      start_g(g);
    execute_switch(m, g);
    switch (m->action) {
    case Action::Park:
      if (!run_unlockf(m, g)) {
        g->status.store(Grunnable, std::memory_order_release);
        runqput(m->p, g, true);
      }
      break;
    case Action::Yield:
      g->status.store(Grunnable, std::memory_order_release);
      sched.lock.lock();
      globrunqput_locked(g);
      sched.lock.unlock();
      break;
    case Action::Exit:
      goexit0(m, g);
      break;
    case Action::SyscallNoP:
      g->status.store(Grunnable, std::memory_order_release);
      g->reason = WaitReason::None;
      sched.lock.lock();
      sched.nsyscall--;
      globrunqput_locked(g);
      sched.lock.unlock();
      wakep();
      break;
    case Action::None:
      break;
    }
    m->action = Action::None;
  }
}

static void* mstart(void* arg) {
  M* m = static_cast<M*>(arg);
  tls_m = m;
  // pthread_create is GC_pthread_create here (GC_THREADS): the thread is registered already.
  GC_stack_base sb;
  m->gc_handle = GC_get_my_stackbottom(&sb);
  m->g0_top = static_cast<char*>(sb.mem_base);
  m->cur_stack_top.store(m->g0_top);
  stack_setup_altstack();
#ifdef MG_TSAN
  m->tsan_g0 = __tsan_get_current_fiber();
#endif
  P* p = m->nextp;
  m->nextp = nullptr;
  acquirep(m, p);
  schedule(m);
  if (m->p) {
    sched.lock.lock();
    pidleput_locked(m->p);
    m->p->m = nullptr;
    m->p = nullptr;
    sched.lock.unlock();
  }
  m->gc_handle = nullptr;
  tls_m = nullptr;
  return nullptr;
}

static void start_thread(M* m) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 1 << 20);
  if (pthread_create(&m->thread, &attr, &mstart, m) != 0)
    fatal_error("runtime: cannot create worker thread");
  pthread_attr_destroy(&attr);
}

// ---------------------------------------------------------------------------------------------
// Boehm GC hooks (design.md §5)

static GC_on_collection_event_proc prev_event = nullptr;
static GC_push_other_roots_proc prev_push = nullptr;

static void on_gc_event(GC_EventType ev) {
  if (ev == GC_EVENT_PRE_STOP_WORLD) {
    gc_pending.store(1, std::memory_order_seq_cst);
    int n = sched.nm.load();
    for (int i = 0; i < n; i++) {
      M* m = sched.allm[i];
      while (m && m->in_switch.load(std::memory_order_seq_cst))
        __builtin_ia32_pause();
    }
  } else if (ev == GC_EVENT_POST_STOP_WORLD) {
    int n = sched.nm.load();
    for (int i = 0; i < n; i++) {
      M* m = sched.allm[i];
      if (!m || !m->gc_handle)
        continue;
      GC_stack_base sb;
      sb.mem_base = m->cur_stack_top.load(std::memory_order_relaxed);
      GC_set_stackbottom(m->gc_handle, &sb);
    }
    gc_pending.store(0, std::memory_order_seq_cst);
  }
  if (prev_event)
    prev_event(ev);
}

static void push_goroutine_stacks() {
  std::size_t n = sched.allg_len.load(std::memory_order_acquire);
  G** arr = sched.allg.load(std::memory_order_acquire);
  for (std::size_t i = 0; i < n; i++) {
    G* g = arr[i];
    std::uint32_t st = g->status.load(std::memory_order_relaxed);
    if (st == Gdead || g->running.load(std::memory_order_relaxed) || !g->ctx)
      continue;
    char* sp = static_cast<char*>(g->ctx);
    if (sp >= g->stack_lo && sp < g->stack_hi)
      GC_push_all_eager(sp, g->stack_hi);
  }
  int nm = sched.nm.load();
  for (int i = 0; i < nm; i++) {
    M* m = sched.allm[i];
    if (!m || !m->gc_handle || !m->curg || !m->g0ctx)
      continue;
    char* sp = static_cast<char*>(m->g0ctx);
    if (sp < m->g0_top)
      GC_push_all_eager(sp, m->g0_top);
  }
}

static void push_other_roots() {
  push_goroutine_stacks();
  if (prev_push)
    prev_push();
}

static void sigquit_handler(int) {
  dump_and_exit("SIGQUIT: quit", true, 2);
}

static void runtime_init_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    GC_INIT();
    GC_allow_register_threads();
#ifdef MG_TSAN
    // The collector's stop-the-world signals abort under ThreadSanitizer (design.md §7).
    GC_disable();
#endif
    prev_event = GC_get_on_collection_event();
    GC_set_on_collection_event(&on_gc_event);
    prev_push = GC_get_push_other_roots();
    GC_set_push_other_roots(&push_other_roots);
    stack_install_overflow_handler();
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    sa.sa_handler = &sigquit_handler;
    sa.sa_flags = SA_ONSTACK;
    sigaction(SIGQUIT, &sa, nullptr);
  });
}

static int default_procs() {
  if (const char* e = std::getenv("GOMAXPROCS")) {
    int n = std::atoi(e);
    if (n > 0)
      return n;
  }
  return int(mg::num_cpu());
}

// Starts the workers with `fn` as goroutine 1.
static void sched_start(int procs, void (*fn)(void*), void* arg) {
  runtime_init_once();
  if (procs <= 0)
    procs = default_procs();
  if (procs > kMaxProcs)
    procs = kMaxProcs;
  sched.nprocs.store(procs);
  sched.allp = new P[kMaxProcs];
  sched.pidle = nullptr;
  sched.npidle.store(0);
  for (int i = 0; i < kMaxProcs; i++) {
    sched.allp[i].id = i;
    sched.allp[i].retired = i >= procs;
  }
  for (int i = procs - 1; i >= 0; i--) {
    pidleput_locked(&sched.allp[i]);
  }
  sched.stopping.store(false);
  sched.next_goid.store(1);
  sched.main_alive = true;
  sched.main_done.clear();
  G* g = galloc(true);
  main_g_cache = g;
  sched.main_g = g;
  spawn_g(g, fn, arg);
  sched.running.store(true);
  startm(nullptr, false);
}

// Stops every worker after goroutine 1 returned, abandoning goroutines still alive.
static void sched_stop() {
  sched.stopping.store(true);
  // Workers check `stopping` under the lock before sleeping: pass through it so that none can
  // clear its note after the wake-ups below.
  sched.lock.lock();
  sched.lock.unlock();
  int n = sched.nm.load();
  for (int i = 0; i < n; i++)
    sched.allm[i]->park.wakeup();
  for (int i = 0; i < n; i++) {
    M* m = sched.allm[i];
    if (m->alive) {
      pthread_join(m->thread, nullptr);
      m->alive = false;
    }
  }
  sched.running.store(false);
  // Reset for the next run: every goroutine left behind is discarded.
  sched.runq_head = sched.runq_tail = nullptr;
  sched.runq_size.store(0);
  sched.midle = nullptr;
  sched.nmidle = 0;
  sched.nmspinning.store(0);
  sched.nsyscall = 0;
  sched.timer_waiter.store(nullptr);
  sched.nm.store(0);
  sched.mcount_alive = 0;
  for (int i = 0; i < n; i++) {
    M* m = sched.allm[i];
    m->p = m->nextp = nullptr;
    m->curg = nullptr;
    m->spinning = false;
    m->no_timer_wait = false;
    m->g0ctx = nullptr;
    m->park.clear();
  }
  std::size_t ng = sched.allg_len.load();
  G** arr = sched.allg.load();
  sched.gfree = nullptr;
  for (std::size_t i = 0; i < ng; i++) {
    G* g = arr[i];
    if (g->status.load() != Gdead) {
#ifdef MG_TSAN
      if (g->tsan_fiber)
        __tsan_destroy_fiber(g->tsan_fiber);
      g->tsan_fiber = nullptr;
#endif
      g->status.store(Gdead);
    }
    g->fn = nullptr;
    g->arg = nullptr;
    g->ctx = nullptr;
    g->running.store(false);
    if (g == main_g_cache)
      continue;
    g->schedlink = sched.gfree;
    sched.gfree = g;
  }
  sched.ngoroutines.store(0);
  timers_reset_all();
  delete[] sched.allp;
  sched.allp = nullptr;
  sched.main_g = nullptr;
  sched.pidle = nullptr;
  sched.npidle.store(0);
}

// ---------------------------------------------------------------------------------------------
// Deadlock detection and dumps

static void checkdead_locked() {
  if (!sched.main_alive || sched.stopping.load())
    return;
  if (sched.npidle.load() != sched.nprocs || sched.nsyscall > 0 ||
      sched.runq_size.load(std::memory_order_relaxed) > 0)
    return;
  if (timer_count() > 0)
    return;
  // Processors retired by GOMAXPROCS(n) may still be held by a worker running a goroutine, or
  // hold queued goroutines until that worker next schedules.
  for (int i = 0; i < kMaxProcs; i++)
    if (sched.allp[i].m.load() || !runqempty(&sched.allp[i]))
      return;
  if (sched.ngoroutines.load() == 0)
    return;
  dump_and_exit("fatal error: all goroutines are asleep - deadlock!", false, 2);
}

const char* wait_reason_string(WaitReason r) {
  switch (r) {
  case WaitReason::None:
    return "runnable";
  case WaitReason::ChanReceive:
    return "chan receive";
  case WaitReason::ChanSend:
    return "chan send";
  case WaitReason::ChanReceiveNilChan:
    return "chan receive (nil chan)";
  case WaitReason::ChanSendNilChan:
    return "chan send (nil chan)";
  case WaitReason::Select:
    return "select";
  case WaitReason::SelectNoCases:
    return "select (no cases)";
  case WaitReason::Sleep:
    return "sleep";
  case WaitReason::WaitGroupWait:
    return "sync.WaitGroup.Wait";
  case WaitReason::MutexLock:
    return "sync.Mutex.Lock";
  case WaitReason::RWMutexRLock:
    return "sync.RWMutex.RLock";
  case WaitReason::RWMutexLock:
    return "sync.RWMutex.Lock";
  case WaitReason::CondWait:
    return "sync.Cond.Wait";
  case WaitReason::TimerGoroutineIdle:
    return "timer goroutine (idle)";
  case WaitReason::Syscall:
    return "syscall";
  }
  return "waiting";
}

// Turns the function name of a blocking call's mg::source_location (__builtin_FUNCTION: the
// unqualified C++ name) into Go's spelling. Codegen keeps a Go function's name, appending "_"
// to names C++ reserves (main -> main_); goroutine bodies are lambdas ("operator()").
static void print_func(char* buf, std::size_t cap, const char* name) {
  if (!name || !*name) {
    std::snprintf(buf, cap, "main.?()");
    return;
  }
  if (std::strcmp(name, "operator()") == 0) {
    std::snprintf(buf, cap, "main.func()");
    return;
  }
  char tmp[256];
  std::snprintf(tmp, sizeof tmp, "%s", name);
  std::size_t n = std::strlen(tmp);
  if (n > 1 && tmp[n - 1] == '_')
    tmp[n - 1] = 0;
  std::snprintf(buf, cap, "main.%s()", tmp);
}

[[noreturn]] void dump_and_exit(const char* header, bool include_running, int status) {
  static std::atomic<int> dumping{0};
  if (dumping.exchange(1))
    for (;;)
      pause();
  char line[1024];
  int n = std::snprintf(line, sizeof line, "%s\n", header);
  (void)!write(2, line, std::size_t(n));
  std::size_t ng = sched.allg_len.load(std::memory_order_acquire);
  G** arr = sched.allg.load(std::memory_order_acquire);
  // Go lists goroutines in id order; ids are assigned in creation order but Gs are reused.
  std::int64_t last = 0;
  for (;;) {
    G* best = nullptr;
    for (std::size_t i = 0; i < ng; i++) {
      G* g = arr[i];
      std::uint32_t st = g->status.load();
      if (st == Gdead || st == Gidle || g->id <= last)
        continue;
      if (!best || g->id < best->id)
        best = g;
    }
    if (!best)
      break;
    last = best->id;
    std::uint32_t st = best->status.load();
    const char* state = st == Grunning   ? "running"
                        : st == Gsyscall ? "syscall"
                                         : wait_reason_string(best->reason);
    if (st == Grunnable)
      state = "runnable";
    if (st == Grunning && !include_running)
      continue;
    n = std::snprintf(line, sizeof line, "\ngoroutine %lld [%s]:\n", (long long)best->id, state);
    (void)!write(2, line, std::size_t(n));
    if (st == Gwaiting && best->wait_file) {
      char fn[512];
      print_func(fn, sizeof fn, best->wait_func);
      n = std::snprintf(line, sizeof line, "%s\n\t%s:%u\n", fn, best->wait_file, best->wait_line);
      (void)!write(2, line, std::size_t(n));
    }
  }
  _exit(status);
}

} // namespace mg::detail

namespace mg {

static int saved_argc = 0;
static char** saved_argv = nullptr;
int process_argc() {
  return saved_argc;
}
char** process_argv() {
  return saved_argv;
}

void run_scheduler_raw(int procs, void (*fn)(void*), void* arg) {
  sched_start(procs, fn, arg);
  sched.main_done.sleep();
  sched_stop();
}

[[noreturn]] int run_main(int argc, char** argv, void (*main_fn)()) {
  saved_argc = argc;
  saved_argv = argv;
  sched.exit_on_main_return = true;
  sched_start(
      0, [](void* a) { reinterpret_cast<void (*)()>(a)(); }, reinterpret_cast<void*>(main_fn));
  for (;;)
    sched.main_done.sleep();
}

// Per-goroutine storage for the panic machinery (goroutine_local.h).
static thread_local void* thread_panic_slot = nullptr;

MG_NOINLINE std::int64_t current_goroutine_id() {
  G* g = current_g();
  return g ? g->id : 1;
}

MG_NOINLINE void** current_goroutine_panic_slot() {
  G* g = current_g();
  if (g)
#ifdef MG_RACE_EDGES
    return reinterpret_cast<void**>(g->stack_hi - kRaceSlotBytes);
#else
    return &g->panic_slot;
#endif
  asm volatile("" ::: "memory");
  return &thread_panic_slot;
}

} // namespace mg
