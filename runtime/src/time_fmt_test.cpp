// Tests of Duration.String and the Month/Weekday names against Go: kExpected is the output of
// tests/stdlib/time_fmt_oracle.go run with Go 1.19.
#include "minigo/fmt.h"
#include "minigo/time_fmt.h"

#include <gtest/gtest.h>

using namespace mg;

namespace {
const char* kExpected = R"gotext(0s 0 0 0 0s 0s
1ns 1e-09 1.6666666666666667e-11 0 0s 0s
999ns 9.99e-07 1.665e-08 0 0s 0s
1µs 1e-06 1.6666666666666667e-08 0 0s 0s
1.5µs 1.5e-06 2.5e-08 0 0s 0s
1.5ms 0.0015 2.5e-05 1 0s 0s
100ms 0.1 0.0016666666666666668 100 0s 0s
1.5s 1.5 0.025 1500 2s 0s
2m0s 120 2 120000 2m0s 2m0s
1h0m0s 3600 60 3600000 1h0m0s 1h0m0s
1h30m30.005s 5430.005 90.50008333333334 5430005 1h30m30s 1h30m0s
-3s -3 -0.05 -3000 -3s 0s
2562047h47m16.854775807s 9.223372036854776e+09 1.5372286728091294e+08 9223372036854 2562047h47m16.854775807s 2562047h47m0s
-2562047h47m16.854775808s -9.223372036854776e+09 -1.5372286728091294e+08 -9223372036854 -2562047h47m16.854775808s -2562047h47m0s
March %!Month(13) Saturday %!Weekday(9)
2s 2000000000 1s time.Duration
)gotext";
iface D(std::int64_t d) {
  return iface::box(&time::type_Duration, d);
}
iface F(double v) {
  return iface::box(&type_float64, v);
}
iface I(std::int64_t v) {
  return iface::box(&type_int64, v);
}
} // namespace

TEST(TimeFmt, MatchGo) {
  constexpr std::int64_t ms = 1000000, s = 1000 * ms, m = 60 * s, h = 60 * m;
  std::string out;
  for (std::int64_t d : {std::int64_t(0), std::int64_t(1), std::int64_t(999), std::int64_t(1000),
                         std::int64_t(1500), std::int64_t(1500000), 100 * ms, 1500 * ms, 2 * m, h,
                         90 * m + 30 * s + 5 * ms, -3 * s, INT64_MAX, INT64_MIN}) {
    out += fmt::sprintln({D(d), F(time::Duration_Seconds(d)), F(time::Duration_Minutes(d)),
                          I(time::Duration_Milliseconds(d)), D(time::Duration_Round(d, s)),
                          D(time::Duration_Truncate(d, m))});
  }
  out += fmt::sprintln({iface::box(&time::type_Month, std::int64_t(3)),
                        iface::box(&time::type_Month, std::int64_t(13)),
                        iface::box(&time::type_Weekday, std::int64_t(6)),
                        iface::box(&time::type_Weekday, std::int64_t(9))});
  out += fmt::sprintf("%v %d %s %T\n", {D(2 * s), D(2 * s), D(s), D(s)});
  EXPECT_EQ(out, kExpected);
}
