// Scheduler internals shared by the runtime's own sources (sched, stack, timer, chan, select,
// sync): the G/M/P structures, futex notes, the stack pool and the timer heap hooks.
// Generated code never includes this header.
#pragma once
#include "minigo/sched.h"

#include <boost/context/detail/fcontext.hpp>

#include <atomic>
#include <cstddef>
#include <cstdint>

// MINIGO_RACE_DETECTOR: the runtime of `minigo build -race`. This file's scheduler is then
// compiled without instrumentation (as Go's runtime is under -race) and goroutine switches
// carry no happens-before edge of their own, so that only Go-level synchronisation (channels,
// sync, atomics, go statements, wake-ups) orders memory and races between goroutines that
// share a thread are still seen.
#if defined(MINIGO_RACE_DETECTOR)
#define MG_TSAN 1
#define MG_RACE_EDGES 1
#elif defined(__SANITIZE_THREAD__)
#define MG_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define MG_TSAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define MG_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MG_ASAN 1
#endif
#endif

#if defined(__clang__)
#define MG_NOINLINE __attribute__((noinline))
#else
#define MG_NOINLINE __attribute__((noinline, noipa))
#endif

namespace mg::detail {

namespace bctx = boost::context::detail;

// Mirrors libstdc++/libc++abi's per-thread __cxa_eh_globals; saved per goroutine across switches
// because a goroutine may park inside a catch block (deferred calls run while a panic unwinds).
struct EhGlobals {
  void* caught = nullptr;
  unsigned int uncaught = 0;
};

enum GStatus : std::uint32_t { Gidle, Grunnable, Grunning, Gwaiting, Gsyscall, Gdead };

struct M;
struct P;

struct G {
  bctx::fcontext_t ctx = nullptr; // saved context while not running
  char* stack_lo = nullptr;       // lowest usable byte (above the guard zone)
  char* stack_hi = nullptr;       // one past the highest byte
  std::int64_t id = 0;
  std::atomic<std::uint32_t> status{Gidle};
  std::atomic<bool> running{false}; // on some worker's CPU; read by the GC push callback
  void (*fn)(void*) = nullptr;
  void* arg = nullptr;
  void* panic_slot = nullptr;
  EhGlobals eh;
  WaitReason reason = WaitReason::None;
  const char* wait_file = nullptr;
  const char* wait_func = nullptr;
  std::uint32_t wait_line = 0;
  std::atomic<std::uint32_t> select_done{0};
  G* schedlink = nullptr;
  void* tsan_fiber = nullptr;
  void* asan_fake = nullptr;
};

// A one-shot futex wake-up (Go's note).
struct Note {
  std::atomic<std::uint32_t> key{0};
  void clear() { key.store(0, std::memory_order_relaxed); }
  void wakeup();
  void sleep();
  // Returns false on timeout.
  bool sleep_for(std::int64_t ns);
};

std::uint32_t fastrand();

// Monotonic nanoseconds.
std::int64_t nanotime();

// Stack slots carved from large MAP_NORESERVE reservations, with a guard zone at the low end.
struct StackSlot {
  char* lo;
  char* hi;
};
StackSlot stack_alloc();
// A one-off larger stack (goroutine 1, where deep recursion usually happens).
StackSlot stack_alloc_big(std::size_t size);
void stack_install_overflow_handler();
void stack_setup_altstack();
std::size_t stack_size();

// Timer heap (timer.cpp), run by workers that hold a processor.
std::int64_t timer_next_when(); // INT64_MAX when empty
std::int64_t timer_count();
void run_timers(std::int64_t now);
void timers_reset_all(); // between scheduler runs
// Called by the timer heap when a new earliest deadline appears.
void sched_timer_poke();

// Exits the process printing every goroutine's state (deadlock, SIGQUIT).
[[noreturn]] void dump_and_exit(const char* header, bool include_running, int status);

} // namespace mg::detail
