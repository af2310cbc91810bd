// math/rand over a splitmix64-seeded xoshiro-style 64-bit generator. The global source is
// shared by all goroutines: a spin lock guards it (held for a few instructions only).
#include "minigo/rand.h"
#include "minigo/defer.h"
#include "minigo/hash.h"
#include "minigo/map.h"

#include <atomic>

namespace mg::rand {

namespace {

std::uint64_t next(Source* s) {
  // splitmix64: a full-period 64-bit generator with good statistical quality.
  std::uint64_t z = (s->state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

Source global_src{0};
bool global_seeded = false;
std::atomic_flag global_lock = ATOMIC_FLAG_INIT;

std::uint64_t global_next() {
  while (global_lock.test_and_set(std::memory_order_acquire)) {
  }
  if (!global_seeded) {
    global_src.state = fastrand();
    global_seeded = true;
  }
  std::uint64_t v = next(&global_src);
  global_lock.clear(std::memory_order_release);
  return v;
}

// Uniform in [0, n) without modulo bias (rejection sampling).
std::uint64_t below(std::uint64_t n, std::uint64_t (*gen)(void*), void* ctx) {
  std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
  for (;;) {
    std::uint64_t v = gen(ctx);
    if (v < limit)
      return v % n;
  }
}
std::uint64_t gen_global(void*) {
  return global_next();
}
std::uint64_t gen_rand(void* r) {
  return next(static_cast<Rand*>(r)->src);
}

[[noreturn]] void bad(const char* what) {
  panic_string(string(what));
}

} // namespace

Source* NewSource(std::int64_t seed) {
  return gc_new<Source>(Source{hash_mix(std::uint64_t(seed))});
}
Rand* New(Source* src) {
  return gc_new<Rand>(Rand{src});
}

void Seed(std::int64_t seed) {
  while (global_lock.test_and_set(std::memory_order_acquire)) {
  }
  global_src.state = hash_mix(std::uint64_t(seed));
  global_seeded = true;
  global_lock.clear(std::memory_order_release);
}

std::int64_t Int63() {
  return std::int64_t(global_next() >> 1);
}
std::uint32_t Uint32() {
  return std::uint32_t(global_next() >> 32);
}
std::uint64_t Uint64() {
  return global_next();
}
std::int32_t Int31() {
  return std::int32_t(global_next() >> 33);
}
std::int64_t Int() {
  return Int63();
}
std::int64_t Int63n(std::int64_t n) {
  if (n <= 0)
    bad("invalid argument to Int63n");
  return std::int64_t(below(std::uint64_t(n), gen_global, nullptr));
}
std::int32_t Int31n(std::int32_t n) {
  if (n <= 0)
    bad("invalid argument to Int31n");
  return std::int32_t(below(std::uint64_t(n), gen_global, nullptr));
}
std::int64_t Intn(std::int64_t n) {
  if (n <= 0)
    bad("invalid argument to Intn");
  return std::int64_t(below(std::uint64_t(n), gen_global, nullptr));
}
double Float64() {
  return double(global_next() >> 11) / double(std::uint64_t(1) << 53);
}
float Float32() {
  return float(global_next() >> 40) / float(std::uint64_t(1) << 24);
}

slice<std::int64_t> Perm(std::int64_t n) {
  slice<std::int64_t> m = make_slice<std::int64_t>(n);
  for (std::int64_t i = 0; i < n; i++) {
    std::int64_t j = std::int64_t(below(std::uint64_t(i + 1), gen_global, nullptr));
    m[i] = m[j];
    m[j] = i;
  }
  return m;
}

void Shuffle(std::int64_t n, const func<void(std::int64_t, std::int64_t)>& swap) {
  if (n < 0)
    bad("invalid argument to Shuffle");
  for (std::int64_t i = n - 1; i > 0; i--)
    swap(i, std::int64_t(below(std::uint64_t(i + 1), gen_global, nullptr)));
}

std::int64_t Rand_Int63(Rand* r) {
  return std::int64_t(next(deref(r).src) >> 1);
}
std::int64_t Rand_Int(Rand* r) {
  return Rand_Int63(r);
}
std::int64_t Rand_Intn(Rand* r, std::int64_t n) {
  if (n <= 0)
    bad("invalid argument to Intn");
  return std::int64_t(below(std::uint64_t(n), gen_rand, &deref(r)));
}
std::int64_t Rand_Int63n(Rand* r, std::int64_t n) {
  if (n <= 0)
    bad("invalid argument to Int63n");
  return std::int64_t(below(std::uint64_t(n), gen_rand, &deref(r)));
}
std::int32_t Rand_Int31n(Rand* r, std::int32_t n) {
  if (n <= 0)
    bad("invalid argument to Int31n");
  return std::int32_t(below(std::uint64_t(n), gen_rand, &deref(r)));
}
double Rand_Float64(Rand* r) {
  return double(next(deref(r).src) >> 11) / double(std::uint64_t(1) << 53);
}
slice<std::int64_t> Rand_Perm(Rand* r, std::int64_t n) {
  slice<std::int64_t> m = make_slice<std::int64_t>(n);
  for (std::int64_t i = 0; i < n; i++) {
    std::int64_t j = std::int64_t(below(std::uint64_t(i + 1), gen_rand, &deref(r)));
    m[i] = m[j];
    m[j] = i;
  }
  return m;
}
void Rand_Shuffle(Rand* r, std::int64_t n, const func<void(std::int64_t, std::int64_t)>& swap) {
  if (n < 0)
    bad("invalid argument to Shuffle");
  for (std::int64_t i = n - 1; i > 0; i--)
    swap(i, std::int64_t(below(std::uint64_t(i + 1), gen_rand, &deref(r))));
}
void Rand_Seed(Rand* r, std::int64_t seed) {
  deref(r).src->state = hash_mix(std::uint64_t(seed));
}

} // namespace mg::rand
