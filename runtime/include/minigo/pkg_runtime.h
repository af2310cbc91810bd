// Package runtime as minigo programs see it: NumGoroutine, Gosched, GOMAXPROCS, NumCPU, over
// the scheduler's own entry points (sched.h).
#pragma once
#include "minigo/sched.h"

#include <cstdint>

namespace mg::runtime {

inline void Gosched() {
  mg::gosched();
}
inline std::int64_t NumGoroutine() {
  return mg::num_goroutine();
}
// Sets the number of processors when n > 0 and returns the previous setting.
inline std::int64_t GOMAXPROCS(std::int64_t n) {
  return mg::gomaxprocs(n);
}
inline std::int64_t NumCPU() {
  return mg::num_cpu();
}

} // namespace mg::runtime
