// Go's math/rand package (C++ namespace mg::rand): the same API as Go, with its own generator
// (Go's sequences are not reproduced; the issue allows that). The top-level functions share
// one source seeded randomly at start (Go 1.20+ behaviour) unless Seed is called; *rand.Rand
// values from New(NewSource(seed)) are deterministic per seed.
#pragma once
#include "minigo/func.h"
#include "minigo/iface.h"
#include "minigo/slice.h"

#include <cstdint>

namespace mg::rand {

struct Source {
  std::uint64_t state;
};
struct Rand {
  Source* src;
};

Source* NewSource(std::int64_t seed);
Rand* New(Source* src);

void Seed(std::int64_t seed);
std::int64_t Int63();
std::uint32_t Uint32();
std::uint64_t Uint64();
std::int32_t Int31();
std::int64_t Int();
std::int64_t Int63n(std::int64_t n);
std::int32_t Int31n(std::int32_t n);
std::int64_t Intn(std::int64_t n);
double Float64();
float Float32();
slice<std::int64_t> Perm(std::int64_t n);
void Shuffle(std::int64_t n, const func<void(std::int64_t, std::int64_t)>& swap);

std::int64_t Rand_Int63(Rand* r);
std::int64_t Rand_Int(Rand* r);
std::int64_t Rand_Intn(Rand* r, std::int64_t n);
std::int64_t Rand_Int63n(Rand* r, std::int64_t n);
std::int32_t Rand_Int31n(Rand* r, std::int32_t n);
double Rand_Float64(Rand* r);
slice<std::int64_t> Rand_Perm(Rand* r, std::int64_t n);
void Rand_Shuffle(Rand* r, std::int64_t n, const func<void(std::int64_t, std::int64_t)>& swap);
void Rand_Seed(Rand* r, std::int64_t seed);

} // namespace mg::rand
