// context tests: cancellation reaching descendants, deadlines firing and their timers removed
// on cancel, values found through the chain.
#include "minigo/context.h"
#include "minigo/errors.h"
#include "minigo/select.h"
#include "minigo/sync.h"
#include "rt_test_util.h"
#include "sched_internal.h"

#include <gtest/gtest.h>

namespace {
namespace ctxns = mg::context;
namespace tm = mg::time;

class Context : public mg::testing::Workers {};
MG_WORKER_SUITE(Context);

TEST_P(Context, CancelReachesEveryDescendant) {
  run([&] {
    auto [root, cancel] = ctxns::WithCancel(ctxns::Background());
    auto [child, c2] = ctxns::WithCancel(root);
    ctxns::Context leaf = ctxns::WithValue(child, mg::iface::box(&mg::type_int, std::int64_t{1}),
                                           mg::iface::box(&mg::type_int, std::int64_t{2}));
    auto [grand, c3] = ctxns::WithTimeout(leaf, tm::Hour);
    EXPECT_TRUE(grand.Err().is_nil());
    mg::sync::WaitGroup wg;
    std::atomic<int> woke{0};
    for (ctxns::Context c : {root, child, leaf, grand}) {
      wg.Add(1);
      mg::go([&, c] {
        c.Done().recv();
        woke++;
        wg.Done();
      });
    }
    tm::Sleep(tm::Millisecond);
    cancel();
    wg.Wait();
    EXPECT_EQ(woke.load(), 4);
    EXPECT_TRUE(grand.Err() == ctxns::Canceled);
    EXPECT_EQ(mg::errors::error_text(leaf.Err()), mg::string("context canceled"));
    EXPECT_EQ(mg::detail::timer_count(), 0) << "cancel must remove the deadline timer";
    auto [late, c4] = ctxns::WithCancel(child); // born cancelled
    EXPECT_TRUE(late.Err() == ctxns::Canceled);
    c2();
    c3();
    c4();
  });
}

TEST_P(Context, TimeoutFires) {
  run([&] {
    auto [ctx, cancel] = ctxns::WithTimeout(ctxns::Background(), 2 * tm::Millisecond);
    auto [dl, ok] = ctx.Deadline();
    EXPECT_TRUE(ok);
    EXPECT_TRUE(dl.After(tm::Now().Add(-tm::Second)));
    auto never = mg::make_chan<int>();
    int v;
    mg::empty_struct u;
    mg::select_case cs[] = {mg::select_recv(never, &v), mg::select_recv(ctx.Done(), &u)};
    EXPECT_EQ(mg::select(cs, 2, false), 1);
    EXPECT_TRUE(ctx.Err() == ctxns::DeadlineExceeded);
    EXPECT_EQ(mg::errors::error_text(ctx.Err()), mg::string("context deadline exceeded"));
    cancel(); // after expiry: keeps DeadlineExceeded
    EXPECT_TRUE(ctx.Err() == ctxns::DeadlineExceeded);
    auto [past, c2] = ctxns::WithDeadline(ctxns::Background(), tm::Now().Add(-tm::Second));
    EXPECT_TRUE(past.Err() == ctxns::DeadlineExceeded);
    c2();
  });
}

TEST_P(Context, ValuesAndBackground) {
  run([&] {
    ctxns::Context bg = ctxns::Background();
    EXPECT_TRUE(bg.Done() == nullptr);
    EXPECT_TRUE(bg.Err().is_nil());
    auto [d, ok] = bg.Deadline();
    EXPECT_FALSE(ok);
    (void)d;
    auto key = mg::iface::box(&mg::type_string, mg::string("k"));
    ctxns::Context v = ctxns::WithValue(bg, key, mg::iface::box(&mg::type_int, std::int64_t{7}));
    auto [c, cancel] = ctxns::WithCancel(v);
    EXPECT_EQ(c.Value(mg::iface::box(&mg::type_string, mg::string("k"))).as<std::int64_t>(), 7);
    EXPECT_TRUE(c.Value(mg::iface::box(&mg::type_string, mg::string("other"))).is_nil());
    cancel();
    cancel();
  });
}

} // namespace
