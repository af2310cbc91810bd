// Calendar helpers shared by time_value.cpp (fields, Date) and time_format.cpp (Format).
#pragma once
#include "minigo/time.h"

#include <cstdint>

namespace mg::time::detail_ {

// Seconds from January 1, year 1 to the Unix epoch (Go's unixToInternal).
inline constexpr std::int64_t kUnixToInternal = (1969LL * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;

std::int64_t floor_div(std::int64_t a, std::int64_t b);

// Days since 1970-01-01 of a proleptic Gregorian date, and back.
std::int64_t days_from_civil(std::int64_t y, std::int64_t m, std::int64_t d);
struct Civil {
  std::int64_t year, month, day;
};
Civil civil_from_days(std::int64_t days);

// A zone's abbreviation and offset (seconds east of UTC) at a Unix instant.
struct ZoneInfo {
  string name;
  std::int64_t offset;
};
ZoneInfo zone_at(const Location* l, std::int64_t unix_sec);

// Everything Format needs, computed once.
struct Fields {
  std::int64_t year, month, day, yday, weekday, hour, min, sec;
  ZoneInfo zone;
};
Fields fields(const Time& t);

} // namespace mg::time::detail_
