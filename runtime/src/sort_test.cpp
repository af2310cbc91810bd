// Tests of sort and math against Go: kExpected is the output of
// tests/stdlib/sort_math_oracle.go run with Go 1.19; the test performs the same calls.
#include "minigo/fmt.h"
#include "minigo/math.h"
#include "minigo/sort.h"

#include <gtest/gtest.h>

#include <cstddef>

using namespace mg;

namespace {

struct person {
  string name;
  std::int64_t age;
};
constexpr FieldInfo person_fields[] = {{"name", &type_string, offsetof(person, name), false},
                                       {"age", &type_int, offsetof(person, age), false}};
constexpr TypeInfo type_person = struct_type<person>("main.person", person_fields);
constexpr TypeInfo type_slice_person = slice_type<person>("[]main.person", &type_person);

std::int64_t byAge_Len(void* d) {
  return static_cast<slice<person>*>(d)->len();
}
bool byAge_Less(void* d, std::int64_t i, std::int64_t j) {
  auto& a = *static_cast<slice<person>*>(d);
  return a.at(i).age < a.at(j).age;
}
void byAge_Swap(void* d, std::int64_t i, std::int64_t j) {
  auto& a = *static_cast<slice<person>*>(d);
  std::swap(a.at(i), a.at(j));
}
const MethodInfo byAge_methods[] = {{"Len", "func() int", (void*)&byAge_Len},
                                    {"Less", "func(int, int) bool", (void*)&byAge_Less},
                                    {"Swap", "func(int, int)", (void*)&byAge_Swap}};
const TypeInfo type_byAge = slice_type<person>("main.byAge", &type_person, byAge_methods);

const TypeInfo type_slice_float = slice_type<double>("[]float64", &type_float64);
iface N(std::int64_t v) {
  return iface::box(&type_int, v);
}
iface F(double v) {
  return iface::box(&type_float64, v);
}
iface B(bool v) {
  return iface::box(&type_bool, v);
}

const char* kExpected = R"gotext([-50 -1 0 1 2 2 3 3 4 5 6 7 8 9 10 11 12 13 100] true 11 18
["" "Apple" "apple" "banana" "fig" "pear"] 4
[NaN -1 0 2.5 +Inf]
[{p0 0} {p5 0} {p10 0} {p15 0} {p20 0} {p25 0} {p30 0} {p35 0} {p40 0} {p45 0} {p50 0} {p55 0} {p3 1} {p8 1} {p13 1} {p18 1} {p23 1} {p28 1} {p33 1} {p38 1} {p43 1} {p48 1} {p53 1} {p58 1} {p1 2} {p6 2} {p11 2} {p16 2} {p21 2} {p26 2} {p31 2} {p36 2} {p41 2} {p46 2} {p51 2} {p56 2} {p4 3} {p9 3} {p14 3} {p19 3} {p24 3} {p29 3} {p34 3} {p39 3} {p44 3} {p49 3} {p54 3} {p59 3} {p2 4} {p7 4} {p12 4} {p17 4} {p22 4} {p27 4} {p32 4} {p37 4} {p42 4} {p47 4} {p52 4} {p57 4}]
[{q0 0} {q4 0} {q8 0} {q12 0} {q16 0} {q20 0} {q24 0} {q28 0} {q32 0} {q36 0} {q40 0} {q44 0} {q3 1} {q7 1} {q11 1} {q15 1} {q19 1} {q23 1} {q27 1} {q31 1} {q35 1} {q39 1} {q43 1} {q2 2} {q6 2} {q10 2} {q14 2} {q18 2} {q22 2} {q26 2} {q30 2} {q34 2} {q38 2} {q42 2} {q1 3} {q5 3} {q9 3} {q13 3} {q17 3} {q21 3} {q25 3} {q29 3} {q33 3} {q37 3} {q41 3}]
[{b 1} {d 1} {e 2} {a 3} {c 3}]
[210 209 208 207 206 205 204 203 202 201] true
3 1 false
8
1.4142135623730951 -3 -2 -3 3 -2
NaN 0 0 -Inf true true
1024 1 -1 3.5 3 5
1 3 3 1 0.7853981633974483 0
9223372036854775807 -9223372036854775808 2147483647 18446744073709551615 4294967295 3.141592653589793 1.7976931348623157e+308 5e-324
)gotext";

} // namespace

TEST(SortMath, MatchGo) {
  std::string out;
  slice<std::int64_t> xs{5, 2, 8, -1, 9, 3, 3, 0, 7, 100, -50, 4, 6, 1, 2, 11, 13, 12, 10};
  sort::Ints(xs);
  out += fmt::sprintln({iface::box(&type_slice_int, xs), B(sort::IntsAreSorted(xs)),
                        N(sort::SearchInts(xs, 7)), N(sort::SearchInts(xs, 99))});
  slice<string> ss{string("pear"),   string("apple"), string("fig"),
                   string("banana"), string("Apple"), string("")};
  sort::Strings(ss);
  out += fmt::sprintf(
      "%q %v\n", {iface::box(&type_slice_string, ss), N(sort::SearchStrings(ss, string("fig")))});
  slice<double> fs{2.5, math::NaN(), -1, math::Inf(1), 0};
  sort::Float64s(fs);
  out += fmt::sprintln({iface::box(&type_slice_float, fs)});
  slice<person> people = make_slice<person>(0);
  for (std::int64_t i = 0; i < 60; i++)
    people = append(
        people, person{fmt::Sprint({iface::box(&type_string, string("p")), N(i)}), (i * 7) % 5});
  sort::SliceStable(iface::box(&type_slice_person, people), [&](std::int64_t i, std::int64_t j) {
    return people.at(i).age < people.at(j).age;
  });
  out += fmt::sprintln({iface::box(&type_slice_person, people)});
  slice<person> people2 = make_slice<person>(0);
  for (std::int64_t i = 0; i < 45; i++)
    people2 = append(
        people2, person{fmt::Sprint({iface::box(&type_string, string("q")), N(i)}), (i * 11) % 4});
  sort::Stable(to_iface(&type_byAge, people2, &sort::type_Interface));
  out += fmt::sprintln({iface::box(&type_slice_person, people2)});
  slice<person> small{person{string("a"), 3}, person{string("b"), 1}, person{string("c"), 3},
                      person{string("d"), 1}, person{string("e"), 2}};
  sort::Slice(iface::box(&type_slice_person, small),
              [&](std::int64_t i, std::int64_t j) { return small.at(i).age < small.at(j).age; });
  out += fmt::sprintln({iface::box(&type_slice_person, small)});
  slice<std::int64_t> big = make_slice<std::int64_t>(200);
  for (std::int64_t i = 0; i < 200; i++)
    big[i] = (i * 7919) % 211;
  auto desc = [&](std::int64_t i, std::int64_t j) { return big.at(i) > big.at(j); };
  sort::Slice(iface::box(&type_slice_int, big), desc);
  out += fmt::sprintln({iface::box(&type_slice_int, big.sub(0, 10)),
                        B(sort::SliceIsSorted(iface::box(&type_slice_int, big), desc))});
  sort::Sort(sort::Reverse(to_iface(&type_byAge, small, &sort::type_Interface)));
  out += fmt::sprintln({N(small.at(0).age), N(small.at(4).age),
                        B(sort::IsSorted(to_iface(&type_byAge, small, &sort::type_Interface)))});
  out += fmt::sprintln({N(sort::Search(100, [](std::int64_t i) { return i * i >= 50; }))});
  out += fmt::sprintln({F(math::Sqrt(2)), F(math::Floor(-2.5)), F(math::Ceil(-2.5)),
                        F(math::Round(-2.5)), F(math::Round(2.5)), F(math::Trunc(-2.7))});
  out += fmt::sprintln({F(math::Max(3, math::NaN())), F(math::Max(0.0, 0)), F(math::Min(0.0, 0)),
                        F(math::Inf(-1)), B(math::IsInf(math::Inf(1), 0)),
                        B(math::IsNaN(math::NaN()))});
  out += fmt::sprintln({F(math::Pow(2, 10)), F(math::Mod(7, -3)), F(math::Mod(-7, 3)),
                        F(math::Abs(-3.5)), F(math::Cbrt(27)), F(math::Hypot(3, 4))});
  out += fmt::sprintln({F(math::Log(math::E)), F(math::Log2(8)), F(math::Log10(1000)),
                        F(math::Exp(0)), F(math::Atan2(1, 1)), F(math::Sin(0))});
  out += fmt::sprintln({N(math::MaxInt64), N(math::MinInt64), N(math::MaxInt32),
                        iface::box(&type_uint64, math::MaxUint64), N(math::MaxUint32), F(math::Pi),
                        F(math::MaxFloat64), F(math::SmallestNonzeroFloat64)});
  EXPECT_EQ(out, kExpected);
  // Reversed comparisons on equal keys and a larger unstable sort still sort.
  EXPECT_TRUE(sort::Float64sAreSorted(fs));
  EXPECT_FALSE(sort::StringsAreSorted(slice<string>{string("b"), string("a")}));
}
