// sync tests: mutual exclusion with goroutines parked on Mutex/RWMutex, WaitGroup's negative
// counter panic, Once under contention, and Cond as a producer/consumer queue.
#include "minigo/sync.h"
#include "minigo/time.h"
#include "rt_test_util.h"

#include <gtest/gtest.h>

#include <atomic>
#include <deque>

namespace {
using mg::testing::scaled;

class Sync : public mg::testing::Workers {};
MG_WORKER_SUITE(Sync);

TEST_P(Sync, MutexExcludes) {
  const int ng = 16, per = int(scaled(2000, 4));
  long counter = 0; // deliberately not atomic
  std::atomic<int> inside{0}, overlap{0};
  run([&] {
    mg::sync::Mutex mu;
    mg::sync::WaitGroup wg;
    for (int g = 0; g < ng; g++) {
      wg.Add(1);
      mg::go([&] {
        for (int i = 0; i < per; i++) {
          mu.Lock();
          if (inside.fetch_add(1) != 0)
            overlap++;
          counter++;
          if (i % 7 == 0)
            mg::gosched(); // hold the lock across a switch
          inside.fetch_sub(1);
          mu.Unlock();
        }
        wg.Done();
      });
    }
    wg.Wait();
    EXPECT_TRUE(mu.TryLock());
    EXPECT_FALSE(mu.TryLock());
    mu.Unlock();
  });
  EXPECT_EQ(counter, long(ng) * per);
  EXPECT_EQ(overlap.load(), 0);
}

TEST_P(Sync, RWMutexReadersShareWritersExclude) {
  const int per = int(scaled(1000, 4));
  std::atomic<int> readers{0}, writers{0}, bad{0};
  long value = 0;
  run([&] {
    mg::sync::RWMutex rw;
    mg::sync::WaitGroup wg;
    for (int g = 0; g < 12; g++) {
      wg.Add(1);
      mg::go([&, g] {
        for (int i = 0; i < per; i++) {
          if (g % 4 == 0) {
            rw.Lock();
            if (writers.fetch_add(1) != 0 || readers.load() != 0)
              bad++;
            value++;
            if (i % 5 == 0)
              mg::gosched();
            writers.fetch_sub(1);
            rw.Unlock();
          } else {
            rw.RLock();
            readers++;
            if (writers.load() != 0)
              bad++;
            if (i % 5 == 0)
              mg::gosched();
            readers--;
            rw.RUnlock();
          }
        }
        wg.Done();
      });
    }
    wg.Wait();
  });
  EXPECT_EQ(bad.load(), 0);
  EXPECT_EQ(value, 3L * per);
}

TEST_P(Sync, WaitGroupNegativeCounterPanics) {
  run([&] {
    mg::sync::WaitGroup wg;
    wg.Add(1);
    wg.Done();
    EXPECT_ANY_THROW(wg.Done());
  });
}

TEST_P(Sync, OnceRunsExactlyOnce) {
  std::atomic<int> calls{0}, after{0};
  run([&] {
    mg::sync::Once once;
    mg::sync::WaitGroup wg;
    for (int g = 0; g < 32; g++) {
      wg.Add(1);
      mg::go([&] {
        once.Do([&] {
          mg::time::Sleep(mg::time::Millisecond);
          calls++;
        });
        if (calls.load() == 1)
          after++;
        wg.Done();
      });
    }
    wg.Wait();
  });
  EXPECT_EQ(calls.load(), 1);
  EXPECT_EQ(after.load(), 32);
}

TEST_P(Sync, CondProducerConsumer) {
  const int n = int(scaled(5000, 5));
  long sum = 0;
  run([&] {
    mg::sync::Mutex mu;
    mg::sync::Cond* cond = mg::sync::NewCond(&mu);
    std::deque<int> q;
    bool done = false;
    mg::sync::WaitGroup wg;
    std::atomic<long> total{0};
    for (int c = 0; c < 4; c++) {
      wg.Add(1);
      mg::go([&] {
        long local = 0;
        mu.Lock();
        for (;;) {
          while (q.empty() && !done)
            cond->Wait();
          if (q.empty())
            break;
          local += q.front();
          q.pop_front();
        }
        mu.Unlock();
        total += local;
        wg.Done();
      });
    }
    for (int i = 1; i <= n; i++) {
      mu.Lock();
      q.push_back(i);
      mu.Unlock();
      if (i % 3 == 0)
        cond->Broadcast();
      else
        cond->Signal();
    }
    mu.Lock();
    done = true;
    mu.Unlock();
    cond->Broadcast();
    wg.Wait();
    sum = total.load();
  });
  EXPECT_EQ(sum, long(n) * (n + 1) / 2);
}

} // namespace
