// Timer tests: Sleep, After, Timer Stop/Reset, Ticker, AfterFunc, many sleepers at once, and
// timers started and stopped from many goroutines.
#include "minigo/select.h"
#include "minigo/sync.h"
#include "minigo/time.h"
#include "rt_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <sys/resource.h>
#include <vector>

namespace {
using mg::testing::scaled;
namespace tm = mg::time;

class Time : public mg::testing::Workers {};
MG_WORKER_SUITE(Time);

TEST_P(Time, SleepWaitsAtLeastTheDuration) {
  tm::Duration d = 0;
  run([&] {
    auto start = tm::Now();
    tm::Sleep(5 * tm::Millisecond);
    d = tm::Since(start);
  });
  EXPECT_GE(d, 5 * tm::Millisecond);
  EXPECT_LT(d, 500 * tm::Millisecond);
}

TEST_P(Time, AfterDelivers) {
  run([&] {
    auto start = tm::Now();
    tm::Time t = tm::After(2 * tm::Millisecond).recv();
    EXPECT_TRUE(t.After(start));
    EXPECT_GE(tm::Since(start), 2 * tm::Millisecond);
  });
}

TEST_P(Time, TimerStopAndReset) {
  run([&] {
    tm::Timer* t = tm::NewTimer(tm::Hour);
    EXPECT_TRUE(t->Stop());
    EXPECT_FALSE(t->Stop());
    EXPECT_FALSE(t->Reset(tm::Millisecond));
    t->C.recv();
    EXPECT_FALSE(t->Stop());
    EXPECT_FALSE(t->Reset(tm::Hour));
    EXPECT_TRUE(t->Reset(tm::Millisecond));
    t->C.recv();
  });
}

TEST_P(Time, TimeoutInSelect) {
  run([&] {
    auto never = mg::make_chan<int>();
    int v;
    tm::Time t;
    mg::select_case cs[] = {mg::select_recv(never, &v),
                            mg::select_recv(tm::After(tm::Millisecond), &t)};
    EXPECT_EQ(mg::select(cs, 2, false), 1);
  });
}

TEST_P(Time, TickerTicksUntilStopped) {
  int ticks = 0;
  run([&] {
    tm::Ticker* tk = tm::NewTicker(tm::Millisecond);
    for (int i = 0; i < 5; i++) {
      tk->C.recv();
      ticks++;
    }
    tk->Stop();
    tk->Reset(2 * tm::Millisecond);
    tk->C.recv();
    tk->Stop();
    EXPECT_ANY_THROW(tm::NewTicker(0));
    EXPECT_TRUE(tm::Tick(0) == nullptr);
    tm::Tick(tm::Millisecond).recv();
  });
  EXPECT_EQ(ticks, 5);
}

TEST_P(Time, AfterFuncRunsUnlessStopped) {
  std::atomic<int> ran{0};
  run([&] {
    auto done = mg::make_chan<int>();
    tm::AfterFunc(tm::Millisecond, [&, done] {
      ran++;
      done.send(1);
    });
    tm::Timer* t = tm::AfterFunc(tm::Hour, [&] { ran += 100; });
    done.recv();
    EXPECT_TRUE(t->Stop());
  });
  EXPECT_EQ(ran.load(), 1);
}

TEST_P(Time, ManySleepersNeedNoThreads) {
  const int n = int(scaled(20000, 10));
  std::atomic<int> woke{0};
  tm::Duration took = 0;
  run([&] {
    auto start = tm::Now();
    mg::sync::WaitGroup wg;
    for (int i = 0; i < n; i++) {
      wg.Add(1);
      mg::go([&, i] {
        tm::Sleep(tm::Duration(1 + i % 10) * tm::Millisecond);
        woke++;
        wg.Done();
      });
    }
    wg.Wait();
    took = tm::Since(start);
  });
  EXPECT_EQ(woke.load(), n);
  EXPECT_LT(took, 5 * tm::Second);
}

// Timers started, stopped and reset from many goroutines: every timer either fired once or
// was stopped, never both.
TEST_P(Time, TimersStartedAndStoppedConcurrently) {
  const int ng = 16, per = int(scaled(200, 4));
  std::atomic<long> fired{0}, stopped{0};
  run([&] {
    mg::sync::WaitGroup wg;
    for (int g = 0; g < ng; g++) {
      wg.Add(1);
      mg::go([&, g] {
        for (int i = 0; i < per; i++) {
          tm::Timer* t = tm::NewTimer(tm::Duration((i + g) % 3) * 200 * tm::Microsecond);
          if (i % 2 == 0 && t->Stop()) {
            stopped++;
          } else {
            t->C.recv();
            fired++;
          }
        }
        wg.Done();
      });
    }
    wg.Wait();
  });
  EXPECT_EQ(fired.load() + stopped.load(), long(ng) * per);
}

double cpu_seconds() {
  rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// An idle program sleeps in the kernel: no worker spins while goroutines wait on timers.
TEST_P(Time, IdleProgramUsesNoCpu) {
  double cpu = 0;
  tm::Duration late = 0;
  run([&] {
    auto block = mg::make_chan<int>();
    mg::go([=] { block.recv(); }); // parked forever, no timer
    double before = cpu_seconds();
    auto start = tm::Now();
    tm::Sleep(300 * tm::Millisecond);
    late = tm::Since(start) - 300 * tm::Millisecond;
    cpu = cpu_seconds() - before;
    mg::close_chan(block);
  });
  EXPECT_LT(cpu, mg::testing::kSanitized ? 0.1 : 0.02);
  EXPECT_LT(late, 200 * tm::Millisecond);
}

// Judged on the median: a loaded machine may delay any single wake-up.
TEST_P(Time, ShortSleepWakesPromptly) {
  std::vector<tm::Duration> took;
  run([&] {
    for (int i = 0; i < 21; i++) {
      auto start = tm::Now();
      tm::Sleep(tm::Millisecond);
      took.push_back(tm::Since(start));
    }
  });
  std::sort(took.begin(), took.end());
  EXPECT_LT(took[took.size() / 2], (mg::testing::kSanitized ? 20 : 5) * tm::Millisecond);
}

TEST(TimeValues, Arithmetic) {
  tm::Time a = tm::Unix(100, 5);
  tm::Time b = a.Add(2 * tm::Second);
  EXPECT_EQ(b.Sub(a), 2 * tm::Second);
  EXPECT_TRUE(a.Before(b));
  EXPECT_TRUE(b.After(a));
  EXPECT_EQ(a.Unix(), 100);
  EXPECT_EQ(a.UnixNano(), 100 * tm::Second + 5);
  EXPECT_GT(tm::Now().Unix(), 1600000000);
}

} // namespace
