// The printing side of Go's time package: Duration.String ("1.5s", "100ms", "2m0s",
// "1h0m0s"), Month and Weekday names, and the descriptors that make fmt call them
// (fmt.Println(d) prints "1.5s" because time.Duration has a String method).
// Duration itself is int64 nanoseconds (minigo/time.h); methods on library types are free
// functions <Type>_<Method>(recv, ...), the naming codegen uses.
#pragma once
#include "minigo/string.h"
#include "minigo/typeinfo.h"

#include <cstdint>

namespace mg::time {

string Duration_String(std::int64_t d);
double Duration_Seconds(std::int64_t d);
double Duration_Minutes(std::int64_t d);
double Duration_Hours(std::int64_t d);
std::int64_t Duration_Milliseconds(std::int64_t d);
std::int64_t Duration_Microseconds(std::int64_t d);
std::int64_t Duration_Nanoseconds(std::int64_t d);
std::int64_t Duration_Round(std::int64_t d, std::int64_t m);
std::int64_t Duration_Truncate(std::int64_t d, std::int64_t m);
// time.Month (1..12) and time.Weekday (0 = Sunday) as Go prints them ("%!Month(13)" when out
// of range).
string Month_String(std::int64_t m);
string Weekday_String(std::int64_t d);

extern const TypeInfo type_Duration; // time.Duration
extern const TypeInfo type_Month;    // time.Month
extern const TypeInfo type_Weekday;  // time.Weekday

} // namespace mg::time
