// sync/atomic tests: the functions and types under contention from many goroutines.
#include "minigo/atomic.h"
#include "minigo/string.h"
#include "minigo/sync.h"
#include "rt_test_util.h"

#include <gtest/gtest.h>

namespace {
using mg::testing::scaled;

class Atomic : public mg::testing::Workers {};
MG_WORKER_SUITE(Atomic);

TEST_P(Atomic, CountersAddUpUnderContention) {
  const long per = scaled(20000, 5);
  std::int64_t fn_counter = 0;
  std::uint32_t cas_counter = 0;
  mg::atomic::Int64 typed;
  run([&] {
    mg::sync::WaitGroup wg;
    for (int g = 0; g < 8; g++) {
      wg.Add(1);
      mg::go([&] {
        for (long i = 0; i < per; i++) {
          mg::atomic::AddInt64(&fn_counter, 1);
          typed.Add(2);
          for (;;) {
            std::uint32_t old = mg::atomic::LoadUint32(&cas_counter);
            if (mg::atomic::CompareAndSwapUint32(&cas_counter, old, old + 1))
              break;
          }
          if (i % 1000 == 0)
            mg::gosched();
        }
        wg.Done();
      });
    }
    wg.Wait();
  });
  EXPECT_EQ(fn_counter, 8 * per);
  EXPECT_EQ(typed.Load(), 16 * per);
  EXPECT_EQ(cas_counter, std::uint32_t(8 * per));
}

TEST(AtomicValues, SwapStoreBoolPointer) {
  std::int32_t x = 5;
  EXPECT_EQ(mg::atomic::SwapInt32(&x, 7), 5);
  mg::atomic::StoreInt32(&x, 9);
  EXPECT_EQ(mg::atomic::LoadInt32(&x), 9);
  EXPECT_FALSE(mg::atomic::CompareAndSwapInt32(&x, 1, 2));
  std::uint64_t u = 0;
  EXPECT_EQ(mg::atomic::AddUint64(&u, ~std::uint64_t(0)),
            ~std::uint64_t(0)); // AddUint64(&u, ^uint64(0)) decrements
  mg::atomic::Bool b;
  EXPECT_FALSE(b.Load());
  EXPECT_FALSE(b.Swap(true));
  EXPECT_TRUE(b.CompareAndSwap(true, false));
  int v = 3;
  mg::atomic::Pointer<int> p;
  EXPECT_EQ(p.Load(), nullptr);
  p.Store(&v);
  EXPECT_EQ(*p.Load(), 3);
  mg::atomic::Uint32 c;
  EXPECT_EQ(c.Add(3), 3u);
  EXPECT_TRUE(c.CompareAndSwap(3, 4));
  EXPECT_EQ(c.Swap(1), 4u);
}

TEST_P(Atomic, ValueHoldsOneDynamicType) {
  std::atomic<long> seen{0};
  run([&] {
    mg::atomic::Value v;
    EXPECT_TRUE(v.Load().is_nil());
    v.Store(mg::iface::box(&mg::type_int, std::int64_t{0}));
    mg::sync::WaitGroup wg;
    for (int g = 0; g < 4; g++) {
      wg.Add(1);
      mg::go([&, g] {
        for (int i = 0; i < 1000; i++) {
          v.Store(mg::iface::box(&mg::type_int, std::int64_t{g}));
          seen += v.Load().as<std::int64_t>() >= 0;
          if (i % 100 == 0)
            mg::gosched();
        }
        wg.Done();
      });
    }
    wg.Wait();
    EXPECT_ANY_THROW(v.Store(mg::iface::box(&mg::type_string, mg::string("x"))));
    EXPECT_ANY_THROW(v.Store(mg::iface()));
    mg::iface old = v.Swap(mg::iface::box(&mg::type_int, std::int64_t{42}));
    EXPECT_GE(old.as<std::int64_t>(), 0);
    EXPECT_TRUE(v.CompareAndSwap(mg::iface::box(&mg::type_int, std::int64_t{42}),
                                 mg::iface::box(&mg::type_int, std::int64_t{43})));
    EXPECT_FALSE(v.CompareAndSwap(mg::iface::box(&mg::type_int, std::int64_t{42}),
                                  mg::iface::box(&mg::type_int, std::int64_t{44})));
    EXPECT_EQ(v.Load().as<std::int64_t>(), 43);
  });
  EXPECT_EQ(seen.load(), 4000);
}

} // namespace
