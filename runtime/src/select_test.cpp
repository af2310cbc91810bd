// select tests: default, readiness, exactly-one semantics, uniform choice among ready cases,
// and a stress test of selects over many channels while they are closed concurrently.
#include "minigo/select.h"
#include "minigo/sync.h"
#include "minigo/time.h"
#include "rt_test_util.h"

#include <gtest/gtest.h>

#include <atomic>
#include <vector>

namespace {
using mg::testing::scaled;

class Select : public mg::testing::Workers {};
MG_WORKER_SUITE(Select);

TEST_P(Select, DefaultWhenNothingReady) {
  run([&] {
    auto a = mg::make_chan<int>();
    int v = 0;
    mg::select_case cs[] = {mg::select_recv(a, &v), mg::select_send(a, 1)};
    EXPECT_EQ(mg::select(cs, 2, true), -1);
    mg::chan<int> nil;
    mg::select_case ns[] = {mg::select_recv(nil, &v)};
    EXPECT_EQ(mg::select(ns, 1, true), -1);
  });
}

TEST_P(Select, ReceivesFromTheReadyCase) {
  run([&] {
    auto a = mg::make_chan<int>();
    auto b = mg::make_chan<int>(1);
    b.send(9);
    int va = 0, vb = 0;
    bool ok = false;
    mg::select_case cs[] = {mg::select_recv(a, &va), mg::select_recv(b, &vb, &ok)};
    EXPECT_EQ(mg::select(cs, 2, false), 1);
    EXPECT_EQ(vb, 9);
    EXPECT_TRUE(ok);
  });
}

TEST_P(Select, BlocksUntilACaseIsReady) {
  run([&] {
    auto a = mg::make_chan<int>();
    auto b = mg::make_chan<int>();
    auto out = mg::make_chan<int>();
    mg::go([=] {
      mg::time::Sleep(mg::time::Millisecond);
      b.send(5);
      out.recv();
    });
    int va = 0, vb = 0;
    mg::select_case cs[] = {mg::select_recv(a, &va), mg::select_recv(b, &vb)};
    EXPECT_EQ(mg::select(cs, 2, false), 1);
    EXPECT_EQ(vb, 5);
    mg::select_case ss[] = {mg::select_send(out, 1), mg::select_recv(a, &va)};
    EXPECT_EQ(mg::select(ss, 2, false), 0);
  });
}

TEST_P(Select, ClosedChannelIsReadyWithNotOk) {
  run([&] {
    auto a = mg::make_chan<int>();
    mg::go([=] {
      mg::time::Sleep(mg::time::Millisecond);
      mg::close_chan(a);
    });
    int v = 1;
    bool ok = true;
    mg::select_case cs[] = {mg::select_recv(a, &v, &ok)};
    EXPECT_EQ(mg::select(cs, 1, false), 0);
    EXPECT_FALSE(ok);
    EXPECT_EQ(v, 0);
    mg::select_case ss[] = {mg::select_send(a, 1)};
    EXPECT_ANY_THROW(mg::select(ss, 1, false));
  });
}

// Both cases always ready: each must win about half of 100,000 selects.
TEST_P(Select, ChoosesUniformlyAmongReadyCases) {
  const int n = 100000;
  int wins[3] = {0, 0, 0};
  run([&] {
    auto a = mg::make_chan<int>(1);
    auto b = mg::make_chan<int>(1);
    auto c = mg::make_chan<int>(1);
    a.send(0);
    b.send(0);
    c.send(0);
    int v;
    for (int i = 0; i < n; i++) {
      mg::select_case cs[] = {mg::select_recv(a, &v), mg::select_recv(b, &v),
                              mg::select_recv(c, &v)};
      int k = mg::select(cs, 3, false);
      wins[k]++;
      (k == 0 ? a : k == 1 ? b : c).send(0);
    }
  });
  for (int k = 0; k < 3; k++) {
    EXPECT_GT(wins[k], n / 3 - 1500) << k;
    EXPECT_LT(wins[k], n / 3 + 1500) << k;
  }
}

// Two goroutines select on both ends of the same unbuffered channels: every exchange completes
// exactly once on each side.
TEST_P(Select, SelectOnBothEnds) {
  const int n = int(scaled(20000, 10));
  long got = 0;
  run([&] {
    auto x = mg::make_chan<int>();
    auto y = mg::make_chan<int>();
    auto done = mg::make_chan<long>();
    mg::go([=] {
      long s = 0;
      int v;
      for (int i = 0; i < n; i++) {
        mg::select_case cs[] = {mg::select_recv(x, &v), mg::select_recv(y, &v)};
        mg::select(cs, 2, false);
        s += v;
      }
      done.send(s);
    });
    for (int i = 0; i < n; i++) {
      mg::select_case cs[] = {mg::select_send(x, 1), mg::select_send(y, 2)};
      mg::select(cs, 2, false);
    }
    got = done.recv();
  });
  EXPECT_GE(got, n);
  EXPECT_LE(got, 2L * n);
}

// Many goroutines select over many channels while others send and close them; each delivered
// value is counted once, and nobody is left blocked.
TEST_P(Select, ManyChannelsWithConcurrentCloses) {
  const int nch = 16;
  const int rounds = int(scaled(50, 5));
  std::atomic<long> sent{0}, recvd{0};
  run([&] {
    for (int r = 0; r < rounds; r++) {
      std::vector<mg::chan<int>> chs;
      for (int i = 0; i < nch; i++)
        chs.push_back(mg::make_chan<int>(i % 2));
      mg::sync::WaitGroup senders, receivers;
      for (int s = 0; s < nch; s++) {
        senders.Add(1);
        mg::go([&, s, ch = chs[std::size_t(s)]] {
          for (int i = 0; i < 10; i++) {
            try {
              ch.send(1);
              sent++;
            } catch (...) {
              break;
            }
          }
          senders.Done();
        });
      }
      for (int g = 0; g < 8; g++) {
        receivers.Add(1);
        mg::go([&] { // captures by reference: a closure's destructor never runs
          std::vector<int> vals(nch);
          std::vector<bool> open(nch, true);
          int live = nch;
          while (live > 0) {
            std::vector<mg::select_case> cs;
            std::vector<int> idx;
            std::unique_ptr<bool[]> oks(new bool[nch]);
            for (int i = 0; i < nch; i++) {
              if (!open[std::size_t(i)])
                continue;
              idx.push_back(i);
              cs.push_back(mg::select_recv(chs[std::size_t(i)], &vals[std::size_t(i)],
                                           &oks[std::size_t(cs.size())]));
            }
            int k = mg::select(cs.data(), int(cs.size()), false);
            if (oks[std::size_t(k)]) {
              recvd += vals[std::size_t(idx[std::size_t(k)])];
            } else {
              open[std::size_t(idx[std::size_t(k)])] = false;
              live--;
            }
          }
          receivers.Done();
        });
      }
      for (int i = 0; i < nch; i++) {
        if (i % 3 == 0)
          mg::gosched();
        mg::close_chan(chs[std::size_t(i)]);
      }
      senders.Wait();
      receivers.Wait();
    }
  });
  EXPECT_EQ(sent.load(), recvd.load());
}

} // namespace
