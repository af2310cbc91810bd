// Channel tests: hand-off, buffering, close semantics and Go's panics, plus stress tests that
// check sums and exactly-once delivery rather than timings.
#include "minigo/chan.h"
#include "minigo/sync.h"
#include "minigo/time.h"
#include "rt_test_util.h"

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <vector>

namespace {
using mg::testing::scaled;

class Chan : public mg::testing::Workers {};
MG_WORKER_SUITE(Chan);

TEST_P(Chan, UnbufferedHandOff) {
  long total = 0;
  run([&] {
    auto ping = mg::make_chan<long>();
    auto pong = mg::make_chan<long>();
    mg::go([=] {
      for (;;) {
        auto [v, ok] = ping.recv_ok();
        if (!ok)
          break;
        pong.send(v * 2);
      }
    });
    for (long i = 0; i < 10000; i++) {
      ping.send(i);
      total += pong.recv();
    }
    mg::close_chan(ping);
  });
  EXPECT_EQ(total, 2 * (10000L * 9999 / 2));
}

TEST_P(Chan, BufferedIsFifoWithLenAndCap) {
  run([&] {
    auto ch = mg::make_chan<int>(3);
    EXPECT_EQ(ch.cap(), 3);
    ch.send(1);
    ch.send(2);
    ch.send(3);
    EXPECT_EQ(ch.len(), 3);
    EXPECT_EQ(ch.recv(), 1);
    ch.send(4);
    EXPECT_EQ(ch.recv(), 2);
    EXPECT_EQ(ch.recv(), 3);
    EXPECT_EQ(ch.recv(), 4);
    EXPECT_EQ(ch.len(), 0);
  });
}

TEST_P(Chan, BlockedSenderOnFullBufferKeepsOrder) {
  std::vector<int> got;
  run([&] {
    auto ch = mg::make_chan<int>(2);
    mg::go([=] {
      for (int i = 0; i < 100; i++)
        ch.send(i);
      mg::close_chan(ch);
    });
    for (;;) {
      auto [v, ok] = ch.recv_ok();
      if (!ok)
        break;
      got.push_back(v);
    }
  });
  ASSERT_EQ(got.size(), 100u);
  for (int i = 0; i < 100; i++)
    EXPECT_EQ(got[i], i);
}

TEST_P(Chan, CloseDrainsBufferThenReportsClosed) {
  run([&] {
    auto ch = mg::make_chan<int>(2);
    ch.send(7);
    mg::close_chan(ch);
    auto [a, ok1] = ch.recv_ok();
    auto [b, ok2] = ch.recv_ok();
    EXPECT_EQ(a, 7);
    EXPECT_TRUE(ok1);
    EXPECT_EQ(b, 0);
    EXPECT_FALSE(ok2);
  });
}

TEST_P(Chan, CloseWakesEveryReceiver) {
  std::atomic<int> woke{0};
  run([&] {
    auto ch = mg::make_chan<int>();
    mg::sync::WaitGroup wg;
    for (int i = 0; i < 50; i++) {
      wg.Add(1);
      mg::go([&, ch] {
        auto [v, ok] = ch.recv_ok();
        if (!ok && v == 0)
          woke++;
        wg.Done();
      });
    }
    mg::time::Sleep(mg::time::Millisecond);
    mg::close_chan(ch);
    wg.Wait();
  });
  EXPECT_EQ(woke.load(), 50);
}

TEST_P(Chan, GoPanics) {
  run([&] {
    auto ch = mg::make_chan<int>(1);
    mg::close_chan(ch);
    EXPECT_ANY_THROW(ch.send(1));         // send on closed channel
    EXPECT_ANY_THROW(mg::close_chan(ch)); // close of closed channel
    mg::chan<int> nil;
    EXPECT_ANY_THROW(mg::close_chan(nil)); // close of nil channel
    EXPECT_ANY_THROW(mg::make_chan<int>(-1));
    EXPECT_EQ(nil.len(), 0);
    EXPECT_EQ(nil.cap(), 0);
    EXPECT_TRUE(nil == nullptr);
  });
}

TEST_P(Chan, CarriesNonTrivialValues) {
  run([&] {
    auto ch = mg::make_chan<std::shared_ptr<int>>(1);
    mg::go([=] { ch.send(std::make_shared<int>(5)); });
    EXPECT_EQ(*ch.recv(), 5);
  });
}

// 8 producers x 8 consumers; every message is received exactly once.
TEST_P(Chan, ManyProducersManyConsumersExactlyOnce) {
  const long per = scaled(200000, 20);
  const int np = 8, nc = 8;
  std::vector<std::atomic<std::uint8_t>> seen(std::size_t(np * per));
  std::atomic<long> sum{0}, count{0}, dup{0};
  for (int cap : {0, 64}) {
    for (auto& s : seen)
      s.store(0);
    sum = 0;
    count = 0;
    run([&] {
      auto ch = mg::make_chan<long>(cap);
      mg::sync::WaitGroup prod, cons;
      for (int p = 0; p < np; p++) {
        prod.Add(1);
        mg::go([&, p, ch] {
          for (long i = 0; i < per; i++)
            ch.send(p * per + i);
          prod.Done();
        });
      }
      for (int c = 0; c < nc; c++) {
        cons.Add(1);
        mg::go([&, ch] {
          long local = 0, n = 0;
          for (;;) {
            auto [v, ok] = ch.recv_ok();
            if (!ok)
              break;
            if (seen[std::size_t(v)].fetch_add(1) != 0)
              dup++;
            local += v;
            n++;
          }
          sum += local;
          count += n;
          cons.Done();
        });
      }
      prod.Wait();
      mg::close_chan(ch);
      cons.Wait();
    });
    const long total = np * per;
    EXPECT_EQ(count.load(), total) << "cap " << cap;
    EXPECT_EQ(sum.load(), total * (total - 1) / 2) << "cap " << cap;
    EXPECT_EQ(dup.load(), 0);
  }
}

// close racing with blocked senders and receivers: senders panic, receivers see !ok, and every
// value that was sent successfully is received exactly once.
TEST_P(Chan, CloseRacesBlockedSendersAndReceivers) {
  const int rounds = int(scaled(200, 10));
  std::atomic<long> sent{0}, received{0}, panicked{0}, closed_seen{0};
  run([&] {
    for (int r = 0; r < rounds; r++) {
      auto ch = mg::make_chan<int>(r % 3);
      mg::sync::WaitGroup wg;
      for (int i = 0; i < 8; i++) {
        wg.Add(2);
        mg::go([&, ch] {
          try {
            ch.send(1);
            sent++;
          } catch (...) {
            panicked++;
          }
          wg.Done();
        });
        mg::go([&, ch] {
          auto [v, ok] = ch.recv_ok();
          if (ok)
            received += v;
          else
            closed_seen++;
          wg.Done();
        });
      }
      if (r % 2)
        mg::gosched();
      mg::close_chan(ch);
      wg.Wait();
      // Whatever was left in the buffer was sent but not received.
      for (;;) {
        auto [v, ok] = ch.recv_ok();
        if (!ok)
          break;
        received += v;
      }
    }
  });
  EXPECT_EQ(sent.load(), received.load());
  EXPECT_EQ(sent.load() + panicked.load(), 8L * rounds);
}

} // namespace
