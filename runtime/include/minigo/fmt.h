// Go's fmt package: the print functions over `...any` arguments (an mg::slice<mg::iface>),
// printing any value through its TypeInfo the way Go's fmt uses reflection.
//
// Usage: mg::fmt::Println(mg::slice<mg::iface>{mg::iface::box(&mg::type_int, int64_t{1})});
//        mg::string s = mg::fmt::Sprintf("%5.2f|%v", args);
//        auto [n, err] = mg::fmt::Fprintf(w, "x=%d\n", args);  // w: an io.Writer iface
// Output functions write with one write(2) per call, as Go does (no buffering).
#pragma once
#include "minigo/iface.h"
#include "minigo/slice.h"
#include "minigo/string.h"

#include <cstdint>
#include <string>
#include <tuple>

namespace mg::fmt {

using Args = slice<iface>;

std::tuple<std::int64_t, iface> Print(const Args& a);
std::tuple<std::int64_t, iface> Println(const Args& a);
std::tuple<std::int64_t, iface> Printf(const string& format, const Args& a);
string Sprint(const Args& a);
string Sprintln(const Args& a);
string Sprintf(const string& format, const Args& a);
// An error whose Error() is the formatted text; with one %w operand, it also unwraps to that
// error (a *fmt.wrapError), as Go 1.19 does.
iface Errorf(const string& format, const Args& a);
std::tuple<std::int64_t, iface> Fprint(const iface& w, const Args& a);
std::tuple<std::int64_t, iface> Fprintln(const iface& w, const Args& a);
std::tuple<std::int64_t, iface> Fprintf(const iface& w, const string& format, const Args& a);

// Scanning into pointers (the arguments are *int, *string, *float64, *bool ... boxed in
// ifaces): Go's rules for space, newlines and its error texts ("expected integer",
// "unexpected newline", "EOF", "input does not match format").
std::tuple<std::int64_t, iface> Sscan(const string& str, const Args& a);
std::tuple<std::int64_t, iface> Sscanln(const string& str, const Args& a);
std::tuple<std::int64_t, iface> Sscanf(const string& str, const string& format, const Args& a);
// From os.Stdin (read a byte at a time, so that no input past the scanned text is consumed
// beyond one rune of lookahead, as Go's note on Scan describes).
std::tuple<std::int64_t, iface> Scan(const Args& a);
std::tuple<std::int64_t, iface> Scanln(const Args& a);
std::tuple<std::int64_t, iface> Scanf(const string& format, const Args& a);

// The same into a std::string, for runtime code.
std::string sprint(const Args& a);
std::string sprintln(const Args& a);
std::string sprintf(std::string_view format, const Args& a);

// Writes bytes to an io.Writer value (os.Stdout/os.Stderr directly; others through Write).
std::tuple<std::int64_t, iface> write_to(const iface& w, const std::string& bytes);

// fmt.Stringer.
extern const TypeInfo type_Stringer;
extern const TypeInfo type_wrapError;     // fmt.wrapError
extern const TypeInfo type_ptr_wrapError; // *fmt.wrapError

} // namespace mg::fmt
