// Small runtime utilities: the fast per-thread random numbers used for map iteration starts
// and hash seeds.
#include "minigo/map.h"

#include <atomic>
#include <chrono>

namespace mg {

// Not inlined: a goroutine may move between threads, and a caller must not keep a cached
// address of another thread's state across a switch.
__attribute__((noinline)) std::uint64_t fastrand() {
  static std::atomic<std::uint64_t> seeder{
      std::uint64_t(std::chrono::steady_clock::now().time_since_epoch().count())};
  thread_local std::uint64_t state = 0;
  if (state == 0)
    state = hash_mix(seeder.fetch_add(0x9e3779b97f4a7c15ULL, std::memory_order_relaxed)) | 1;
  // xorshift64*
  state ^= state >> 12;
  state ^= state << 25;
  state ^= state >> 27;
  return state * 0x2545F4914F6CDD1DULL;
}

} // namespace mg
