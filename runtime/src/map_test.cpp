// Tests of mg::map: nil maps, growth, deletion, randomised and deletion-safe iteration.
#include "minigo/map.h"
#include "minigo/string.h"
#include "test_util.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>

using namespace mg;
using mg::test::panic_message;

TEST(Map, NilMap) {
  map<string, std::int64_t> m;
  EXPECT_EQ(m.len(), 0);
  EXPECT_EQ(m.get(string("a")), 0);
  auto [v, ok] = m.lookup(string("a"));
  EXPECT_FALSE(ok);
  EXPECT_EQ(v, 0);
  m.erase(string("a"));
  EXPECT_EQ(panic_message([&] { m.ref(string("a")) = 1; }), "assignment to entry in nil map");
  EXPECT_FALSE(m.iterate().next());
}

TEST(Map, InsertLookupDeleteMany) {
  auto m = make_map<std::int64_t, std::int64_t>();
  std::map<std::int64_t, std::int64_t> ref;
  std::uint64_t x = 1;
  for (int i = 0; i < 20000; i++) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    std::int64_t k = std::int64_t(x >> 50);
    if ((x >> 20) % 3 == 0) {
      m.erase(k);
      ref.erase(k);
    } else {
      m.ref(k) += i;
      ref[k] += i;
    }
  }
  EXPECT_EQ(m.len(), std::int64_t(ref.size()));
  for (auto& [k, v] : ref)
    EXPECT_EQ(m.get(k), v);
  std::int64_t n = 0;
  for (auto it = m.iterate(); it.next();) {
    EXPECT_EQ(ref.at(it.key()), it.value());
    n++;
  }
  EXPECT_EQ(n, m.len());
  m.clear();
  EXPECT_EQ(m.len(), 0);
  EXPECT_FALSE(m.iterate().next());
}

TEST(Map, LiteralAndStringKeys) {
  map<string, std::int64_t> m{{string("a"), 1}, {string("b"), 2}};
  EXPECT_EQ(m.len(), 2);
  EXPECT_EQ(m.get(string::copy_of("b")), 2);
  m.set(string("c"), 3);
  EXPECT_EQ(m.len(), 3);
}

TEST(Map, FloatKeys) {
  auto m = make_map<double, std::int64_t>();
  m.ref(0.0) = 1;
  m.ref(-0.0) = 2;
  EXPECT_EQ(m.len(), 1);
  m.ref(NAN) = 1;
  m.ref(NAN) = 1;
  EXPECT_EQ(m.len(), 3); // NaN != NaN: each insert is a new key
}

TEST(Map, IterationOrderIsRandomised) {
  auto m = make_map<std::int64_t, bool>();
  for (int i = 0; i < 20; i++)
    m.ref(i) = true;
  std::set<std::int64_t> firsts;
  for (int t = 0; t < 100; t++) {
    auto it = m.iterate();
    ASSERT_TRUE(it.next());
    firsts.insert(it.key());
  }
  EXPECT_GT(firsts.size(), 5u);
}

TEST(Map, DeleteDuringIteration) {
  for (int round = 0; round < 50; round++) {
    auto m = make_map<std::int64_t, std::int64_t>();
    for (int i = 0; i < 100; i++)
      m.ref(i) = i;
    std::set<std::int64_t> seen;
    for (auto it = m.iterate(); it.next();) {
      std::int64_t k = it.key();
      EXPECT_TRUE(seen.insert(k).second) << "key produced twice: " << k;
      // Delete an unvisited key and insert new ones (forcing growth and compaction).
      if (k < 100) {
        m.erase((k + 50) % 100);
        for (int j = 0; j < 3; j++)
          m.ref(1000 + k * 3 + j) = 0;
      }
    }
    // Every key visited was present; each key of 0..99 was either seen or deleted first.
    for (int i = 0; i < 100; i++) {
      bool present = m.lookup(i) != std::tuple<std::int64_t, bool>{0, false};
      if (present)
        EXPECT_TRUE(seen.count(i)) << "key " << i << " present throughout but never produced";
    }
  }
}
