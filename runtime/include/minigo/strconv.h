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
// strconv.IsPrint, approximated without Unicode tables: C0/C1 controls, DEL, U+00AD, Unicode
// spaces other than ' ', format characters, surrogates, private use and noncharacters are
// not printable; everything else is.
bool is_print(std::int32_t r);

} // namespace mg::strconv
