// Tests of math/rand: ranges, determinism per seed, permutations, argument panics.
#include "minigo/rand.h"
#include "test_util.h"

#include <gtest/gtest.h>

#include <set>

using namespace mg;

TEST(Rand, RangesPermsAndSeeds) {
  for (int i = 0; i < 10000; i++) {
    std::int64_t v = rand::Intn(7);
    ASSERT_TRUE(v >= 0 && v < 7);
    double f = rand::Float64();
    ASSERT_TRUE(f >= 0 && f < 1);
    ASSERT_GE(rand::Int63(), 0);
  }
  std::set<std::int64_t> seen;
  for (int i = 0; i < 1000; i++)
    seen.insert(rand::Intn(10));
  EXPECT_EQ(seen.size(), 10u);
  auto p = rand::Perm(50);
  std::set<std::int64_t> ps(p.begin(), p.end());
  EXPECT_EQ(ps.size(), 50u);
  EXPECT_EQ(*ps.begin(), 0);
  EXPECT_EQ(*ps.rbegin(), 49);
  rand::Rand* a = rand::New(rand::NewSource(42));
  rand::Rand* b = rand::New(rand::NewSource(42));
  for (int i = 0; i < 100; i++)
    EXPECT_EQ(rand::Rand_Intn(a, 1000), rand::Rand_Intn(b, 1000));
  slice<std::int64_t> xs{1, 2, 3, 4, 5};
  rand::Shuffle(xs.len(), [xs](std::int64_t i, std::int64_t j) { std::swap(xs[i], xs[j]); });
  std::set<std::int64_t> xset(xs.begin(), xs.end());
  EXPECT_EQ(xset.size(), 5u);
  EXPECT_EQ(test::panic_message([] { rand::Intn(0); }), "invalid argument to Intn");
}
