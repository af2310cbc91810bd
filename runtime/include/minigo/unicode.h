// Go's unicode and unicode/utf8 packages. The classes and case mappings are exact for the
// Unicode version Go 1.19 uses: src/unicode_tables.inc is generated from Go's own answers by
// runtime/tools/gen_unicode_tables.go (ranges searched by bisection).
#pragma once
#include "minigo/slice.h"
#include "minigo/string.h"

#include <cstdint>
#include <tuple>

namespace mg::unicode {

constexpr std::int32_t MaxRune = 0x10FFFF;
constexpr std::int32_t ReplacementChar = 0xFFFD;

bool IsLetter(std::int32_t r);
bool IsDigit(std::int32_t r);
bool IsNumber(std::int32_t r);
bool IsSpace(std::int32_t r);
bool IsUpper(std::int32_t r);
bool IsLower(std::int32_t r);
bool IsPunct(std::int32_t r);
bool IsPrint(std::int32_t r);
bool IsControl(std::int32_t r);
std::int32_t ToUpper(std::int32_t r);
std::int32_t ToLower(std::int32_t r);
std::int32_t ToTitle(std::int32_t r);

} // namespace mg::unicode

namespace mg::utf8 {

constexpr std::int32_t RuneError = 0xFFFD;
constexpr std::int64_t UTFMax = 4;
constexpr std::int32_t RuneSelf = 0x80;
constexpr std::int32_t MaxRune = 0x10FFFF;

std::int64_t RuneCountInString(const string& s);
std::int64_t RuneCount(const slice<std::uint8_t>& p);
std::int64_t RuneLen(std::int32_t r);
std::tuple<std::int32_t, std::int64_t> DecodeRuneInString(const string& s);
std::tuple<std::int32_t, std::int64_t> DecodeRune(const slice<std::uint8_t>& p);
std::tuple<std::int32_t, std::int64_t> DecodeLastRuneInString(const string& s);
std::tuple<std::int32_t, std::int64_t> DecodeLastRune(const slice<std::uint8_t>& p);
bool ValidString(const string& s);
bool Valid(const slice<std::uint8_t>& p);
bool ValidRune(std::int32_t r);
bool RuneStart(std::uint8_t b);
bool FullRuneInString(const string& s);
// EncodeRune(p, r): writes into p (panics on a short p, as Go's index check would).
std::int64_t EncodeRune(const slice<std::uint8_t>& p, std::int32_t r);
slice<std::uint8_t> AppendRune(slice<std::uint8_t> p, std::int32_t r);

} // namespace mg::utf8
