// Time.Format, Time.String and Time.GoString: Go's layout language, where a layout is the
// reference time Mon Jan 2 15:04:05 MST 2006 written the way the result should look. The
// chunk recogniser follows Go's nextStdChunk rules (time/format.go) as of Go 1.19.
#include "minigo/strconv.h"
#include "minigo/time.h"
#include "minigo/time_fmt.h"
#include "time_internal.h"

#include <string>
#include <string_view>

namespace mg::time {

namespace {

enum Std {
  kNone,
  kLongMonth,  // January
  kMonth,      // Jan
  kNumMonth,   // 1
  kZeroMonth,  // 01
  kLongWeekDay, // Monday
  kWeekDay,    // Mon
  kDay,        // 2
  kUnderDay,   // _2
  kZeroDay,    // 02
  kUnderYearDay, // __2
  kZeroYearDay,  // 002
  kHour,       // 15
  kHour12,     // 3
  kZeroHour12, // 03
  kMinute,     // 4
  kZeroMinute, // 04
  kSecond,     // 5
  kZeroSecond, // 05
  kLongYear,   // 2006
  kYear,       // 06
  kPM,         // PM
  kpm,         // pm
  kTZ,         // MST
  kISO8601TZ,             // Z0700
  kISO8601SecondsTZ,      // Z070000
  kISO8601ShortTZ,        // Z07
  kISO8601ColonTZ,        // Z07:00
  kISO8601ColonSecondsTZ, // Z07:00:00
  kNumTZ,                 // -0700
  kNumSecondsTz,          // -070000
  kNumShortTZ,            // -07
  kNumColonTZ,            // -07:00
  kNumColonSecondsTZ,     // -07:00:00
  kFracSecond0,           // .0, .00, ... (trailing zeros kept)
  kFracSecond9,           // .9, .99, ... (trailing zeros dropped)
};

struct Chunk {
  std::string_view prefix; // literal text before the element
  Std std = kNone;
  int digits = 0;  // fractional-second digits
  char sep = '.';  // fractional-second separator
  std::string_view rest;
};

bool starts_lower(std::string_view s) {
  return !s.empty() && s[0] >= 'a' && s[0] <= 'z';
}

// Go's nextStdChunk: the first layout element in s.
Chunk next_chunk(std::string_view s) {
  auto at = [&](std::size_t i, std::string_view w) { return s.substr(i, w.size()) == w; };
  auto hit = [&](std::size_t i, Std std, std::size_t len) {
    return Chunk{s.substr(0, i), std, 0, '.', s.substr(i + len)};
  };
  for (std::size_t i = 0; i < s.size(); i++) {
    switch (s[i]) {
    case 'J':
      if (at(i, "Jan")) {
        if (at(i, "January"))
          return hit(i, kLongMonth, 7);
        if (!starts_lower(s.substr(i + 3)))
          return hit(i, kMonth, 3);
      }
      break;
    case 'M':
      if (at(i, "Mon")) {
        if (at(i, "Monday"))
          return hit(i, kLongWeekDay, 6);
        if (!starts_lower(s.substr(i + 3)))
          return hit(i, kWeekDay, 3);
      }
      if (at(i, "MST"))
        return hit(i, kTZ, 3);
      break;
    case '0':
      if (i + 1 < s.size() && s[i + 1] >= '1' && s[i + 1] <= '6') {
        static constexpr Std k0x[] = {kZeroMonth, kZeroDay, kZeroHour12, kZeroMinute, kZeroSecond, kYear};
        return hit(i, k0x[s[i + 1] - '1'], 2);
      }
      if (at(i, "002"))
        return hit(i, kZeroYearDay, 3);
      break;
    case '1':
      if (at(i, "15"))
        return hit(i, kHour, 2);
      return hit(i, kNumMonth, 1);
    case '2':
      if (at(i, "2006"))
        return hit(i, kLongYear, 4);
      return hit(i, kDay, 1);
    case '_':
      if (at(i, "_2")) {
        if (at(i + 1, "2006")) // "_2006" is a literal _ followed by the year
          return Chunk{s.substr(0, i + 1), kLongYear, 0, '.', s.substr(i + 5)};
        return hit(i, kUnderDay, 2);
      }
      if (at(i, "__2"))
        return hit(i, kUnderYearDay, 3);
      break;
    case '3':
      return hit(i, kHour12, 1);
    case '4':
      return hit(i, kMinute, 1);
    case '5':
      return hit(i, kSecond, 1);
    case 'P':
      if (at(i, "PM"))
        return hit(i, kPM, 2);
      break;
    case 'p':
      if (at(i, "pm"))
        return hit(i, kpm, 2);
      break;
    case '-':
      if (at(i, "-070000"))
        return hit(i, kNumSecondsTz, 7);
      if (at(i, "-07:00:00"))
        return hit(i, kNumColonSecondsTZ, 9);
      if (at(i, "-0700"))
        return hit(i, kNumTZ, 5);
      if (at(i, "-07:00"))
        return hit(i, kNumColonTZ, 6);
      if (at(i, "-07"))
        return hit(i, kNumShortTZ, 3);
      break;
    case 'Z':
      if (at(i, "Z070000"))
        return hit(i, kISO8601SecondsTZ, 7);
      if (at(i, "Z07:00:00"))
        return hit(i, kISO8601ColonSecondsTZ, 9);
      if (at(i, "Z0700"))
        return hit(i, kISO8601TZ, 5);
      if (at(i, "Z07:00"))
        return hit(i, kISO8601ColonTZ, 6);
      if (at(i, "Z07"))
        return hit(i, kISO8601ShortTZ, 3);
      break;
    case '.':
    case ',':
      if (i + 1 < s.size() && (s[i + 1] == '0' || s[i + 1] == '9')) {
        char ch = s[i + 1];
        std::size_t j = i + 1;
        while (j < s.size() && s[j] == ch)
          j++;
        // Only a run of one repeated digit not followed by another digit is a fraction.
        if (!(j < s.size() && s[j] >= '0' && s[j] <= '9')) {
          Chunk c = hit(i, ch == '0' ? kFracSecond0 : kFracSecond9, j - i);
          c.digits = int(j - (i + 1));
          c.sep = s[i];
          return c;
        }
      }
      break;
    default:
      break;
    }
  }
  return Chunk{s, kNone, 0, '.', {}};
}

// Go's appendInt: x in decimal, zero-padded to width digits (after the sign).
void append_int(std::string& b, std::int64_t x, int width) {
  std::uint64_t u = std::uint64_t(x);
  if (x < 0) {
    b += '-';
    u = 0 - u;
  }
  std::string digits = std::to_string(u);
  for (int i = int(digits.size()); i < width; i++)
    b += '0';
  b += digits;
}

bool is_iso(Std s) {
  return s == kISO8601TZ || s == kISO8601ColonTZ || s == kISO8601SecondsTZ || s == kISO8601ShortTZ ||
         s == kISO8601ColonSecondsTZ;
}

void append_zone(std::string& b, Std std, std::int64_t offset) {
  if (offset == 0 && is_iso(std)) {
    b += 'Z';
    return;
  }
  std::int64_t zone = offset / 60; // minutes
  std::int64_t absoffset = offset;
  if (zone < 0) {
    b += '-';
    zone = -zone;
    absoffset = -absoffset;
  } else {
    b += '+';
  }
  append_int(b, zone / 60, 2);
  if (std == kISO8601ColonTZ || std == kNumColonTZ || std == kISO8601ColonSecondsTZ ||
      std == kNumColonSecondsTZ)
    b += ':';
  if (std != kNumShortTZ && std != kISO8601ShortTZ)
    append_int(b, zone % 60, 2);
  if (std == kISO8601SecondsTZ || std == kNumSecondsTz || std == kNumColonSecondsTZ ||
      std == kISO8601ColonSecondsTZ) {
    if (std == kNumColonSecondsTZ || std == kISO8601ColonSecondsTZ)
      b += ':';
    append_int(b, absoffset % 60, 2);
  }
}

void append_frac(std::string& b, std::int64_t nsec, const Chunk& c) {
  char buf[9];
  for (int i = 8; i >= 0; i--) {
    buf[i] = char('0' + nsec % 10);
    nsec /= 10;
  }
  int n = c.digits > 9 ? 9 : c.digits;
  if (c.std == kFracSecond9) {
    while (n > 0 && buf[n - 1] == '0')
      n--;
    if (n == 0)
      return;
  }
  b += c.sep;
  b.append(buf, std::size_t(n));
}

std::string_view month_name(std::int64_t m, std::string& scratch) {
  scratch = std::string(Month_String(m).view());
  return scratch;
}

} // namespace

string Time::Format(const string& layout_s) const {
  detail_::Fields f = detail_::fields(*this);
  std::string b, name;
  std::string_view layout = layout_s.view();
  while (!layout.empty()) {
    Chunk c = next_chunk(layout);
    b += c.prefix;
    if (c.std == kNone)
      break;
    layout = c.rest;
    int hr12 = int(f.hour % 12 == 0 ? 12 : f.hour % 12);
    switch (c.std) {
    case kYear:
      append_int(b, (f.year < 0 ? -f.year : f.year) % 100, 2);
      break;
    case kLongYear:
      append_int(b, f.year, 4);
      break;
    case kMonth:
      b += month_name(f.month, name).substr(0, 3);
      break;
    case kLongMonth:
      b += month_name(f.month, name);
      break;
    case kNumMonth:
      append_int(b, f.month, 0);
      break;
    case kZeroMonth:
      append_int(b, f.month, 2);
      break;
    case kWeekDay:
      b += Weekday_String(f.weekday).view().substr(0, 3);
      break;
    case kLongWeekDay:
      b += Weekday_String(f.weekday).view();
      break;
    case kDay:
      append_int(b, f.day, 0);
      break;
    case kUnderDay:
      if (f.day < 10)
        b += ' ';
      append_int(b, f.day, 0);
      break;
    case kZeroDay:
      append_int(b, f.day, 2);
      break;
    case kUnderYearDay:
      if (f.yday < 100)
        b += f.yday < 10 ? "  " : " ";
      append_int(b, f.yday, 0);
      break;
    case kZeroYearDay:
      append_int(b, f.yday, 3);
      break;
    case kHour:
      append_int(b, f.hour, 2);
      break;
    case kHour12:
      append_int(b, hr12, 0);
      break;
    case kZeroHour12:
      append_int(b, hr12, 2);
      break;
    case kMinute:
      append_int(b, f.min, 0);
      break;
    case kZeroMinute:
      append_int(b, f.min, 2);
      break;
    case kSecond:
      append_int(b, f.sec, 0);
      break;
    case kZeroSecond:
      append_int(b, f.sec, 2);
      break;
    case kPM:
      b += f.hour >= 12 ? "PM" : "AM";
      break;
    case kpm:
      b += f.hour >= 12 ? "pm" : "am";
      break;
    case kTZ:
      if (f.zone.name.len() > 0) {
        b += f.zone.name.view();
      } else { // no abbreviation known: -0700 form
        std::int64_t zone = f.zone.offset / 60;
        b += zone < 0 ? '-' : '+';
        if (zone < 0)
          zone = -zone;
        append_int(b, zone / 60, 2);
        append_int(b, zone % 60, 2);
      }
      break;
    case kFracSecond0:
    case kFracSecond9:
      append_frac(b, wall, c);
      break;
    default:
      append_zone(b, c.std, f.zone.offset);
      break;
    }
  }
  return string::copy_of(b);
}

namespace {
// The monotonic clock at start-up: String prints readings relative to it, as Go's m=+0.001
// counts from process start.
const std::int64_t process_start_mono = mg::detail::nanotime();
} // namespace

string Time::String() const {
  std::string s(Format(string("2006-01-02 15:04:05.999999999 -0700 MST")).view());
  if (mono) {
    std::int64_t m = mono - process_start_mono;
    std::uint64_t m2 = std::uint64_t(m);
    char sign = '+';
    if (m < 0) {
      sign = '-';
      m2 = 0 - m2;
    }
    std::uint64_t m1 = m2 / 1000000000, m0 = m1 / 1000000000;
    m2 %= 1000000000;
    m1 %= 1000000000;
    s += " m=";
    s += sign;
    int wid = 0;
    if (m0 != 0) {
      append_int(s, std::int64_t(m0), 0);
      wid = 9;
    }
    append_int(s, std::int64_t(m1), wid);
    s += '.';
    append_int(s, std::int64_t(m2), 9);
  }
  return string::copy_of(s);
}

string Time::GoString() const {
  detail_::Fields f = detail_::fields(*this);
  std::string b = "time.Date(";
  append_int(b, f.year, 0);
  b += ", time.";
  b += Month_String(f.month).view();
  for (std::int64_t v : {f.day, f.hour, f.min, f.sec, wall}) {
    b += ", ";
    append_int(b, v, 0);
  }
  b += ", ";
  if (loc == nullptr || loc == mg::time::UTC)
    b += "time.UTC";
  else if (loc == mg::time::Local)
    b += "time.Local";
  else
    b += "time.Location(" + std::string(strconv::Quote(loc->name).view()) + ")";
  b += ')';
  return string::copy_of(b);
}

} // namespace mg::time
