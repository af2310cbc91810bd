// Goroutine stacks: fixed-size slots carved from large MAP_NORESERVE reservations (pages are
// committed only when touched), with a guard zone at the low end of each slot, and the SIGSEGV
// handler (on a per-thread alternate signal stack) that turns a hit in a guard zone into Go's
// "stack overflow" fatal error.
//
// Guard zones use MADV_GUARD_INSTALL where the kernel has it (Linux 6.13+): page-table markers
// that do not split the mapping, so a million stacks still cost one VMA per region. Older
// kernels fall back to mprotect, which splits the mapping: those guards are budgeted against
// vm.max_map_count, and slots past the budget run unguarded.
#include "sched_internal.h"

#include "minigo/panic.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_GUARD_INSTALL
#define MADV_GUARD_INSTALL 102
#endif

namespace mg::detail {

namespace {

// Slots are address space, not memory: a goroutine commits only the pages it touches, so a slot
// is sized for the deep recursions Go programs expect to work in any goroutine (a recursive
// flood fill 200,000 calls deep); Go's own limit is 1 GB. TSan keeps a fixed 64Ki-entry shadow
// call stack per fiber, which only a 1 MiB stack of 16-byte frames overflows before. ASan
// unpoisons a goroutine's whole slot when it starts (frames of the last goroutine on it may
// have been left poisoned), which at 64 MiB would cost 8 MiB of shadow writes per goroutine.
#if defined(MG_TSAN) || defined(MG_ASAN)
constexpr std::size_t kSlotSize = std::size_t(1) << 20; // guard included
#else
constexpr std::size_t kSlotSize = std::size_t(64) << 20;
#endif
constexpr std::size_t kGuardSize = 64 << 10; // frames larger than this are rare
constexpr std::size_t kSlotsPerRegion = 256;
constexpr std::size_t kRegionSize = kSlotSize * kSlotsPerRegion;
constexpr int kMaxRegions = 16384; // more than the address space holds at 64 MiB slots

SpinLock pool_lock;
struct Region {
  char* base;
  std::size_t size;
  std::size_t slot; // slot size: each slot starts with a guard zone
};
Region regions[kMaxRegions];
std::atomic<int> nregions{0};
char* cur_region = nullptr;
std::size_t cur_next = 0;
int guard_mode = -1; // 1: madvise guards, 0: mprotect guards while budget lasts
long mprotect_budget = 0;

void install_guard(char* slot) {
  if (guard_mode == 1)
    return; // done for the whole region
  if (mprotect_budget > 0 && mprotect(slot, kGuardSize, PROT_NONE) == 0)
    mprotect_budget--;
}

void add_region(char* base, std::size_t size, std::size_t slot) {
  int n = nregions.load(std::memory_order_relaxed);
  if (n >= kMaxRegions)
    fatal_error("runtime: too many goroutine stacks");
  regions[n] = Region{base, size, slot};
  nregions.store(n + 1, std::memory_order_release);
}

// Page tables: one page of them maps an aligned 2 MiB. A parked goroutine touches the top page of
// its slot, and the next slot's guard zone sits right above it; starting the slots 1 MiB past a
// 2 MiB boundary keeps both under one page-table page (4 KiB per goroutine instead of 8).
constexpr std::size_t kPageTableSpan = std::size_t(2) << 20;

void new_region() {
  void* p = mmap(nullptr, kRegionSize + kPageTableSpan, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED)
    fatal_error("runtime: cannot allocate goroutine stack");
  char* r = static_cast<char*>(p);
  std::uintptr_t off = reinterpret_cast<std::uintptr_t>(r) % kPageTableSpan;
  r += (kPageTableSpan / 2 + kPageTableSpan - off) % kPageTableSpan; // 1 MiB past a boundary
  if (guard_mode < 0) {
    guard_mode = madvise(r, kGuardSize, MADV_GUARD_INSTALL) == 0 ? 1 : 0;
    if (guard_mode == 0) {
      long max = 65530;
      if (FILE* f = std::fopen("/proc/sys/vm/max_map_count", "r")) {
        if (std::fscanf(f, "%ld", &max) != 1)
          max = 65530;
        std::fclose(f);
      }
      mprotect_budget = (max - 8192) / 2;
    }
  }
  if (guard_mode == 1) {
    for (std::size_t i = 0; i < kSlotsPerRegion; i++)
      madvise(r + i * kSlotSize, kGuardSize, MADV_GUARD_INSTALL);
  }
  add_region(r, kRegionSize, kSlotSize);
  cur_region = r;
  cur_next = 0;
}

// Which slot's guard zone holds `addr`, if any (async-signal-safe).
bool in_guard_zone(const char* addr) {
  int n = nregions.load(std::memory_order_acquire);
  for (int i = 0; i < n; i++) {
    const Region& r = regions[i];
    if (addr >= r.base && addr < r.base + r.size) {
      std::size_t off = std::size_t(addr - r.base) % r.slot;
      return off < kGuardSize;
    }
  }
  return false;
}

struct sigaction prev_segv;
struct sigaction prev_bus;

void write_str(const char* s) {
  (void)!write(2, s, std::strlen(s));
}

void segv_handler(int sig, siginfo_t* info, void* uctx) {
  const char* addr = static_cast<const char*>(info->si_addr);
  if (in_guard_zone(addr)) {
    write_str("runtime: goroutine stack exceeds 1000000000-byte limit\n");
    char buf[128];
    int n = std::snprintf(buf, sizeof buf, "runtime: sp=%p\nfatal error: stack overflow\n\n",
                          static_cast<const void*>(addr));
    (void)!write(2, buf, std::size_t(n));
    G* g = current_g();
    n = std::snprintf(buf, sizeof buf, "goroutine %lld [running]:\n",
                      (long long)(g ? goroutine_id(g) : 0));
    (void)!write(2, buf, std::size_t(n));
    _exit(2);
  }
  // Not ours: hand it to whoever was installed before (a sanitizer), or die of it.
  struct sigaction* prev = sig == SIGSEGV ? &prev_segv : &prev_bus;
  if (prev->sa_flags & SA_SIGINFO) {
    if (prev->sa_sigaction) {
      prev->sa_sigaction(sig, info, uctx);
      return;
    }
  } else if (prev->sa_handler != SIG_DFL && prev->sa_handler != SIG_IGN) {
    prev->sa_handler(sig);
    return;
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

} // namespace

std::size_t stack_size() {
  return kSlotSize - kGuardSize;
}

StackSlot stack_alloc() {
  pool_lock.lock();
  if (!cur_region || cur_next == kSlotsPerRegion)
    new_region();
  char* slot = cur_region + cur_next * kSlotSize;
  cur_next++;
  install_guard(slot);
  pool_lock.unlock();
  return StackSlot{slot + kGuardSize, slot + kSlotSize};
}

StackSlot stack_alloc_big(std::size_t size) {
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                 -1, 0);
  if (p == MAP_FAILED)
    return stack_alloc();
  char* r = static_cast<char*>(p);
  pool_lock.lock();
  if (madvise(r, kGuardSize, MADV_GUARD_INSTALL) != 0)
    mprotect(r, kGuardSize, PROT_NONE); // one split mapping: within any budget
  add_region(r, size, size);
  pool_lock.unlock();
  return StackSlot{r + kGuardSize, r + size};
}

void stack_install_overflow_handler() {
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = &segv_handler;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, &prev_segv);
  sigaction(SIGBUS, &sa, &prev_bus);
}

void stack_setup_altstack() {
  // A stack-overflow fault cannot be handled on the stack that overflowed.
  stack_t cur;
  if (sigaltstack(nullptr, &cur) == 0 && !(cur.ss_flags & SS_DISABLE) && cur.ss_size >= 65536)
    return; // a sanitizer runtime already gave this thread one
  std::size_t sz = 256 << 10;
  void* p = mmap(nullptr, sz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    return;
  stack_t ss;
  ss.ss_sp = p;
  ss.ss_size = sz;
  ss.ss_flags = 0;
  sigaltstack(&ss, nullptr);
}

} // namespace mg::detail
