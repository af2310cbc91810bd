// Go's strings package (mg::strings::<Name>), with Go's semantics: byte indexes, UTF-8
// aware where Go is (Fields, Map, ToUpper, EqualFold, IndexRune, ...), and strings.Builder
// whose pointer-receiver methods are free functions Builder_<Method>(Builder*, ...), the
// naming codegen uses for methods of library types.
#pragma once
#include "minigo/func.h"
#include "minigo/iface.h"
#include "minigo/slice.h"
#include "minigo/string.h"

#include <cstdint>
#include <tuple>

namespace mg::strings {

bool Contains(const string& s, const string& substr);
bool ContainsAny(const string& s, const string& chars);
bool ContainsRune(const string& s, std::int32_t r);
std::int64_t Count(const string& s, const string& substr);
slice<string> Fields(const string& s);
slice<string> FieldsFunc(const string& s, const func<bool(std::int32_t)>& f);
bool HasPrefix(const string& s, const string& prefix);
bool HasSuffix(const string& s, const string& suffix);
std::int64_t Index(const string& s, const string& substr);
std::int64_t IndexAny(const string& s, const string& chars);
std::int64_t IndexByte(const string& s, std::uint8_t c);
std::int64_t IndexRune(const string& s, std::int32_t r);
std::int64_t IndexFunc(const string& s, const func<bool(std::int32_t)>& f);
std::int64_t LastIndex(const string& s, const string& substr);
std::int64_t LastIndexAny(const string& s, const string& chars);
std::int64_t LastIndexByte(const string& s, std::uint8_t c);
string Join(const slice<string>& elems, const string& sep);
string Map(const func<std::int32_t(std::int32_t)>& mapping, const string& s);
string Repeat(const string& s, std::int64_t count);
string Replace(const string& s, const string& old, const string& nw, std::int64_t n);
string ReplaceAll(const string& s, const string& old, const string& nw);
slice<string> Split(const string& s, const string& sep);
slice<string> SplitN(const string& s, const string& sep, std::int64_t n);
slice<string> SplitAfter(const string& s, const string& sep);
string Title(const string& s);
string ToLower(const string& s);
string ToUpper(const string& s);
string ToTitle(const string& s);
string Trim(const string& s, const string& cutset);
string TrimFunc(const string& s, const func<bool(std::int32_t)>& f);
string TrimLeft(const string& s, const string& cutset);
string TrimRight(const string& s, const string& cutset);
string TrimLeftFunc(const string& s, const func<bool(std::int32_t)>& f);
string TrimRightFunc(const string& s, const func<bool(std::int32_t)>& f);
string TrimPrefix(const string& s, const string& prefix);
string TrimSuffix(const string& s, const string& suffix);
string TrimSpace(const string& s);
bool EqualFold(const string& s, const string& t);
std::int64_t Compare(const string& a, const string& b);
std::tuple<string, string, bool> Cut(const string& s, const string& sep);

// strings.Builder (zero value ready to use).
struct Builder {
  slice<std::uint8_t> buf;
};
std::tuple<std::int64_t, iface> Builder_WriteString(Builder* b, const string& s);
iface Builder_WriteByte(Builder* b, std::uint8_t c);
std::tuple<std::int64_t, iface> Builder_WriteRune(Builder* b, std::int32_t r);
std::tuple<std::int64_t, iface> Builder_Write(Builder* b, const slice<std::uint8_t>& p);
string Builder_String(Builder* b);
std::int64_t Builder_Len(Builder* b);
std::int64_t Builder_Cap(Builder* b);
void Builder_Reset(Builder* b);
void Builder_Grow(Builder* b, std::int64_t n);
extern const TypeInfo type_Builder;     // strings.Builder
extern const TypeInfo type_ptr_Builder; // *strings.Builder (an io.Writer and fmt.Stringer)

// strings.Replacer from NewReplacer(oldnew...): replaces the earliest match, trying the pairs
// in argument order at each position (Go's generic algorithm).
struct Replacer {
  slice<string> oldnew;
};
Replacer* NewReplacer(const slice<string>& oldnew);
string Replacer_Replace(Replacer* r, const string& s);
extern const TypeInfo type_Replacer;
extern const TypeInfo type_ptr_Replacer;

// strings.Reader: an io.Reader over a string (bufio.NewScanner(strings.NewReader(s))).
struct Reader {
  string s;
  std::int64_t i;
};
Reader* NewReader(const string& s);
std::tuple<std::int64_t, iface> Reader_Read(Reader* r, const slice<std::uint8_t>& b);
std::tuple<std::uint8_t, iface> Reader_ReadByte(Reader* r);
std::tuple<std::int32_t, std::int64_t, iface> Reader_ReadRune(Reader* r);
std::int64_t Reader_Len(Reader* r);
std::int64_t Reader_Size(Reader* r);
extern const TypeInfo type_Reader;     // strings.Reader
extern const TypeInfo type_ptr_Reader; // *strings.Reader (an io.Reader)

} // namespace mg::strings
