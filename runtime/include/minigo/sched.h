// The goroutine scheduler's public face: program entry, the go statement, the runtime package
// subset, blocking-syscall hand-off, and the small parking API that channels, select, timers and
// sync build on. The scheduler itself (G-M-P, stacks, GC hooks) lives in src/sched.cpp.
#pragma once
#include "minigo/gc.h"

#include "minigo/source_location.h"
#include <atomic>
#include <cstdint>
#include <type_traits>
#include <utility>

namespace mg {

// Runs `main_fn` as goroutine 1 on GOMAXPROCS worker threads and exits the process with status 0
// as soon as it returns, whatever other goroutines are doing.
//   int main(int argc, char** argv) { return mg::run_main(argc, argv, &main_main); }
[[noreturn]] int run_main(int argc, char** argv, void (*main_fn)());

// The command line given to run_main (os.Args).
int process_argc();
char** process_argv();

// Runs `fn` as goroutine 1 on `procs` workers (0: GOMAXPROCS default) and returns when it does;
// goroutines still parked then are abandoned. For runtime tests and embedding, not generated code.
//   mg::run_scheduler(4, [] { mg::go([] { ... }); });
void run_scheduler_raw(int procs, void (*fn)(void*), void* arg);
template <class F> void run_scheduler(int procs, F f) {
  run_scheduler_raw(
      procs, [](void* a) { (*static_cast<F*>(a))(); }, &f);
}

namespace detail {
struct G;
void spawn(void (*fn)(void*), void* arg);
} // namespace detail

// The go statement: copies the callable to the GC heap and starts it as a new goroutine.
//   mg::go([=] { worker(id, jobs); });
// The callable's destructor never runs (it lives on the collected heap).
template <class F> void go(F&& f) {
  using Fn = std::decay_t<F>;
  Fn* c = mg::gc_new<Fn>(std::forward<F>(f));
  detail::spawn([](void* a) { (*static_cast<Fn*>(a))(); }, c);
}

// runtime.Gosched, runtime.NumGoroutine, runtime.GOMAXPROCS, runtime.NumCPU.
void gosched();
std::int64_t num_goroutine();
std::int64_t gomaxprocs(std::int64_t n);
std::int64_t num_cpu();

// os.Exit: exits now without running deferred calls.
[[noreturn]] void os_exit(std::int64_t code);

// Brackets a blocking system call so that the worker's processor runs other goroutines meanwhile.
//   { mg::syscall_scope s; n = ::read(fd, buf, len); }
void enter_syscall();
void exit_syscall();
struct syscall_scope {
  syscall_scope() { enter_syscall(); }
  ~syscall_scope() { exit_syscall(); }
  syscall_scope(const syscall_scope&) = delete;
  syscall_scope& operator=(const syscall_scope&) = delete;
};

namespace detail {

// A short-hold lock for runtime structures touched by goroutines: spins, then yields the thread;
// never sleeps in the kernel, so it is safe while a goroutine holds it across no blocking call.
// Zero-initialised memory is an unlocked SpinLock.
struct SpinLock {
  std::atomic<std::uint32_t> word{0};
  void lock() {
    if (word.exchange(1, std::memory_order_acquire) == 0)
      return;
    lock_slow();
  }
  bool try_lock() { return word.exchange(1, std::memory_order_acquire) == 0; }
  void unlock() { word.store(0, std::memory_order_release); }
  void lock_slow();
};

// Why a goroutine is parked; printed as Go prints it in deadlock reports and dumps.
enum class WaitReason : std::uint8_t {
  None,
  ChanReceive,
  ChanSend,
  ChanReceiveNilChan,
  ChanSendNilChan,
  Select,
  SelectNoCases,
  Sleep,
  WaitGroupWait,
  MutexLock,
  RWMutexRLock,
  RWMutexLock,
  CondWait,
  TimerGoroutineIdle,
  Syscall,
};
const char* wait_reason_string(WaitReason r);

// The goroutine running on this thread, or nullptr outside any goroutine.
G* current_g();

// Parks the current goroutine. Once its context is saved, `unlockf(arg)` runs on the scheduler
// stack (release the lock that protects the wait queue there, Go's gopark); if it returns false
// the goroutine is resumed at once. Another goroutine wakes it with ready().
void park(bool (*unlockf)(void*), void* arg, WaitReason reason, const mg::source_location& loc);

// Makes a parked goroutine runnable (next on this processor: what keeps ping-pong fast).
void ready(G* g);

// A word per goroutine that select uses to let exactly one case win.
std::atomic<std::uint32_t>& select_done(G* g);

// Debug/dump helpers.
std::int64_t goroutine_id(G* g);

} // namespace detail
} // namespace mg
