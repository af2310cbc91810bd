// Duration.String and the Month/Weekday names, following Go's time/time.go output rules.
#include "minigo/time_fmt.h"

#include <string>

namespace mg::time {

namespace {

// Prints the fraction of v / 10^prec, omitting trailing zeros (and the point if none are
// left), into the front of out; returns v / 10^prec.
std::uint64_t frac(std::string& out, std::uint64_t v, int prec) {
  std::string digits;
  bool print = false;
  for (int i = 0; i < prec; i++) {
    int digit = int(v % 10);
    print = print || digit != 0;
    if (print)
      digits.insert(digits.begin(), char('0' + digit));
    v /= 10;
  }
  if (print)
    out.insert(0, "." + digits);
  return v;
}

} // namespace

string Duration_String(std::int64_t d) {
  if (d == 0)
    return string("0s");
  bool neg = d < 0;
  std::uint64_t u = neg ? 0 - std::uint64_t(d) : std::uint64_t(d);
  std::string out;
  if (u < 1000000000ULL) {
    if (u < 1000ULL) {
      out = std::to_string(u) + "ns";
    } else if (u < 1000000ULL) {
      out = "\xc2\xb5s";
      u = frac(out, u, 3);
      out.insert(0, std::to_string(u));
    } else {
      out = "ms";
      u = frac(out, u, 6);
      out.insert(0, std::to_string(u));
    }
  } else {
    out = "s";
    u = frac(out, u, 9);
    out.insert(0, std::to_string(u % 60));
    u /= 60;
    if (u > 0) {
      out.insert(0, std::to_string(u % 60) + "m");
      u /= 60;
      if (u > 0)
        out.insert(0, std::to_string(u) + "h");
    }
  }
  if (neg)
    out.insert(0, "-");
  return string::copy_of(out);
}

double Duration_Seconds(std::int64_t d) {
  std::int64_t sec = d / 1000000000, nsec = d % 1000000000;
  return double(sec) + double(nsec) / 1e9;
}
double Duration_Minutes(std::int64_t d) {
  std::int64_t m = d / 60000000000LL, nsec = d % 60000000000LL;
  return double(m) + double(nsec) / (60 * 1e9);
}
double Duration_Hours(std::int64_t d) {
  std::int64_t h = d / 3600000000000LL, nsec = d % 3600000000000LL;
  return double(h) + double(nsec) / (60 * 60 * 1e9);
}
std::int64_t Duration_Milliseconds(std::int64_t d) {
  return d / 1000000;
}
std::int64_t Duration_Microseconds(std::int64_t d) {
  return d / 1000;
}
std::int64_t Duration_Nanoseconds(std::int64_t d) {
  return d;
}
std::int64_t Duration_Truncate(std::int64_t d, std::int64_t m) {
  if (m <= 0)
    return d;
  return d - d % m;
}
std::int64_t Duration_Round(std::int64_t d, std::int64_t m) {
  if (m <= 0)
    return d;
  std::int64_t r = d % m;
  if (d < 0) {
    r = -r;
    if (r + r < m)
      return d + r;
    std::int64_t d1 = d - m + r;
    if (d1 < d)
      return d1;
    return INT64_MIN;
  }
  if (r + r < m)
    return d - r;
  std::int64_t d1 = d + m - r;
  if (d1 > d)
    return d1;
  return INT64_MAX;
}

string Month_String(std::int64_t m) {
  static const char* names[] = {"January",   "February", "March",    "April",
                                "May",       "June",     "July",     "August",
                                "September", "October",  "November", "December"};
  if (m >= 1 && m <= 12)
    return string(names[m - 1]);
  // Go prints the value as a uint64: time.Month(-1) is %!Month(18446744073709551615).
  return string::copy_of("%!Month(" + std::to_string(std::uint64_t(m)) + ")");
}

string Weekday_String(std::int64_t d) {
  static const char* names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                "Thursday", "Friday", "Saturday"};
  if (d >= 0 && d <= 6)
    return string(names[d]);
  return string::copy_of("%!Weekday(" + std::to_string(std::uint64_t(d)) + ")");
}

namespace {
string duration_string_thunk(void* p) {
  return Duration_String(*static_cast<std::int64_t*>(p));
}
string month_string_thunk(void* p) {
  return Month_String(*static_cast<std::int64_t*>(p));
}
string weekday_string_thunk(void* p) {
  return Weekday_String(*static_cast<std::int64_t*>(p));
}
const MethodInfo duration_methods[] = {
    {"String", "func() string", reinterpret_cast<void*>(&duration_string_thunk)}};
const MethodInfo month_methods[] = {
    {"String", "func() string", reinterpret_cast<void*>(&month_string_thunk)}};
const MethodInfo weekday_methods[] = {
    {"String", "func() string", reinterpret_cast<void*>(&weekday_string_thunk)}};
} // namespace

const TypeInfo type_Duration =
    basic_type<std::int64_t>("time.Duration", Kind::Int64, duration_methods);
const TypeInfo type_Month = basic_type<std::int64_t>("time.Month", Kind::Int, month_methods);
const TypeInfo type_Weekday = basic_type<std::int64_t>("time.Weekday", Kind::Int, weekday_methods);

} // namespace mg::time
