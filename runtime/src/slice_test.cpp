// Tests of mg::slice, mg::array, append's growth, copy, and their run-time errors.
#include "minigo/array.h"
#include "minigo/slice.h"
#include "test_util.h"

#include <gtest/gtest.h>

using namespace mg;
using mg::test::panic_message;

TEST(Slice, NilAndLiteral) {
  slice<std::int64_t> n;
  EXPECT_TRUE(n == nullptr);
  EXPECT_EQ(n.len(), 0);
  slice<std::int64_t> e{};
  slice<std::int64_t> xs{1, 2, 3};
  EXPECT_EQ(xs.len(), 3);
  EXPECT_EQ(xs.cap(), 3);
  EXPECT_EQ(xs.at(2), 3);
  xs.at(0) = 9;
  EXPECT_EQ(xs[0], 9);
}

// Capacities after append, as printed by Go 1.19 for []int.
TEST(Slice, AppendGrowthMatchesGo) {
  slice<std::int64_t> s;
  std::vector<std::int64_t> caps;
  for (int i = 0; i < 20; i++) {
    s = append(s, std::int64_t(i));
    caps.push_back(s.cap());
  }
  std::vector<std::int64_t> want = {1,  2,  4,  4,  8,  8,  8,  8,  16, 16,
                                    16, 16, 16, 16, 16, 16, 32, 32, 32, 32};
  EXPECT_EQ(caps, want);
  slice<std::int64_t> t;
  t = append(t, std::int64_t(1), std::int64_t(2), std::int64_t(3), std::int64_t(4),
             std::int64_t(5));
  EXPECT_EQ(t.cap(), 6); // 40 bytes round up to the 48-byte size class
  slice<std::int64_t> big = make_slice<std::int64_t>(256);
  big = append(big, std::int64_t(1));
  EXPECT_EQ(big.cap(), 512);
  slice<std::int64_t> big2 = make_slice<std::int64_t>(512);
  big2 = append(big2, std::int64_t(1));
  EXPECT_EQ(big2.cap(), 848);
  for (int i = 0; i < 20; i++)
    EXPECT_EQ(s[i], i);
}

TEST(Slice, AppendSharesBackingArrayWithinCapacity) {
  auto a = make_slice<std::int64_t>(2, 4);
  auto b = append(a, std::int64_t(7));
  auto c = append(a, std::int64_t(8));
  EXPECT_EQ(b[2], 8); // same backing array, as in Go
  EXPECT_EQ(c.len(), 3);
  auto d = append_slice(a, slice<std::int64_t>{1, 2, 3});
  EXPECT_EQ(d.len(), 5);
  EXPECT_EQ(d.cap(), 8);
  // append(s[:1], s...) overlapping.
  slice<std::int64_t> s{1, 2, 3, 4};
  auto r = append_slice(s.sub(0, 1), s.sub(2, 4));
  EXPECT_EQ(r.len(), 3);
  EXPECT_EQ(r[1], 3);
  EXPECT_EQ(r[2], 4);
}

TEST(Slice, SlicingAndCopy) {
  slice<std::int64_t> s{0, 1, 2, 3, 4, 5};
  auto t = s.sub(2, 4);
  EXPECT_EQ(t.len(), 2);
  EXPECT_EQ(t.cap(), 4);
  auto u = s.sub3(1, 2, 3);
  EXPECT_EQ(u.cap(), 2);
  EXPECT_EQ(t.sub(0, 4).at(3), 5);
  slice<std::int64_t> dst = make_slice<std::int64_t>(3);
  EXPECT_EQ(copy(dst, s), 3);
  EXPECT_EQ(dst[2], 2);
  EXPECT_EQ(copy(s.sub(1), s), 5); // overlapping, moves right
  EXPECT_EQ(s[5], 4);
  EXPECT_EQ(s[1], 0);
  slice<string> ss{string("a"), string("b")};
  slice<string> sd = make_slice<string>(1);
  EXPECT_EQ(copy(sd, ss), 1);
  EXPECT_EQ(sd[0], string("a"));
}

TEST(Slice, RuntimeErrors) {
  slice<std::int64_t> s = make_slice<std::int64_t>(3);
  EXPECT_EQ(panic_message([&] { s.at(5); }), "runtime error: index out of range [5] with length 3");
  EXPECT_EQ(panic_message([&] { s.at(-2); }), "runtime error: index out of range [-2]");
  EXPECT_EQ(panic_message([&] { s.sub(1, 5); }),
            "runtime error: slice bounds out of range [:5] with capacity 3");
  EXPECT_EQ(panic_message([&] { s.sub(3, 2); }), "runtime error: slice bounds out of range [3:2]");
  EXPECT_EQ(panic_message([&] { s.sub(-1, 2); }), "runtime error: slice bounds out of range [-1:]");
  EXPECT_EQ(panic_message([&] { s.sub3(0, 1, 4); }),
            "runtime error: slice bounds out of range [::4] with capacity 3");
  EXPECT_EQ(panic_message([&] { s.sub3(0, 3, 2); }),
            "runtime error: slice bounds out of range [:3:2]");
  EXPECT_EQ(panic_message([&] { s.sub3(2, 1, 2); }),
            "runtime error: slice bounds out of range [2:1:]");
  EXPECT_EQ(panic_message([&] { make_slice<std::int64_t>(-1); }),
            "runtime error: makeslice: len out of range");
  EXPECT_EQ(panic_message([&] { make_slice<std::int64_t>(2, 1); }),
            "runtime error: makeslice: cap out of range");
  EXPECT_EQ(panic_message([&] { make_slice<std::int64_t>(1, std::int64_t(1) << 60); }),
            "runtime error: makeslice: cap out of range");
}

TEST(Array, ValueSemanticsAndBounds) {
  array<std::int64_t, 3> a{{1, 2, 3}};
  array<std::int64_t, 3> b = a;
  b.at(0) = 7;
  EXPECT_EQ(a.at(0), 1);
  EXPECT_FALSE(a == b);
  b.at(0) = 1;
  EXPECT_TRUE(a == b);
  EXPECT_EQ(mg_hash(a), mg_hash(b));
  EXPECT_EQ(panic_message([&] { a.at(3); }), "runtime error: index out of range [3] with length 3");
  auto s = slice_array(a, 1, 3);
  s.at(0) = 5;
  EXPECT_EQ(a.at(1), 5);
  EXPECT_EQ(s.cap(), 2);
  EXPECT_EQ(panic_message([&] { slice_array(a, 0, 4); }),
            "runtime error: slice bounds out of range [:4] with length 3");
  EXPECT_EQ(panic_message([&] { slice_array3(a, 0, 1, 4); }),
            "runtime error: slice bounds out of range [::4] with length 3");
}

TEST(Arith, DivModChecks) {
  EXPECT_EQ(div<std::int64_t>(7, -2), -3);
  EXPECT_EQ(mod<std::int64_t>(-7, 2), -1);
  EXPECT_EQ(div<std::int64_t>(INT64_MIN, -1), INT64_MIN);
  EXPECT_EQ(mod<std::int64_t>(INT64_MIN, -1), 0);
  EXPECT_EQ(div<std::int8_t>(-128, -1), -128);
  EXPECT_EQ(div<std::uint8_t>(200, 3), 66);
  EXPECT_EQ(panic_message([] { div<std::int64_t>(1, 0); }),
            "runtime error: integer divide by zero");
  EXPECT_EQ(panic_message([] { mod<std::uint32_t>(1, 0); }),
            "runtime error: integer divide by zero");
  int* p = nullptr;
  EXPECT_EQ(panic_message([&] { deref(p) = 1; }),
            "runtime error: invalid memory address or nil pointer dereference");
}
