// Scheduler tests: spawning and joining, yielding, goroutine ids, exceptions held across
// switches, blocking-syscall hand-off, the GC seeing parked goroutines' stacks, and the fatal
// exits (deadlock, stack overflow, uncaught panic) checked as death tests.
#include "minigo/chan.h"
#include "minigo/defer.h"
#include "minigo/goroutine_local.h"
#include "minigo/sched.h"
#include "minigo/select.h"
#include "minigo/sync.h"
#include "minigo/time.h"
#include "rt_test_util.h"

#include <gc/gc.h>
#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <unistd.h>

namespace {
using mg::testing::scaled;

class Sched : public mg::testing::Workers {};
MG_WORKER_SUITE(Sched);

TEST_P(Sched, RunsGoroutineOne) {
  std::int64_t id = 0;
  run([&] { id = mg::current_goroutine_id(); });
  EXPECT_EQ(id, 1);
}

TEST_P(Sched, SpawnAndJoinMany) {
  const long n = scaled(20000, 5);
  std::atomic<long> sum{0};
  run([&] {
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

TEST_P(Sched, GoschedInterleaves) {
  std::atomic<int> turns{0};
  run([&] {
    mg::sync::WaitGroup wg;
    for (int g = 0; g < 4; g++) {
      wg.Add(1);
      mg::go([&] {
        for (int i = 0; i < 1000; i++) {
          turns++;
          mg::gosched();
        }
        wg.Done();
      });
    }
    wg.Wait();
  });
  EXPECT_EQ(turns.load(), 4000);
}

TEST_P(Sched, NumGoroutineCountsLiveOnes) {
  std::int64_t before = 0, during = 0, after = 0;
  run([&] {
    before = mg::num_goroutine();
    auto block = mg::make_chan<int>();
    mg::sync::WaitGroup wg;
    for (int i = 0; i < 10; i++) {
      wg.Add(1);
      mg::go([=, &wg] {
        block.recv();
        wg.Done();
      });
    }
    while (mg::num_goroutine() < before + 10)
      mg::gosched();
    during = mg::num_goroutine();
    mg::close_chan(block);
    wg.Wait();
    while (mg::num_goroutine() > before)
      mg::gosched();
    after = mg::num_goroutine();
  });
  EXPECT_EQ(before, 1);
  EXPECT_EQ(during, 11);
  EXPECT_EQ(after, 1);
  EXPECT_GE(mg::num_cpu(), 1);
}

TEST_P(Sched, GomaxprocsResizesTheProcessorSet) {
  std::int64_t first = 0, during = 0, after = 0;
  std::atomic<long> sum{0};
  run([&] {
    first = mg::gomaxprocs(0);
    for (std::int64_t procs : {1, 3, 2, 4, 1}) {
      mg::gomaxprocs(procs);
      during = mg::gomaxprocs(0);
      EXPECT_EQ(during, procs);
      mg::sync::WaitGroup wg;
      for (int i = 0; i < 200; i++) {
        wg.Add(1);
        mg::go([&, i] {
          mg::gosched();
          sum += i;
          wg.Done();
        });
      }
      wg.Wait();
    }
    after = mg::gomaxprocs(GetParam());
  });
  EXPECT_EQ(first, GetParam());
  EXPECT_EQ(after, 1);
  EXPECT_EQ(sum.load(), 5 * 199 * 200 / 2);
}

// A goroutine that parks inside a catch block and resumes on another worker must still see its
// own exception (rethrow works, uncaught_exceptions is its own).
TEST_P(Sched, ExceptionStateFollowsTheGoroutine) {
  std::atomic<int> ok{0};
  const int n = 16;
  run([&] {
    mg::sync::WaitGroup wg;
    for (int g = 0; g < n; g++) {
      wg.Add(1);
      mg::go([&, g] {
        try {
          throw std::runtime_error("boom" + std::to_string(g));
        } catch (const std::exception&) {
          for (int i = 0; i < 20; i++)
            mg::time::Sleep(100 * mg::time::Microsecond);
          try {
            throw;
          } catch (const std::runtime_error& e) {
            if (std::string(e.what()) == "boom" + std::to_string(g) &&
                std::uncaught_exceptions() == 0)
              ok++;
          }
        }
        wg.Done();
      });
    }
    wg.Wait();
  });
  EXPECT_EQ(ok.load(), n);
}

// Go's defer/recover inside goroutines, with deferred calls that park (and so may resume on
// another worker) while their frame is panicking.
TEST_P(Sched, DeferRecoverInsideGoroutinesAcrossSwitches) {
  const int n = 32;
  std::atomic<int> recovered{0};
  run([&] {
    auto tick = mg::make_chan<int>(n);
    mg::sync::WaitGroup wg;
    for (int g = 0; g < n; g++) {
      wg.Add(1);
      mg::go([&, g, tick] {
        mg::DeferFrame df;
        try {
          df.push([&wg] { wg.Done(); });
          df.push([&, g, tick] {
            tick.send(g); // parks when full, or not: both must work
            mg::time::Sleep(50 * mg::time::Microsecond);
            mg::iface r = mg::recover();
            if (!r.is_nil() && r.as<mg::string>() == mg::string("boom"))
              recovered++;
          });
          mg::gosched();
          mg::panic_string("boom");
        } catch (...) {
          df.panicking();
        }
        df.run();
      });
    }
    for (int i = 0; i < n; i++)
      tick.recv();
    wg.Wait();
  });
  EXPECT_EQ(recovered.load(), n);
}

int recurse(int depth) {
  volatile char pad[256];
  pad[0] = char(depth);
  if (depth == 0)
    return 0;
  int r = recurse(depth - 1);
  pad[1] = char(r); // a volatile store after the call keeps every frame alive
  return r + 1;
}

TEST_P(Sched, ModerateRecursionFits) {
  int r = -1;
  run([&] {
    auto done = mg::make_chan<int>();
    mg::go([=] { done.send(recurse(1000)); });
    r = done.recv();
  });
  EXPECT_EQ(r, 1000);
}

// Goroutine 1 has a bigger stack (recursion is usually there).
TEST_P(Sched, MainGoroutineRecursesDeep) {
  int r = -1;
  // Under TSan goroutine 1 has an ordinary 1 MiB stack (see kMainStackSize).
  const int depth = mg::testing::kSanitized ? 2000 : 100000;
  run([&] { r = recurse(depth); });
  EXPECT_EQ(r, depth);
}

// A goroutine blocked in a system call must not hold up the others, even with one worker.
TEST_P(Sched, BlockingSyscallHandsOffTheProcessor) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  std::atomic<long> work{0};
  char got = 0;
  run([&] {
    mg::sync::WaitGroup wg;
    wg.Add(1);
    mg::go([&] {
      mg::syscall_scope s;
      (void)!read(fds[0], &got, 1);
      wg.Done();
    });
    for (int i = 0; i < 100; i++) {
      wg.Add(1);
      mg::go([&] {
        work++;
        wg.Done();
      });
    }
    while (work.load() < 100)
      mg::time::Sleep(mg::time::Millisecond);
    (void)!write(fds[1], "x", 1);
    wg.Wait();
  });
  close(fds[0]);
  close(fds[1]);
  EXPECT_EQ(work.load(), 100);
  EXPECT_EQ(got, 'x');
}

struct Node {
  Node* next;
  long value;
};

// Goroutines build lists on the GC heap, park holding the only pointer to them on their own
// stacks, and check every node after many collections (design.md §5).
TEST_P(Sched, CollectorSeesParkedStacks) {
  const int ng = int(scaled(200, 4));
  const int nodes = 2000;
  const int rounds = int(scaled(20, 4));
  std::atomic<long> bad{0};
  run([&] {
    auto go_on = mg::make_chan<int>();
    mg::sync::WaitGroup built, wg;
    for (int g = 0; g < ng; g++) {
      built.Add(1);
      wg.Add(1);
      mg::go([&, g, go_on] {
        Node* head = nullptr;
        for (int i = 0; i < nodes; i++) {
          Node* n = static_cast<Node*>(GC_MALLOC(sizeof(Node)));
          n->next = head;
          n->value = g * nodes + i;
          head = n;
          if (i % 500 == 0)
            mg::gosched();
        }
        built.Done();
        for (int r = 0; r < rounds; r++) {
          go_on.recv(); // parked with `head` only on this stack
          long expect = g * nodes + nodes - 1;
          for (Node* n = head; n; n = n->next, expect--)
            if (n->value != expect)
              bad++;
          // churn so freed memory would be reused
          for (int i = 0; i < 50; i++) {
            Node* junk = static_cast<Node*>(GC_MALLOC(sizeof(Node)));
            junk->value = -1;
          }
        }
        wg.Done();
      });
    }
    built.Wait();
    for (int r = 0; r < rounds; r++) {
      GC_gcollect();
      for (int g = 0; g < ng; g++)
        go_on.send(r);
    }
    wg.Wait();
  });
  EXPECT_EQ(bad.load(), 0);
}

// ------------------------------------------------------------------------------------------
// Fatal exits

class SchedDeath : public ::testing::Test {
protected:
  void SetUp() override { GTEST_FLAG_SET(death_test_style, "threadsafe"); }
};

TEST_F(SchedDeath, DeadlockIsReported) {
  EXPECT_EXIT(mg::run_scheduler(2,
                                [] {
                                  auto ch = mg::make_chan<int>();
                                  mg::go([=] { ch.send(1); });
                                  mg::time::Sleep(mg::time::Millisecond);
                                  auto ch2 = mg::make_chan<int>();
                                  ch2.recv();
                                }),
              ::testing::ExitedWithCode(2),
              "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[chan "
              "receive\\]:\n.*\n\t.*sched_test.cpp:[0-9]+\n\ngoroutine 2 \\[chan send\\]:");
}

TEST_F(SchedDeath, WaitGroupDeadlockNamesTheReason) {
  EXPECT_EXIT(mg::run_scheduler(1,
                                [] {
                                  mg::sync::WaitGroup wg;
                                  wg.Add(1);
                                  wg.Wait();
                                }),
              ::testing::ExitedWithCode(2), "goroutine 1 \\[sync.WaitGroup.Wait\\]:");
}

TEST_F(SchedDeath, SelectForeverIsADeadlock) {
  EXPECT_EXIT(mg::run_scheduler(1, [] { mg::select(nullptr, 0, false); }),
              ::testing::ExitedWithCode(2), "goroutine 1 \\[select \\(no cases\\)\\]:");
}

int unbounded(int n) {
  volatile char pad[512];
  pad[0] = char(n);
  return unbounded(n + 1) + pad[0];
}

TEST_F(SchedDeath, StackOverflowIsFatal) {
  EXPECT_EXIT(mg::run_scheduler(2,
                                [] {
                                  auto done = mg::make_chan<int>();
                                  mg::go([=] { done.send(unbounded(0)); });
                                  done.recv();
                                }),
              ::testing::ExitedWithCode(2),
              "runtime: goroutine stack exceeds 1000000000-byte limit\n(.|\n)*fatal error: "
              "stack overflow");
}

TEST_F(SchedDeath, StackOverflowInGoroutineOneIsFatal) {
  EXPECT_EXIT(mg::run_scheduler(1, [] { unbounded(0); }), ::testing::ExitedWithCode(2),
              "runtime: goroutine stack exceeds 1000000000-byte limit\n(.|\n)*fatal error: "
              "stack overflow(.|\n)*goroutine 1 \\[running\\]");
}

TEST_F(SchedDeath, UncaughtPanicInAGoroutineExits2) {
  EXPECT_EXIT(mg::run_scheduler(2,
                                [] {
                                  auto done = mg::make_chan<int>();
                                  mg::go([=] {
                                    auto c = mg::make_chan<int>();
                                    mg::close_chan(c);
                                    mg::close_chan(c);
                                    done.send(1);
                                  });
                                  done.recv();
                                }),
              ::testing::ExitedWithCode(2), "panic: .*close of closed channel");
}

TEST_F(SchedDeath, SigquitDumpsGoroutines) {
  EXPECT_EXIT(mg::run_scheduler(2,
                                [] {
                                  auto ch = mg::make_chan<int>();
                                  auto started = mg::make_chan<int>();
                                  mg::go([=] {
                                    started.send(1);
                                    ch.recv();
                                  });
                                  // Goroutine 2 has started (its first run may have to
                                  // map a stack region); give it time to reach recv.
                                  started.recv();
                                  mg::time::Sleep(50 * mg::time::Millisecond);
                                  kill(getpid(), SIGQUIT);
                                  mg::time::Sleep(mg::time::Second);
                                }),
              ::testing::ExitedWithCode(2), "SIGQUIT: quit(.|\n)*goroutine 2 \\[chan receive\\]");
}

} // namespace
