// Tests of time.Time as a calendar value: Format with the layout language, String, GoString,
// time.Date's normalisation, fixed zones, Truncate/Round and the zero Time. Expected strings
// were printed by Go 1.19 for the same calls.
#include "minigo/time.h"
#include "minigo/time_fmt.h"

#include <gtest/gtest.h>
#include <string>

namespace {

namespace tm = mg::time;

std::string fmt(const tm::Time& t, const char* layout) {
  return std::string(t.Format(mg::string(layout)).view());
}

TEST(TimeFormat, Layouts) {
  tm::Time t = tm::Date(2024, 2, 29, 7, 5, 9, 123456789, tm::UTC);
  EXPECT_EQ(fmt(t, "2006-01-02T15:04:05.999999999Z07:00"), "2024-02-29T07:05:09.123456789Z");
  EXPECT_EQ(fmt(t, "3:04PM"), "7:05AM");
  EXPECT_EQ(fmt(t, "Mon Jan _2 15:04:05 2006"), "Thu Feb 29 07:05:09 2024");
  EXPECT_EQ(fmt(t, "Monday January _2 2006 03:04:05.000 pm -07:00 MST"),
            "Thursday February 29 2024 07:05:09.123 am +00:00 UTC");
  EXPECT_EQ(fmt(t, "06 1 2 3 4 5 .9 ,00"), "24 2 29 7 5 9 .1 ,12");
  EXPECT_EQ(std::string(t.GoString().view()),
            "time.Date(2024, time.February, 29, 7, 5, 9, 123456789, time.UTC)");
}

TEST(TimeFormat, FixedZoneAndString) {
  tm::Time t = tm::Date(2024, 2, 29, 7, 5, 9, 123456789, tm::UTC);
  tm::Time z = t.In(tm::FixedZone(mg::string("IST"), 5 * 3600 + 1800));
  EXPECT_EQ(fmt(z, "Mon, 02 Jan 2006 15:04:05 -0700"), "Thu, 29 Feb 2024 12:35:09 +0530");
  EXPECT_EQ(std::string(z.String().view()), "2024-02-29 12:35:09.123456789 +0530 IST");
  EXPECT_TRUE(z.Equal(t));
  EXPECT_FALSE(z == t);
}

TEST(TimeFormat, ZeroTimeAndOldDates) {
  EXPECT_EQ(std::string(tm::Time{}.String().view()), "0001-01-01 00:00:00 +0000 UTC");
  EXPECT_EQ(tm::Time{}.Unix(), -62135596800);
  EXPECT_TRUE(tm::Date(1, 1, 1, 0, 0, 0, 0, tm::UTC).IsZero());
  EXPECT_EQ(fmt(tm::Date(-44, 3, 15, 0, 0, 0, 0, tm::UTC), "2006-01-02 Mon 06"), "-0044-03-15 Thu 44");
}

TEST(TimeFormat, DateNormalisesAndRounds) {
  tm::Time d = tm::Date(2023, 13, 32, 25, 0, 0, 0, tm::UTC);
  EXPECT_EQ(d.Unix(), 1706835600);
  EXPECT_EQ(std::string(tm::Weekday_String(d.Weekday()).view()), "Friday");
  EXPECT_EQ(d.YearDay(), 33);
  tm::Time r = tm::Date(2012, 12, 7, 12, 15, 30, 918273645, tm::UTC);
  EXPECT_EQ(r.Round(tm::Hour).Unix(), 1354881600);
  EXPECT_EQ(r.Truncate(7 * tm::Hour).Unix(), 1354870800);
  EXPECT_EQ(r.Round(tm::Millisecond).Nanosecond(), 918000000);
}

TEST(TimeFormat, MonotonicReadingPrinted) {
  tm::Time now = tm::Now();
  std::string s(now.String().view());
  EXPECT_NE(s.find(" m=+"), std::string::npos) << s;
  EXPECT_EQ(std::string(now.UTC().String().view()).find(" m="), std::string::npos);
  EXPECT_EQ(now.Sub(now.Add(-tm::Second)), tm::Second);
}

} // namespace
