// Micro-benchmarks of the goroutine runtime: switch (Gosched between two goroutines), spawn and
// join, unbuffered ping-pong, buffered-channel throughput, and select over ready channels.
#include "minigo/chan.h"
#include "minigo/sched.h"
#include "minigo/select.h"
#include "minigo/sync.h"

#include <benchmark/benchmark.h>

namespace {

void BM_GoschedSwitch(benchmark::State& state) {
  mg::run_scheduler(1, [&] {
    std::atomic<bool> stop{false};
    mg::sync::WaitGroup wg;
    wg.Add(1);
    mg::go([&] {
      while (!stop.load(std::memory_order_relaxed))
        mg::gosched();
      wg.Done();
    });
    for (auto _ : state)
      mg::gosched();
    stop = true;
    wg.Wait();
  });
}
BENCHMARK(BM_GoschedSwitch)->UseRealTime();

void BM_SpawnJoin(benchmark::State& state) {
  mg::run_scheduler(int(state.range(0)), [&] {
    for (auto _ : state) {
      mg::sync::WaitGroup wg;
      wg.Add(1);
      mg::go([&wg] { wg.Done(); });
      wg.Wait();
    }
  });
}
BENCHMARK(BM_SpawnJoin)->Arg(1)->Arg(2)->UseRealTime();

void BM_SpawnMany(benchmark::State& state) {
  const int batch = 1000;
  mg::run_scheduler(int(state.range(0)), [&] {
    for (auto _ : state) {
      mg::sync::WaitGroup wg;
      wg.Add(batch);
      for (int i = 0; i < batch; i++)
        mg::go([&wg] { wg.Done(); });
      wg.Wait();
    }
  });
  state.SetItemsProcessed(state.iterations() * batch);
}
BENCHMARK(BM_SpawnMany)->Arg(1)->Arg(2)->UseRealTime();

void BM_PingPong(benchmark::State& state) {
  mg::run_scheduler(int(state.range(0)), [&] {
    auto ping = mg::make_chan<long>();
    auto pong = mg::make_chan<long>();
    mg::go([=] {
      for (;;) {
        auto [v, ok] = ping.recv_ok();
        if (!ok)
          return;
        pong.send(v);
      }
    });
    long i = 0;
    for (auto _ : state) {
      ping.send(i++);
      benchmark::DoNotOptimize(pong.recv());
    }
    mg::close_chan(ping);
  });
}
BENCHMARK(BM_PingPong)->Arg(1)->Arg(2)->UseRealTime();

void BM_BufferedThroughput(benchmark::State& state) {
  const long batch = 10000;
  mg::run_scheduler(int(state.range(0)), [&] {
    auto ch = mg::make_chan<long>(128);
    for (auto _ : state) {
      auto done = mg::make_chan<long>();
      mg::go([=] {
        long s = 0;
        for (long i = 0; i < batch; i++)
          s += ch.recv();
        done.send(s);
      });
      for (long i = 0; i < batch; i++)
        ch.send(i);
      benchmark::DoNotOptimize(done.recv());
    }
  });
  state.SetItemsProcessed(state.iterations() * batch);
}
BENCHMARK(BM_BufferedThroughput)->Arg(1)->Arg(2)->UseRealTime();

void BM_SelectReady(benchmark::State& state) {
  mg::run_scheduler(1, [&] {
    auto a = mg::make_chan<long>(1);
    auto b = mg::make_chan<long>(1);
    a.send(1);
    b.send(2);
    long v = 0;
    for (auto _ : state) {
      mg::select_case cs[] = {mg::select_recv(a, &v), mg::select_recv(b, &v)};
      int k = mg::select(cs, 2, false);
      (k == 0 ? a : b).send(v);
    }
  });
}
BENCHMARK(BM_SelectReady)->UseRealTime();

void BM_SelectPingPong(benchmark::State& state) {
  mg::run_scheduler(int(state.range(0)), [&] {
    auto ping = mg::make_chan<long>();
    auto pong = mg::make_chan<long>();
    auto quit = mg::make_chan<long>();
    mg::go([=] {
      long v = 0, q = 0;
      for (;;) {
        mg::select_case cs[] = {mg::select_recv(ping, &v), mg::select_recv(quit, &q)};
        if (mg::select(cs, 2, false) == 1)
          return;
        pong.send(v);
      }
    });
    long i = 0;
    for (auto _ : state) {
      ping.send(i++);
      benchmark::DoNotOptimize(pong.recv());
    }
    mg::close_chan(quit);
  });
}
BENCHMARK(BM_SelectPingPong)->Arg(1)->Arg(2)->UseRealTime();

} // namespace
