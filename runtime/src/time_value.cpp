// time.Time as a calendar value: arithmetic, zones (UTC, the C library's local zone, fixed
// offsets), the proleptic Gregorian calendar fields, time.Date and rounding, following Go's
// time/time.go. The instant is seconds since January 1, year 1 UTC (Go's "internal" epoch),
// so the zero Time is Go's zero Time.
#include "minigo/defer.h"
#include "minigo/iface.h"
#include "minigo/time.h"
#include "time_internal.h"

#include <cstdlib>
#include <ctime>
#include <mutex>
#include <string>
#include <unistd.h>

namespace mg::time {

namespace {

Location utc_loc{string("UTC"), 0, false};
Location local_loc{string("Local"), 0, true};
std::once_flag local_once;

bool readable(const std::string& path) {
  return ::access(path.c_str(), R_OK) == 0;
}

// Names the local zone as Go's initLocal does: "Local" for /etc/localtime, the TZ value for a
// zone file Go would load, and UTC (offset 0, whatever the C library makes of TZ) otherwise.
void init_local() {
  const char* tz = std::getenv("TZ");
  if (tz == nullptr) {
    if (readable("/etc/localtime"))
      return;
  } else {
    std::string name = tz;
    if (!name.empty() && name[0] == ':')
      name.erase(0, 1);
    if (!name.empty() && name[0] == '/') {
      if (readable(name)) {
        if (name != "/etc/localtime")
          local_loc.name = string::copy_of(name);
        return;
      }
    } else if (!name.empty() && name != "UTC") {
      for (const char* dir : {"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/"})
        if (readable(dir + name)) {
          local_loc.name = string::copy_of(name);
          return;
        }
    }
  }
  local_loc.name = string("UTC");
  local_loc.local = false;
}

Location* local() {
  std::call_once(local_once, init_local);
  return &local_loc;
}

// Go's norm: moves whole multiples of base from lo into hi so that 0 <= lo < base.
void norm(std::int64_t& hi, std::int64_t& lo, std::int64_t base) {
  if (lo < 0) {
    std::int64_t n = (-lo - 1) / base + 1;
    hi -= n;
    lo += n * base;
  }
  if (lo >= base) {
    std::int64_t n = lo / base;
    hi += n;
    lo -= n * base;
  }
}

// Normalised with the Go-side invariant 0 <= nsec < 1e9; null loc for UTC as Go's setLoc.
Time make_time(std::int64_t unix_sec, std::int64_t nsec, Location* loc) {
  norm(unix_sec, nsec, 1000000000);
  return Time{unix_sec + detail_::kUnixToInternal, nsec, 0, loc == &utc_loc ? nullptr : loc};
}

} // namespace

Location* UTC = &utc_loc;
Location* Local = &local_loc;

namespace detail_ {

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

std::int64_t days_from_civil(std::int64_t y, std::int64_t m, std::int64_t d) {
  y -= m <= 2;
  std::int64_t era = floor_div(y, 400);
  std::int64_t yoe = y - era * 400;
  std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Civil civil_from_days(std::int64_t z) {
  z += 719468;
  std::int64_t era = floor_div(z, 146097);
  std::int64_t doe = z - era * 146097;
  std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  std::int64_t mp = (5 * doy + 2) / 153;
  std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  return Civil{yoe + era * 400 + (m <= 2), m, d};
}

ZoneInfo zone_at(const Location* l, std::int64_t unix_sec) {
  if (l == nullptr || l == &utc_loc)
    return ZoneInfo{string("UTC"), 0};
  if (l == &local_loc)
    local();
  if (!l->local)
    return ZoneInfo{l == &local_loc ? string("UTC") : l->name, l->offset};
  std::time_t tt = std::time_t(unix_sec);
  std::tm tm{};
  if (localtime_r(&tt, &tm) == nullptr)
    return ZoneInfo{string("UTC"), 0};
  return ZoneInfo{string::copy_of(tm.tm_zone ? tm.tm_zone : ""), std::int64_t(tm.tm_gmtoff)};
}

Fields fields(const Time& t) {
  ZoneInfo z = zone_at(t.loc, t.Unix());
  std::int64_t local = t.Unix() + z.offset;
  std::int64_t days = floor_div(local, 86400);
  std::int64_t secs = local - days * 86400;
  Civil c = civil_from_days(days);
  Fields f;
  f.year = c.year;
  f.month = c.month;
  f.day = c.day;
  f.yday = days - days_from_civil(c.year, 1, 1) + 1;
  f.weekday = (days + 4) % 7; // 1970-01-01 was a Thursday
  if (f.weekday < 0)
    f.weekday += 7;
  f.hour = secs / 3600;
  f.min = secs / 60 % 60;
  f.sec = secs % 60;
  f.zone = z;
  return f;
}

} // namespace detail_

using namespace detail_;

std::int64_t Time::Unix() const {
  return ext - kUnixToInternal;
}

Duration Time::Sub(const Time& u) const {
  if (mono && u.mono) {
    Duration d = Duration(std::uint64_t(mono) - std::uint64_t(u.mono));
    if (d < 0 && mono > u.mono)
      return INT64_MAX;
    if (d > 0 && mono < u.mono)
      return INT64_MIN;
    return d;
  }
  Duration d = Duration(std::uint64_t(ext - u.ext) * 1000000000ULL) + (wall - u.wall);
  if (u.Add(d).Equal(*this))
    return d;
  return Before(u) ? INT64_MIN : INT64_MAX;
}

Time Time::Add(Duration d) const {
  Time t = *this;
  std::int64_t dsec = d / 1000000000;
  t.wall = wall + d % 1000000000;
  if (t.wall >= 1000000000) {
    dsec++;
    t.wall -= 1000000000;
  } else if (t.wall < 0) {
    dsec--;
    t.wall += 1000000000;
  }
  t.ext = std::int64_t(std::uint64_t(ext) + std::uint64_t(dsec));
  if (mono) {
    std::int64_t te = std::int64_t(std::uint64_t(mono) + std::uint64_t(d));
    // A reading that would overflow is dropped, as Go degrades to the wall clock.
    t.mono = ((d < 0 && te > mono) || (d > 0 && te < mono)) ? 0 : te;
  }
  return t;
}

std::int64_t Time::Year() const {
  return fields(*this).year;
}
std::int64_t Time::Month() const {
  return fields(*this).month;
}
std::int64_t Time::Day() const {
  return fields(*this).day;
}
std::int64_t Time::Hour() const {
  return fields(*this).hour;
}
std::int64_t Time::Minute() const {
  return fields(*this).min;
}
std::int64_t Time::Second() const {
  return fields(*this).sec;
}
std::int64_t Time::Weekday() const {
  return fields(*this).weekday;
}
std::int64_t Time::YearDay() const {
  return fields(*this).yday;
}
std::tuple<std::int64_t, std::int64_t, std::int64_t> Time::Date() const {
  Fields f = fields(*this);
  return {f.year, f.month, f.day};
}
std::tuple<std::int64_t, std::int64_t, std::int64_t> Time::Clock() const {
  Fields f = fields(*this);
  return {f.hour, f.min, f.sec};
}
std::tuple<string, std::int64_t> Time::Zone() const {
  ZoneInfo z = zone_at(loc, Unix());
  return {z.name, z.offset};
}

Time Time::UTC() const {
  return Time{ext, wall, 0, nullptr};
}
Time Time::Local() const {
  return Time{ext, wall, 0, &local_loc};
}
Time Time::In(mg::time::Location* l) const {
  if (l == nullptr)
    panic_value(iface::box(&type_string, string("time: missing Location in call to Time.In")));
  return Time{ext, wall, 0, l == &utc_loc ? nullptr : l};
}
mg::time::Location* Time::Location() const {
  return loc ? loc : &utc_loc;
}

Time Time::AddDate(std::int64_t years, std::int64_t months, std::int64_t days) const {
  Fields f = fields(*this);
  return mg::time::Date(f.year + years, f.month + months, f.day + days, f.hour, f.min, f.sec, wall,
                        Location());
}

// The remainder of t divided by d, counted from the zero Time and never negative.
static Duration time_mod(const Time& t, Duration d) {
  __int128 total = __int128(t.ext) * 1000000000 + t.wall;
  __int128 r = total % d;
  if (r < 0)
    r += d;
  return Duration(r);
}

Time Time::Truncate(Duration d) const {
  Time t = *this;
  t.mono = 0;
  if (d <= 0)
    return t;
  return t.Add(-time_mod(t, d));
}

Time Time::Round(Duration d) const {
  Time t = *this;
  t.mono = 0;
  if (d <= 0)
    return t;
  Duration r = time_mod(t, d);
  if (std::uint64_t(r) + std::uint64_t(r) < std::uint64_t(d))
    return t.Add(-r);
  return t.Add(d - r);
}

string Location_String(Location* l) {
  if (l == &local_loc)
    local();
  return (l ? l : &utc_loc)->name;
}

Location* FixedZone(const string& name, std::int64_t offset) {
  return gc_new<Location>(Location{name, offset, false});
}

Time Date(std::int64_t year, std::int64_t month, std::int64_t day, std::int64_t hour,
          std::int64_t min, std::int64_t sec, std::int64_t nsec, Location* loc) {
  if (loc == nullptr)
    panic_value(iface::box(&type_string, string("time: missing Location in call to Date")));
  std::int64_t m = month - 1;
  norm(year, m, 12);
  norm(sec, nsec, 1000000000);
  norm(min, sec, 60);
  norm(hour, min, 60);
  norm(day, hour, 24);
  std::int64_t days = days_from_civil(year, m + 1, 1) + day - 1;
  std::int64_t unix = days * 86400 + hour * 3600 + min * 60 + sec;
  // unix is the wall clock read as UTC; the zone's offset at the instant it names is the one
  // in effect at unix - offset (Go looks the offset up again when that crosses a transition).
  std::int64_t offset = zone_at(loc, unix).offset;
  if (offset != 0)
    offset = zone_at(loc, unix - offset).offset;
  return make_time(unix - offset, nsec, loc);
}

Time Now() {
  timespec w;
  clock_gettime(CLOCK_REALTIME, &w);
  Time t = make_time(std::int64_t(w.tv_sec), w.tv_nsec, &local_loc);
  t.mono = mg::detail::nanotime();
  return t;
}

Time Unix(std::int64_t sec, std::int64_t nsec) {
  return make_time(sec, nsec, &local_loc);
}
Time UnixMilli(std::int64_t msec) {
  return make_time(msec / 1000, msec % 1000 * 1000000, &local_loc);
}
Time UnixMicro(std::int64_t usec) {
  return make_time(usec / 1000000, usec % 1000000 * 1000, &local_loc);
}

} // namespace mg::time
