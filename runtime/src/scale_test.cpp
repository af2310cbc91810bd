// Scale tests (names contain "Scale" so they can be filtered): a million goroutines parked on
// one channel at once, then released; a million short goroutines created and joined. They
// print the peak RSS per parked goroutine. Sanitizer builds shrink the counts (TSan allows
// about 8,000 live fibers).
#include "minigo/chan.h"
#include "minigo/sync.h"
#include "rt_test_util.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <cstring>

namespace {
using mg::testing::kSanitized;

long rss_kib(const char* field) {
  FILE* f = std::fopen("/proc/self/status", "r");
  if (!f)
    return 0;
  char line[256];
  long v = 0;
  std::size_t n = std::strlen(field);
  while (std::fgets(line, sizeof line, f))
    if (std::strncmp(line, field, n) == 0)
      v = std::atol(line + n);
  std::fclose(f);
  return v;
}

TEST(Scale, MillionParkedGoroutines) {
  const long n = kSanitized ? 5000 : 1000000;
  std::atomic<long> got{0};
  long before = rss_kib("VmRSS:"), parked = 0;
  mg::run_scheduler(0, [&] {
    auto gate = mg::make_chan<long>();
    mg::sync::WaitGroup wg;
    wg.Add(n);
    for (long i = 0; i < n; i++) {
      mg::go([&, gate] {
        got += gate.recv();
        wg.Done();
      });
    }
    while (mg::num_goroutine() < n + 1 || gate.len() != 0)
      mg::gosched();
    // Let every goroutine reach its receive.
    for (int i = 0; i < 100; i++)
      mg::gosched();
    parked = rss_kib("VmRSS:");
    for (long i = 0; i < n; i++)
      gate.send(1);
    wg.Wait();
  });
  EXPECT_EQ(got.load(), n);
  std::printf("[ Scale    ] %ld parked goroutines: RSS %ld MiB -> %ld MiB, %.0f bytes each\n", n,
              before / 1024, parked / 1024, double(parked - before) * 1024.0 / double(n));
}

TEST(Scale, MillionShortGoroutines) {
  const long n = kSanitized ? 20000 : 1000000;
  std::atomic<long> sum{0};
  mg::run_scheduler(0, [&] {
    mg::sync::WaitGroup wg;
    for (long i = 0; i < n; i++) {
      wg.Add(1);
      mg::go([&, i] {
        sum += i;
        wg.Done();
      });
    }
    wg.Wait();
  });
  EXPECT_EQ(sum.load(), n * (n - 1) / 2);
}

} // namespace
