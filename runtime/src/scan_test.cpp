// Tests of fmt's scanning functions against Go: kExpected is the output of
// tests/stdlib/scan_oracle.go run with Go 1.19; the test performs the same calls.
#include "minigo/convert.h"
#include "minigo/fmt.h"
#include "minigo/typeinfo.h"

#include <gtest/gtest.h>

using namespace mg;

namespace {
const TypeInfo tpi = pointer_type<int64_t*>("*int", &type_int);
const TypeInfo tps = pointer_type<string*>("*string", &type_string);
const TypeInfo tpf = pointer_type<double*>("*float64", &type_float64);
const TypeInfo tpb = pointer_type<bool*>("*bool", &type_bool);
const TypeInfo tpu8 = pointer_type<uint8_t*>("*uint8", &type_uint8);
const TypeInfo tpr = pointer_type<int32_t*>("*int32", &type_int32);
const char* kExpected = R"gotext(4 <nil> 42 hello 3.5 true
0 EOF
1 EOF 7
0 expected integer
2 <nil> 31 9
2 <nil> 1 2
1 unexpected newline 1
2 <nil> 10 abc
2 <nil> 10 20
0 input does not match format
0 unsigned integer overflow on token 300 0
0 expected integer 0
2 <nil> 1 2
1 <nil> é
2 <nil> 1000 5
1 <nil> true
)gotext";
} // namespace

TEST(FmtScan, MatchGo) {
  int64_t i = 0, j = 0;
  string s;
  double f = 0;
  bool b = false;
  uint8_t u = 0;
  int32_t r = 0;
  auto P = [](const TypeInfo* t, auto* p) { return iface::box(t, p); };
  std::string out;
  auto pr = [&out](std::string line) { out += line; };
  auto N = [](int64_t v) { return iface::box(&type_int, v); };
  {
    auto [n, err] =
        fmt::Sscan("42 hello 3.5 true", {P(&tpi, &i), P(&tps, &s), P(&tpf, &f), P(&tpb, &b)});
    pr(fmt::sprintln({N(n), err, N(i), iface::box(&type_string, s), iface::box(&type_float64, f),
                      iface::box(&type_bool, b)}));
  }
  {
    auto [n, err] = fmt::Sscan("", {P(&tpi, &i)});
    pr(fmt::sprintln({N(n), err}));
  }
  {
    auto [n, err] = fmt::Sscan("7", {P(&tpi, &i), P(&tpi, &j)});
    pr(fmt::sprintln({N(n), err, N(i)}));
  }
  {
    auto [n, err] = fmt::Sscan("abc", {P(&tpi, &i)});
    pr(fmt::sprintln({N(n), err}));
  }
  {
    auto [n, err] = fmt::Sscan("0x1f\n\n 9", {P(&tpi, &i), P(&tpi, &j)});
    pr(fmt::sprintln({N(n), err, N(i), N(j)}));
  }
  {
    auto [n, err] = fmt::Sscanln("1 2\n3", {P(&tpi, &i), P(&tpi, &j)});
    pr(fmt::sprintln({N(n), err, N(i), N(j)}));
  }
  {
    auto [n, err] = fmt::Sscanln("1\n2", {P(&tpi, &i), P(&tpi, &j)});
    pr(fmt::sprintln({N(n), err, N(i)}));
  }
  {
    auto [n, err] = fmt::Sscanf("x=10 y=abc", "x=%d y=%s", {P(&tpi, &i), P(&tps, &s)});
    pr(fmt::sprintln({N(n), err, N(i), iface::box(&type_string, s)}));
  }
  {
    auto [n, err] = fmt::Sscanf("10-20", "%d-%d", {P(&tpi, &i), P(&tpi, &j)});
    pr(fmt::sprintln({N(n), err, N(i), N(j)}));
  }
  {
    auto [n, err] = fmt::Sscanf("a5", "b%d", {P(&tpi, &i)});
    pr(fmt::sprintln({N(n), err}));
  }
  {
    auto [n, err] = fmt::Sscan("300", {P(&tpu8, &u)});
    pr(fmt::sprintln({N(n), err, iface::box(&type_uint8, u)}));
  }
  {
    auto [n, err] = fmt::Sscan("-5", {P(&tpu8, &u)});
    pr(fmt::sprintln({N(n), err, iface::box(&type_uint8, u)}));
  }
  {
    auto [n, err] = fmt::Sscan("1 2 3", {P(&tpi, &i), P(&tpi, &j)});
    pr(fmt::sprintln({N(n), err, N(i), N(j)}));
  }
  {
    auto [n, err] = fmt::Sscanf("h\xc3\xa9llo", "h%c", {P(&tpr, &r)});
    pr(fmt::sprintln({N(n), err, iface::box(&type_string, string_from_rune(r))}));
  }
  {
    auto [n, err] = fmt::Sscan("1e3 +5", {P(&tpf, &f), P(&tpi, &i)});
    pr(fmt::sprintln({N(n), err, iface::box(&type_float64, f), N(i)}));
  }
  {
    auto [n, err] = fmt::Sscan("truex", {P(&tpb, &b)});
    pr(fmt::sprintln({N(n), err, iface::box(&type_bool, b)}));
  }
  EXPECT_EQ(out, kExpected);
}
