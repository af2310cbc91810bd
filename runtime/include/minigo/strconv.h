// Go's strconv formatting (the parts fmt needs, and the package's API as mg::strconv::*).
#pragma once
#include "minigo/iface.h"
#include "minigo/slice.h"
#include "minigo/string.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>

namespace mg::strconv {

// strconv.AppendFloat(dst, v, fmt, prec, bitSize) for fmt in b e E f g G x X.
void append_float(std::string& dst, double v, char fmt, int prec, int bit_size);
// strconv.Quote / QuoteToASCII appended to dst.
void append_quote(std::string& dst, std::string_view s, bool ascii_only);
// strconv.QuoteRune / QuoteRuneToASCII appended to dst.
void append_quote_rune(std::string& dst, std::int32_t r, bool ascii_only);
// strconv.CanBackquote.
bool can_backquote(std::string_view s);
// strconv.IsPrint (exact: Go's tables, see unicode.h).
bool is_print(std::int32_t r);

} // namespace mg::strconv

namespace mg::strconv {

// strconv.ErrSyntax / ErrRange (compare with errors.Is).
extern iface ErrSyntax;
extern iface ErrRange;
// *strconv.NumError: Error() is `strconv.<Func>: parsing "<Num>": <Err>`; Unwrap() is Err.
struct NumError {
  string Func;
  string Num;
  iface Err;
};
extern const TypeInfo type_NumError;
extern const TypeInfo type_ptr_NumError;
string NumError_Error(NumError* e);
iface NumError_Unwrap(NumError* e);

string Itoa(std::int64_t i);
std::tuple<std::int64_t, iface> Atoi(const string& s);
std::tuple<std::int64_t, iface> ParseInt(const string& s, std::int64_t base, std::int64_t bit_size);
std::tuple<std::uint64_t, iface> ParseUint(const string& s, std::int64_t base,
                                           std::int64_t bit_size);
std::tuple<double, iface> ParseFloat(const string& s, std::int64_t bit_size);
std::tuple<bool, iface> ParseBool(const string& s);
string FormatInt(std::int64_t i, std::int64_t base);
string FormatUint(std::uint64_t i, std::int64_t base);
// fmt is a byte ('f', 'e', 'g', ...).
string FormatFloat(double f, std::uint8_t fmt, std::int64_t prec, std::int64_t bit_size);
string FormatBool(bool b);
string Quote(const string& s);
string QuoteToASCII(const string& s);
string QuoteRune(std::int32_t r);
std::tuple<string, iface> Unquote(const string& s);
slice<std::uint8_t> AppendInt(slice<std::uint8_t> dst, std::int64_t i, std::int64_t base);

} // namespace mg::strconv
