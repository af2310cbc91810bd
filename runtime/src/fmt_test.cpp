// The fmt table test: every case in tests/fmt/fmt_cases.txt (format, values, expected text)
// was produced by running tests/fmt/gen.go with Go; this file builds the same values under the
// same ids and checks that mg::fmt prints exactly what Go printed.
#include "minigo/array.h"
#include "minigo/errors.h"
#include "minigo/fmt.h"
#include "minigo/map.h"
#include "minigo/os.h"
#include "minigo/typeinfo.h"
#include "test_util.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstddef>
#include <cstring>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <sstream>

using namespace mg;

namespace fmtt {

struct P {
  std::int64_t X, Y;
  friend bool operator==(const P&, const P&) = default;
};
std::uint64_t mg_hash(const P& p) {
  return hash_combine(mg::mg_hash(p.X), mg::mg_hash(p.Y));
}
struct Inner {
  string A;
  std::int64_t b;
  friend bool operator==(const Inner&, const Inner&) = default;
};
struct Outer {
  string Name;
  Inner In;
  iface Any;
  slice<std::int64_t> L;
  map<string, std::int64_t> M;
};
struct Str {
  std::int64_t V;
  friend bool operator==(const Str&, const Str&) = default;
};
struct E {
  std::int64_t Code;
  friend bool operator==(const E&, const E&) = default;
};
struct Hidden {
  Str s;
};
struct Exported {
  Str S;
};
struct PS {
  std::int64_t N;
};

string Str_String(void* p) {
  return string::copy_of(fmt::sprintf("Str(%d)", {iface::box(&type_int, static_cast<Str*>(p)->V)}));
}
string E_Error(void* p) {
  return string::copy_of(
      fmt::sprintf("error %d", {iface::box(&type_int, static_cast<E*>(p)->Code)}));
}
string Celsius_String(void* p) {
  return string::copy_of(
      fmt::sprintf("%.1f°C", {iface::box(&type_float64, *static_cast<double*>(p))}));
}
string Panicky_String(void*) {
  panic_string("oops");
}
string PS_String(void*) {
  return string("PS!");
}

const MethodInfo Str_methods[] = {{"String", "func() string", (void*)&Str_String}};
const MethodInfo E_methods[] = {{"Error", "func() string", (void*)&E_Error}};
const MethodInfo Celsius_methods[] = {{"String", "func() string", (void*)&Celsius_String}};
const MethodInfo Panicky_methods[] = {{"String", "func() string", (void*)&Panicky_String}};
const MethodInfo PS_methods[] = {{"String", "func() string", (void*)&PS_String}};

constexpr FieldInfo P_fields[] = {{"X", &type_int, offsetof(P, X), false},
                                  {"Y", &type_int, offsetof(P, Y), false}};
constexpr TypeInfo type_P = struct_type<P>("main.P", P_fields);
constexpr TypeInfo type_ptr_P = pointer_type<P*>("*main.P", &type_P);
constexpr FieldInfo Inner_fields[] = {{"A", &type_string, offsetof(Inner, A), false},
                                      {"b", &type_int, offsetof(Inner, b), false}};
constexpr TypeInfo type_Inner = struct_type<Inner>("main.Inner", Inner_fields);
constexpr TypeInfo type_map_string_int =
    map_type<string, std::int64_t>("map[string]int", &type_string, &type_int);
constexpr FieldInfo Outer_fields[] = {{"Name", &type_string, offsetof(Outer, Name), false},
                                      {"In", &type_Inner, offsetof(Outer, In), false},
                                      {"Any", &type_any, offsetof(Outer, Any), false},
                                      {"L", &type_slice_int, offsetof(Outer, L), false},
                                      {"M", &type_map_string_int, offsetof(Outer, M), false}};
constexpr TypeInfo type_Outer = struct_type<Outer>("main.Outer", Outer_fields);
constexpr FieldInfo Str_fields[] = {{"V", &type_int, offsetof(Str, V), false}};
const TypeInfo type_Str = struct_type<Str>("main.Str", Str_fields, Str_methods);
constexpr FieldInfo E_fields[] = {{"Code", &type_int, offsetof(E, Code), false}};
const TypeInfo type_E = struct_type<E>("main.E", E_fields, E_methods);
constexpr TypeInfo type_MyInt = basic_type<std::int64_t>("main.MyInt", Kind::Int);
constexpr TypeInfo type_MyStr = basic_type<string>("main.MyStr", Kind::String);
const TypeInfo type_Celsius = basic_type<double>("main.Celsius", Kind::Float64, Celsius_methods);
const TypeInfo type_Panicky = basic_type<std::int64_t>("main.Panicky", Kind::Int, Panicky_methods);
const FieldInfo Hidden_fields[] = {{"s", &type_Str, 0, false}};
const TypeInfo type_Hidden = struct_type<Hidden>("main.Hidden", Hidden_fields);
const FieldInfo Exported_fields[] = {{"S", &type_Str, 0, false}};
const TypeInfo type_Exported = struct_type<Exported>("main.Exported", Exported_fields);
constexpr FieldInfo PS_fields[] = {{"N", &type_int, 0, false}};
constexpr TypeInfo type_PS = struct_type<PS>("main.PS", PS_fields);
const TypeInfo type_ptr_PS = pointer_type<PS*>("*main.PS", &type_PS, PS_methods);

constexpr TypeInfo type_slice_string = slice_type<string>("[]string", &type_string);
constexpr TypeInfo type_arr3int = array_type<array<std::int64_t, 3>>("[3]int", &type_int, 3);
constexpr TypeInfo type_arr3byte = array_type<array<std::uint8_t, 3>>("[3]uint8", &type_uint8, 3);
constexpr TypeInfo type_map_int_string =
    map_type<std::int64_t, string>("map[int]string", &type_int, &type_string);
constexpr TypeInfo type_map_float_int =
    map_type<double, std::int64_t>("map[float64]int", &type_float64, &type_int);
const TypeInfo type_slice_Str = slice_type<Str>("[]main.Str", &type_Str);
constexpr TypeInfo type_slice_any = slice_type<iface>("[]interface {}", &type_any);
constexpr TypeInfo type_slice_slice_int =
    slice_type<slice<std::int64_t>>("[][]int", &type_slice_int);
constexpr TypeInfo type_map_P_string =
    map_type<P, string>("map[main.P]string", &type_P, &type_string);
constexpr TypeInfo type_ptr_slice_int =
    pointer_type<slice<std::int64_t>*>("*[]int", &type_slice_int);
constexpr TypeInfo type_ptr_map =
    pointer_type<map<string, std::int64_t>*>("*map[string]int", &type_map_string_int);
constexpr TypeInfo type_arr2string = array_type<array<string, 2>>("[2]string", &type_string, 2);
constexpr TypeInfo type_ptr_arr2string =
    pointer_type<array<string, 2>*>("*[2]string", &type_arr2string);
constexpr TypeInfo type_map_bool_int =
    map_type<bool, std::int64_t>("map[bool]int", &type_bool, &type_int);
constexpr TypeInfo type_map_any_int =
    map_type<iface, std::int64_t>("map[interface {}]int", &type_any, &type_int);
constexpr TypeInfo type_slice_error = slice_type<iface>("[]error", &type_error);

template <class T> iface B(const TypeInfo* t, T v) {
  return iface::box(t, v);
}

std::map<std::string, std::function<iface()>> make_values() {
  using test::I;
  double nan = std::numeric_limits<double>::quiet_NaN();
  std::map<std::string, std::function<iface()>> v;
  v["i0"] = [] { return I(0); };
  v["i42"] = [] { return I(42); };
  v["ineg"] = [] { return I(-42); };
  v["imax"] = [] { return B(&type_int, std::numeric_limits<std::int64_t>::max()); };
  v["imin"] = [] { return B(&type_int, std::numeric_limits<std::int64_t>::min()); };
  v["i8"] = [] { return B(&type_int8, std::int8_t(-8)); };
  v["u8"] = [] { return B(&type_uint8, std::uint8_t(200)); };
  v["u64"] = [] { return B(&type_uint64, std::numeric_limits<std::uint64_t>::max()); };
  v["u16"] = [] { return B(&type_uint16, std::uint16_t(65535)); };
  v["rune"] = [] { return B(&type_int32, std::int32_t(0x4e16)); };
  v["uptr"] = [] { return B(&type_uintptr, std::uint64_t(255)); };
  v["i32"] = [] { return B(&type_int32, std::int32_t(65)); };
  v["u32"] = [] { return B(&type_uint32, std::uint32_t(7)); };
  v["f0"] = [] { return I(0.0); };
  v["f1"] = [] { return I(1.0); };
  v["fpi"] = [] { return I(3.14159265); };
  v["fneg"] = [] { return I(-2.5); };
  v["fbig"] = [] { return I(1e21); };
  v["fsmall"] = [] { return I(1e-7); };
  v["f03"] = [] {
    volatile double a = 0.1, b = 0.2;
    return I(a + b);
  };
  v["f1e6"] = [] { return I(1e6); };
  v["f123456"] = [] { return I(123456.0); };
  v["fnan"] = [nan] { return I(nan); };
  v["finf"] = [] { return I(std::numeric_limits<double>::infinity()); };
  v["fninf"] = [] { return I(-std::numeric_limits<double>::infinity()); };
  v["fnegzero"] = [] { return I(-0.0); };
  v["f32"] = [] { return I(0.1f); };
  v["f32b"] = [] { return I(16777216.0f); };
  v["fhalf"] = [] { return I(0.5); };
  v["f2_5"] = [] { return I(2.5); };
  v["f1234"] = [] { return I(1234.5678); };
  v["fmaxf"] = [] { return I(std::numeric_limits<double>::max()); };
  v["ftiny"] = [] { return I(5e-324); };
  v["f100"] = [] { return I(100.0); };
  v["f1e20"] = [] { return I(1e20); };
  v["s0"] = [] { return I(""); };
  v["shi"] = [] { return I("hi"); };
  v["sworld"] = [] { return I("hello, \xe4\xb8\x96\xe7\x95\x8c"); };
  v["sq"] = [] { return I("a\"b\\c\n"); };
  v["sctl"] = [] { return I(string("\x00\x7f\t", 3)); };
  v["sinv"] = [] { return I("\xff"); };
  v["slong"] = [] { return I("abcdefghij"); };
  v["sback"] = [] { return I("a`b"); };
  v["btrue"] = [] { return I(true); };
  v["bfalse"] = [] { return I(false); };
  v["nil"] = [] { return iface(); };
  v["sliceint"] = [] { return B(&type_slice_int, slice<std::int64_t>{1, 2, 3}); };
  v["slicenil"] = [] { return B(&type_slice_int, slice<std::int64_t>()); };
  v["sliceemp"] = [] { return B(&type_slice_int, make_slice<std::int64_t>(0)); };
  v["slicestr"] = [] { return B(&type_slice_string, slice<string>{string("a"), string("b c")}); };
  v["bytes"] = [] { return B(&type_slice_byte, slice<std::uint8_t>{'h', 'i'}); };
  v["bytesnil"] = [] { return B(&type_slice_byte, slice<std::uint8_t>()); };
  v["arr"] = [] { return B(&type_arr3int, array<std::int64_t, 3>{{1, 2, 3}}); };
  v["arrbytes"] = [] { return B(&type_arr3byte, array<std::uint8_t, 3>{{1, 2, 3}}); };
  v["map1"] = [] {
    return B(&type_map_string_int,
             map<string, std::int64_t>{{string("b"), 2}, {string("a"), 1}, {string("c"), 3}});
  };
  v["mapnil"] = [] { return B(&type_map_string_int, map<string, std::int64_t>()); };
  v["mapint"] = [] {
    return B(&type_map_int_string,
             map<std::int64_t, string>{{3, string("c")}, {1, string("a")}, {2, string("b")}});
  };
  v["mapf"] = [nan] {
    return B(&type_map_float_int, map<double, std::int64_t>{{nan, 1}, {2.0, 2}, {-1.0, 3}});
  };
  v["pt"] = [] { return B(&type_P, P{1, 2}); };
  v["ppt"] = [] { return B(&type_ptr_P, gc_new<P>(P{1, 2})); };
  v["pnil"] = [] { return B(&type_ptr_P, static_cast<P*>(nullptr)); };
  v["outer"] = [] {
    Outer o{string("o"), Inner{string("x"), 2}, iface(), slice<std::int64_t>{1},
            map<string, std::int64_t>{{string("k"), 1}}};
    return B(&type_Outer, o);
  };
  v["str"] = [] { return B(&type_Str, Str{5}); };
  v["serr"] = [] { return B(&type_E, E{404}); };
  v["errnew"] = [] { return errors::New(string("boom")); };
  v["wrapped"] = [] { return fmt::Errorf(string("ctx: %w"), {errors::New(string("inner"))}); };
  v["myint"] = [] { return B(&type_MyInt, std::int64_t(7)); };
  v["mystr"] = [] { return B(&type_MyStr, string("ms")); };
  v["cel"] = [] { return B(&type_Celsius, 36.6); };
  v["panicky"] = [] { return B(&type_Panicky, std::int64_t(1)); };
  v["hidden"] = [] { return B(&type_Hidden, Hidden{Str{5}}); };
  v["exported"] = [] { return B(&type_Exported, Exported{Str{5}}); };
  v["slicestr2"] = [] { return B(&type_slice_Str, slice<Str>{Str{1}, Str{2}}); };
  v["ifaces"] = [] { return B(&type_slice_any, slice<iface>{I(1), I("a"), iface(), I(2.5)}); };
  v["nested"] = [] {
    return B(&type_slice_slice_int,
             slice<slice<std::int64_t>>{slice<std::int64_t>{1}, slice<std::int64_t>{2, 3}});
  };
  v["mapstruct"] = [] {
    return B(&type_map_P_string, map<P, string>{{P{2, 1}, string("x")}, {P{1, 2}, string("y")}});
  };
  v["ptrslice"] = [] {
    return B(&type_ptr_slice_int, gc_new<slice<std::int64_t>>(slice<std::int64_t>{1}));
  };
  v["ptrmap"] = [] {
    return B(&type_ptr_map,
             gc_new<map<string, std::int64_t>>(map<string, std::int64_t>{{string("a"), 1}}));
  };
  v["ptrarr"] = [] {
    return B(&type_ptr_arr2string, gc_new<array<string, 2>>(array<string, 2>{{"x", "y"}}));
  };
  v["empty"] = [] { return B(&type_empty_struct, empty_struct{}); };
  v["ps"] = [] { return B(&type_PS, PS{3}); };
  v["pps"] = [] { return B(&type_ptr_PS, gc_new<PS>(PS{3})); };
  v["mapbool"] = [] {
    return B(&type_map_bool_int, map<bool, std::int64_t>{{true, 1}, {false, 0}});
  };
  v["mapiface"] = [] {
    return B(&type_map_any_int, map<iface, std::int64_t>{{I(2), 1}, {I(1), 2}});
  };
  v["sliceerr"] = [] {
    iface e1 = errors::New(string("e1"));
    return B(&type_slice_error, slice<iface>{e1, iface()});
  };
  return v;
}

std::string unhex(const std::string& h) {
  std::string out;
  for (std::size_t i = 0; i + 1 < h.size(); i += 2)
    out += char(std::stoi(h.substr(i, 2), nullptr, 16));
  return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> r;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep))
    r.push_back(cur);
  if (!s.empty() && s.back() == sep)
    r.push_back("");
  return r;
}

} // namespace fmtt

TEST(FmtTable, MatchesGo) {
  std::string path = std::string(__FILE__);
  path = path.substr(0, path.rfind("/runtime/src/")) + "/tests/fmt/fmt_cases.txt";
  std::ifstream in(path);
  ASSERT_TRUE(in.good()) << path;
  auto values = fmtt::make_values();
  std::string line;
  int cases = 0, failures = 0;
  while (std::getline(in, line)) {
    auto cols = fmtt::split(line, '\t');
    ASSERT_GE(cols.size(), 3u) << line;
    std::string format = fmtt::unhex(cols[0]);
    std::string want = fmtt::unhex(cols[2]);
    slice<iface> args;
    if (!cols[1].empty())
      for (const std::string& id : fmtt::split(cols[1], ',')) {
        ASSERT_TRUE(values.count(id)) << "unknown value id " << id;
        args = append(args, values[id]());
      }
    std::string got;
    if (format == "SPRINT")
      got = fmt::sprint(args);
    else if (format == "SPRINTLN")
      got = fmt::sprintln(args);
    else
      got = fmt::sprintf(format, args);
    cases++;
    if (got != want) {
      failures++;
      if (failures <= 60)
        ADD_FAILURE() << "format " << format << " values " << cols[1] << "\n  want: " << want
                      << "\n  got:  " << got;
    }
  }
  EXPECT_EQ(failures, 0) << "of " << cases << " cases";
  EXPECT_GT(cases, 300);
}

TEST(Fmt, ErrorfWrapsAndPrintFunctionsReturnCounts) {
  iface inner = errors::New(string("inner"));
  iface e = fmt::Errorf(string("ctx: %w"), {inner});
  EXPECT_EQ(errors::error_text(e).str(), "ctx: inner");
  EXPECT_TRUE(errors::Unwrap(e) == inner);
  EXPECT_TRUE(errors::Is(e, inner));
  EXPECT_FALSE(errors::Is(e, errors::New(string("inner"))));
  iface plain = fmt::Errorf(string("x %d"), {test::I(1)});
  EXPECT_STREQ(plain.type->name, "*errors.errorString");
  EXPECT_TRUE(errors::Unwrap(plain).type == nullptr);
  EXPECT_EQ(fmt::Sprintf(string("%d-%s"), {test::I(1), test::I("a")}).str(), "1-a");
  EXPECT_EQ(fmt::Sprintln({test::I(1), test::I("a")}).str(), "1 a\n");
  // Fprint to a writer value that is not a file goes through its Write method.
  auto [n, err] = fmt::Fprintf(os::stderr_writer(), string(""), {});
  EXPECT_EQ(n, 0);
  EXPECT_TRUE(err.type == nullptr);
}

// Go's formatting of pseudo-random floats (tests/fmt/gen_floats.go) under every float verb.
TEST(FmtTable, RandomFloatsMatchGo) {
  std::string path = std::string(__FILE__);
  path = path.substr(0, path.rfind("/runtime/src/")) + "/tests/fmt/float_cases.txt";
  std::ifstream in(path);
  ASSERT_TRUE(in.good()) << path;
  std::string line;
  int cases = 0, failures = 0;
  while (std::getline(in, line)) {
    auto cols = fmtt::split(line, '\t');
    ASSERT_EQ(cols.size(), 3u) << line;
    iface v;
    if (cols[0].size() == 8) {
      std::uint32_t bits = std::uint32_t(std::stoul(cols[0], nullptr, 16));
      float f;
      std::memcpy(&f, &bits, 4);
      v = iface::box(&type_float32, f);
    } else {
      std::uint64_t bits = std::stoull(cols[0], nullptr, 16);
      double d;
      std::memcpy(&d, &bits, 8);
      v = iface::box(&type_float64, d);
    }
    std::string format = fmtt::unhex(cols[1]), want = fmtt::unhex(cols[2]);
    std::string got = fmt::sprintf(format, {v});
    cases++;
    if (got != want && ++failures <= 30)
      ADD_FAILURE() << "format " << format << " bits " << cols[0] << "\n  want: " << want
                    << "\n  got:  " << got;
  }
  EXPECT_EQ(failures, 0) << "of " << cases << " cases";
  EXPECT_GT(cases, 3000);
}
