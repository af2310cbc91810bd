// Helpers shared by the runtime's tests: worker-count parameterisation and counts that shrink
// under the sanitizers (TSan allows about 8,000 live fibers, and both are much slower).
#pragma once
#include "minigo/sched.h"

#include <gtest/gtest.h>

#include <exception>

namespace mg::testing {

#if defined(MINIGO_RACE) || defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

// n normally, n / div under a sanitizer (at least 1).
inline long scaled(long n, long div = 10) {
  if (!kSanitized)
    return n;
  long s = n / div;
  return s > 0 ? s : 1;
}

// Tests parameterised over the number of workers (GOMAXPROCS).
class Workers : public ::testing::TestWithParam<int> {
protected:
  // Runs f as goroutine 1; an exception escaping f fails the test instead of killing it.
  template <class F> void run(F f) {
    std::exception_ptr err;
    mg::run_scheduler(GetParam(), [&] {
      try {
        f();
      } catch (...) {
        err = std::current_exception();
      }
    });
    if (err) {
      try {
        std::rethrow_exception(err);
      } catch (const std::exception& e) {
        FAIL() << "exception escaped goroutine 1: " << e.what();
      } catch (...) {
        FAIL() << "exception escaped goroutine 1";
      }
    }
  }
};

#define MG_WORKER_SUITE(Suite)                                                                     \
  INSTANTIATE_TEST_SUITE_P(                                                                        \
      Procs, Suite, ::testing::Values(1, 2, 4),                                                    \
      [](const ::testing::TestParamInfo<int>& i) { return "P" + std::to_string(i.param); })

} // namespace mg::testing
