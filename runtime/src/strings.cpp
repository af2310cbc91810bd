// Go's strings package (see strings.h).
#include "minigo/strings.h"
#include "minigo/method_thunk.h"
#include "minigo/convert.h"
#include "minigo/defer.h"
#include "minigo/os.h"
#include "minigo/unicode.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace mg::strings {

namespace {

std::string_view V(const string& s) {
  return s.view();
}
string S(std::string_view v) {
  return string::copy_of(v);
}
// A substring sharing s's bytes (as Go's slicing does).
string sub(const string& s, std::int64_t lo, std::int64_t hi) {
  return string(s.data() + lo, hi - lo);
}

template <class F> void each_rune(const string& s, F f) {
  for (std::int64_t i = 0; i < s.len();) {
    auto [r, w] = decode_rune(s, i);
    if (!f(i, r, w))
      return;
    i += w;
  }
}

bool in_cutset(std::int32_t r, const string& cutset) {
  bool found = false;
  each_rune(cutset, [&](std::int64_t, std::int32_t c, std::int64_t) {
    if (c == r)
      found = true;
    return !found;
  });
  return found;
}

std::string encode(std::int32_t r) {
  char b[4];
  return std::string(b, std::size_t(encode_rune(b, r)));
}

} // namespace

bool Contains(const string& s, const string& substr) {
  return Index(s, substr) >= 0;
}
bool ContainsAny(const string& s, const string& chars) {
  return IndexAny(s, chars) >= 0;
}
bool ContainsRune(const string& s, std::int32_t r) {
  return IndexRune(s, r) >= 0;
}

std::int64_t Count(const string& s, const string& substr) {
  if (substr.len() == 0)
    return rune_count(s.data(), s.len()) + 1;
  std::int64_t n = 0;
  std::size_t pos = 0;
  for (;;) {
    std::size_t i = V(s).find(V(substr), pos);
    if (i == std::string_view::npos)
      return n;
    n++;
    pos = i + std::size_t(substr.len());
  }
}

slice<string> FieldsFunc(const string& s, const func<bool(std::int32_t)>& f) {
  slice<string> out;
  std::int64_t start = -1;
  each_rune(s, [&](std::int64_t i, std::int32_t r, std::int64_t) {
    if (f(r)) {
      if (start >= 0) {
        out = append(out, sub(s, start, i));
        start = -1;
      }
    } else if (start < 0) {
      start = i;
    }
    return true;
  });
  if (start >= 0)
    out = append(out, sub(s, start, s.len()));
  if (out.is_nil())
    out = make_slice<string>(0);
  return out;
}

slice<string> Fields(const string& s) {
  return FieldsFunc(s, [](std::int32_t r) { return unicode::IsSpace(r); });
}

bool HasPrefix(const string& s, const string& p) {
  return s.len() >= p.len() && V(s).substr(0, std::size_t(p.len())) == V(p);
}
bool HasSuffix(const string& s, const string& p) {
  return s.len() >= p.len() && V(s).substr(std::size_t(s.len() - p.len())) == V(p);
}

std::int64_t Index(const string& s, const string& substr) {
  std::size_t i = V(s).find(V(substr));
  return i == std::string_view::npos ? -1 : std::int64_t(i);
}

std::int64_t IndexAny(const string& s, const string& chars) {
  std::int64_t found = -1;
  each_rune(s, [&](std::int64_t i, std::int32_t r, std::int64_t) {
    if (in_cutset(r, chars))
      found = i;
    return found < 0;
  });
  return found;
}

std::int64_t LastIndexAny(const string& s, const string& chars) {
  std::int64_t found = -1;
  each_rune(s, [&](std::int64_t i, std::int32_t r, std::int64_t) {
    if (in_cutset(r, chars))
      found = i;
    return true;
  });
  return found;
}

std::int64_t IndexByte(const string& s, std::uint8_t c) {
  std::size_t i = V(s).find(char(c));
  return i == std::string_view::npos ? -1 : std::int64_t(i);
}

std::int64_t IndexRune(const string& s, std::int32_t r) {
  if (r >= 0 && r < 0x80)
    return IndexByte(s, std::uint8_t(r));
  if (r == rune_error) {
    // Matches invalid bytes as well as an encoded U+FFFD, as in Go.
    std::int64_t found = -1;
    each_rune(s, [&](std::int64_t i, std::int32_t c, std::int64_t) {
      if (c == rune_error)
        found = i;
      return found < 0;
    });
    return found;
  }
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
    return -1;
  std::string e = encode(r);
  std::size_t i = V(s).find(e);
  return i == std::string_view::npos ? -1 : std::int64_t(i);
}

std::int64_t IndexFunc(const string& s, const func<bool(std::int32_t)>& f) {
  std::int64_t found = -1;
  each_rune(s, [&](std::int64_t i, std::int32_t r, std::int64_t) {
    if (f(r))
      found = i;
    return found < 0;
  });
  return found;
}

std::int64_t LastIndex(const string& s, const string& substr) {
  std::size_t i = V(s).rfind(V(substr));
  return i == std::string_view::npos ? -1 : std::int64_t(i);
}

std::int64_t LastIndexByte(const string& s, std::uint8_t c) {
  std::size_t i = V(s).rfind(char(c));
  return i == std::string_view::npos ? -1 : std::int64_t(i);
}

string Join(const slice<string>& elems, const string& sep) {
  if (elems.len() == 0)
    return string();
  if (elems.len() == 1)
    return elems[0];
  std::string out;
  for (std::int64_t i = 0; i < elems.len(); i++) {
    if (i > 0)
      out += V(sep);
    out += V(elems[i]);
  }
  return S(out);
}

string Map(const func<std::int32_t(std::int32_t)>& mapping, const string& s) {
  std::string out;
  each_rune(s, [&](std::int64_t, std::int32_t r, std::int64_t) {
    std::int32_t m = mapping(r);
    if (m >= 0)
      out += encode(m);
    return true;
  });
  return S(out);
}

string Repeat(const string& s, std::int64_t count) {
  if (count < 0)
    panic_string("strings: negative Repeat count");
  if (s.len() > 0 && count > (std::int64_t(1) << 40) / s.len())
    panic_string("strings: Repeat output length overflow");
  std::string out;
  out.reserve(std::size_t(s.len() * count));
  for (std::int64_t i = 0; i < count; i++)
    out += V(s);
  return S(out);
}

string Replace(const string& s, const string& old, const string& nw, std::int64_t n) {
  if (V(old) == V(nw) || n == 0)
    return s;
  std::int64_t m = Count(s, old);
  if (m == 0)
    return s;
  if (n < 0 || m < n)
    n = m;
  std::string out;
  std::int64_t start = 0;
  for (std::int64_t i = 0; i < n; i++) {
    std::int64_t j = start;
    if (old.len() == 0) {
      if (i > 0) {
        auto [r, w] = decode_rune(s, start);
        (void)r;
        j += w;
      }
    } else {
      j += Index(sub(s, start, s.len()), old);
    }
    out += V(s).substr(std::size_t(start), std::size_t(j - start));
    out += V(nw);
    start = j + old.len();
  }
  out += V(s).substr(std::size_t(start));
  return S(out);
}

string ReplaceAll(const string& s, const string& old, const string& nw) {
  return Replace(s, old, nw, -1);
}

namespace {
slice<string> gen_split(const string& s, const string& sep, std::int64_t sep_save, std::int64_t n) {
  if (n == 0)
    return slice<string>();
  if (sep.len() == 0) {
    // Split into UTF-8 sequences.
    std::int64_t l = rune_count(s.data(), s.len());
    if (n < 0 || n > l)
      n = l;
    slice<string> a = make_slice<string>(n);
    std::int64_t pos = 0;
    for (std::int64_t i = 0; i < n - 1; i++) {
      auto [r, w] = decode_rune(s, pos);
      (void)r;
      a[i] = sub(s, pos, pos + w);
      pos += w;
    }
    if (n > 0)
      a[n - 1] = sub(s, pos, s.len());
    return a;
  }
  if (n < 0)
    n = Count(s, sep) + 1;
  if (n > s.len() + 1)
    n = s.len() + 1;
  slice<string> a = make_slice<string>(0, n);
  std::int64_t start = 0;
  n--;
  std::int64_t i = 0;
  while (i < n) {
    std::int64_t m = Index(sub(s, start, s.len()), sep);
    if (m < 0)
      break;
    a = append(a, sub(s, start, start + m + sep_save));
    start += m + sep.len();
    i++;
  }
  a = append(a, sub(s, start, s.len()));
  return a;
}
} // namespace

slice<string> Split(const string& s, const string& sep) {
  return gen_split(s, sep, 0, -1);
}
slice<string> SplitN(const string& s, const string& sep, std::int64_t n) {
  return gen_split(s, sep, 0, n);
}
slice<string> SplitAfter(const string& s, const string& sep) {
  return gen_split(s, sep, sep.len(), -1);
}

string Title(const string& s) {
  // Go's deprecated Title: upper-cases letters that begin words (after a separator).
  std::string out;
  std::int32_t prev = ' ';
  each_rune(s, [&](std::int64_t, std::int32_t r, std::int64_t) {
    bool sep;
    if (prev < 0x80)
      sep = !((prev >= '0' && prev <= '9') || (prev >= 'a' && prev <= 'z') ||
              (prev >= 'A' && prev <= 'Z') || prev == '_');
    else
      sep = unicode::IsSpace(prev);
    out += encode(sep ? unicode::ToTitle(r) : r);
    prev = r;
    return true;
  });
  return S(out);
}

string ToLower(const string& s) {
  return Map([](std::int32_t r) { return unicode::ToLower(r); }, s);
}
string ToUpper(const string& s) {
  return Map([](std::int32_t r) { return unicode::ToUpper(r); }, s);
}
string ToTitle(const string& s) {
  return Map([](std::int32_t r) { return unicode::ToTitle(r); }, s);
}

string TrimLeftFunc(const string& s, const func<bool(std::int32_t)>& f) {
  std::int64_t start = s.len();
  each_rune(s, [&](std::int64_t i, std::int32_t r, std::int64_t) {
    if (!f(r)) {
      start = i;
      return false;
    }
    return true;
  });
  return sub(s, start, s.len());
}

string TrimRightFunc(const string& s, const func<bool(std::int32_t)>& f) {
  std::int64_t end = s.len();
  while (end > 0) {
    auto [r, w] = decode_last_rune_bytes(s.data(), end);
    if (!f(r))
      break;
    end -= w;
  }
  return sub(s, 0, end);
}

string TrimFunc(const string& s, const func<bool(std::int32_t)>& f) {
  return TrimRightFunc(TrimLeftFunc(s, f), f);
}

string TrimLeft(const string& s, const string& cutset) {
  if (s.len() == 0 || cutset.len() == 0)
    return s;
  return TrimLeftFunc(s, [cutset](std::int32_t r) { return in_cutset(r, cutset); });
}
string TrimRight(const string& s, const string& cutset) {
  if (s.len() == 0 || cutset.len() == 0)
    return s;
  return TrimRightFunc(s, [cutset](std::int32_t r) { return in_cutset(r, cutset); });
}
string Trim(const string& s, const string& cutset) {
  return TrimRight(TrimLeft(s, cutset), cutset);
}
string TrimPrefix(const string& s, const string& prefix) {
  return HasPrefix(s, prefix) ? sub(s, prefix.len(), s.len()) : s;
}
string TrimSuffix(const string& s, const string& suffix) {
  return HasSuffix(s, suffix) ? sub(s, 0, s.len() - suffix.len()) : s;
}
string TrimSpace(const string& s) {
  return TrimFunc(s, [](std::int32_t r) { return unicode::IsSpace(r); });
}

bool EqualFold(const string& s, const string& t) {
  std::int64_t i = 0, j = 0;
  while (i < s.len() && j < t.len()) {
    auto [r1, w1] = decode_rune(s, i);
    auto [r2, w2] = decode_rune(t, j);
    i += w1;
    j += w2;
    if (r1 == r2)
      continue;
    if (unicode::ToLower(r1) == unicode::ToLower(r2) ||
        unicode::ToUpper(r1) == unicode::ToUpper(r2))
      continue;
    // The Kelvin sign and long s fold to ASCII letters too.
    return false;
  }
  return i == s.len() && j == t.len();
}

std::int64_t Compare(const string& a, const string& b) {
  auto c = V(a).compare(V(b));
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

std::tuple<string, string, bool> Cut(const string& s, const string& sep) {
  std::int64_t i = Index(s, sep);
  if (i >= 0)
    return {sub(s, 0, i), sub(s, i + sep.len(), s.len()), true};
  return {s, string(), false};
}

// ---- Builder ----

std::tuple<std::int64_t, iface> Builder_WriteString(Builder* b, const string& s) {
  deref(b).buf = append_string(b->buf, s);
  return {s.len(), iface()};
}
iface Builder_WriteByte(Builder* b, std::uint8_t c) {
  deref(b).buf = append(b->buf, c);
  return iface();
}
std::tuple<std::int64_t, iface> Builder_WriteRune(Builder* b, std::int32_t r) {
  std::string e = encode(r);
  deref(b).buf = append_string(b->buf, string(e.data(), std::int64_t(e.size())));
  return {std::int64_t(e.size()), iface()};
}
std::tuple<std::int64_t, iface> Builder_Write(Builder* b, const slice<std::uint8_t>& p) {
  deref(b).buf = append_slice(b->buf, p);
  return {p.len(), iface()};
}
// The bytes are never modified after being appended (appends past len reuse only the unused
// tail), so the string can share them, as Go's Builder does.
string Builder_String(Builder* b) {
  return string(reinterpret_cast<const char*>(deref(b).buf.data()), b->buf.len());
}
std::int64_t Builder_Len(Builder* b) {
  return deref(b).buf.len();
}
std::int64_t Builder_Cap(Builder* b) {
  return deref(b).buf.cap();
}
void Builder_Reset(Builder* b) {
  deref(b).buf = slice<std::uint8_t>();
}
void Builder_Grow(Builder* b, std::int64_t n) {
  if (n < 0)
    panic_string("strings.Builder.Grow: negative count");
  if (deref(b).buf.cap() - b->buf.len() < n) {
    auto nb = make_slice<std::uint8_t>(b->buf.len(), 2 * b->buf.cap() + n);
    copy(nb, b->buf);
    b->buf = nb;
  }
}

namespace {
std::tuple<std::int64_t, iface> builder_write_thunk(void* d, slice<std::uint8_t> p) {
  return Builder_Write(*static_cast<Builder**>(d), p);
}
std::tuple<std::int64_t, iface> builder_writestring_thunk(void* d, string s) {
  return Builder_WriteString(*static_cast<Builder**>(d), s);
}
string builder_string_thunk(void* d) {
  return Builder_String(*static_cast<Builder**>(d));
}
// Every method *strings.Builder declares, sorted by name, so it satisfies any interface of them.
const MethodInfo builder_methods[] = {
    {"Cap", "func() int", reinterpret_cast<void*>(&ptr_method<&Builder_Cap>::call)},
    {"Grow", "func(int)", reinterpret_cast<void*>(&ptr_method<&Builder_Grow>::call)},
    {"Len", "func() int", reinterpret_cast<void*>(&ptr_method<&Builder_Len>::call)},
    {"Reset", "func()", reinterpret_cast<void*>(&ptr_method<&Builder_Reset>::call)},
    {"String", "func() string", reinterpret_cast<void*>(&builder_string_thunk)},
    {"Write", "func([]uint8) (int, error)", reinterpret_cast<void*>(&builder_write_thunk)},
    {"WriteByte", "func(uint8) error", reinterpret_cast<void*>(&ptr_method<&Builder_WriteByte>::call)},
    {"WriteRune", "func(int32) (int, error)",
     reinterpret_cast<void*>(&ptr_method<&Builder_WriteRune>::call)},
    {"WriteString", "func(string) (int, error)",
     reinterpret_cast<void*>(&builder_writestring_thunk)}};
constexpr FieldInfo builder_fields[] = {{"buf", &type_slice_byte, 0, false}};
constexpr FieldInfo replacer_fields[] = {{"oldnew", &type_slice_string, 0, false}};
} // namespace

const TypeInfo type_Builder = struct_type<Builder>("strings.Builder", builder_fields);
const TypeInfo type_ptr_Builder =
    pointer_type<Builder*>("*strings.Builder", &type_Builder, builder_methods);

Replacer* NewReplacer(const slice<string>& oldnew) {
  if (oldnew.len() % 2 == 1)
    panic_string("strings.NewReplacer: odd argument count");
  return gc_new<Replacer>(Replacer{oldnew});
}

string Replacer_Replace(Replacer* rp, const string& s) {
  const slice<string>& on = deref(rp).oldnew;
  std::string out;
  std::int64_t i = 0;
  bool prev_empty_match = false;
  while (i <= s.len()) {
    bool matched = false;
    for (std::int64_t k = 0; k + 1 < on.len(); k += 2) {
      const string& old = on[k];
      if (old.len() == 0 && prev_empty_match)
        continue;
      if (s.len() - i >= old.len() &&
          V(s).substr(std::size_t(i), std::size_t(old.len())) == V(old)) {
        out += V(on[k + 1]);
        i += old.len();
        matched = true;
        prev_empty_match = old.len() == 0;
        break;
      }
    }
    if (matched && !prev_empty_match)
      continue;
    if (i == s.len())
      break;
    if (!matched)
      prev_empty_match = false;
    out += s.data()[i];
    i++;
    if (matched)
      prev_empty_match = false;
  }
  return S(out);
}

const TypeInfo type_Replacer = struct_type<Replacer>("strings.Replacer", replacer_fields);
const TypeInfo type_ptr_Replacer = pointer_type<Replacer*>("*strings.Replacer", &type_Replacer);

// ---- Reader ----

Reader* NewReader(const string& s) {
  return gc_new<Reader>(Reader{s, 0});
}

std::tuple<std::int64_t, iface> Reader_Read(Reader* r, const slice<std::uint8_t>& b) {
  if (deref(r).i >= r->s.len())
    return {0, io::EOF_};
  std::int64_t n = copy_string(b, r->s.sub(r->i));
  r->i += n;
  return {n, iface()};
}
std::tuple<std::uint8_t, iface> Reader_ReadByte(Reader* r) {
  if (deref(r).i >= r->s.len())
    return {0, io::EOF_};
  return {std::uint8_t(r->s.data()[r->i++]), iface()};
}
std::tuple<std::int32_t, std::int64_t, iface> Reader_ReadRune(Reader* r) {
  if (deref(r).i >= r->s.len())
    return {0, 0, io::EOF_};
  auto [ru, w] = decode_rune(r->s, r->i);
  r->i += w;
  return {ru, w, iface()};
}
std::int64_t Reader_Len(Reader* r) {
  return deref(r).i >= r->s.len() ? 0 : r->s.len() - r->i;
}
std::int64_t Reader_Size(Reader* r) {
  return deref(r).s.len();
}

namespace {
std::tuple<std::int64_t, iface> reader_read_thunk(void* d, slice<std::uint8_t> b) {
  return Reader_Read(*static_cast<Reader**>(d), b);
}
const MethodInfo reader_methods[] = {
    {"Len", "func() int", reinterpret_cast<void*>(&ptr_method<&Reader_Len>::call)},
    {"Read", "func([]uint8) (int, error)", reinterpret_cast<void*>(&reader_read_thunk)},
    {"ReadByte", "func() (uint8, error)", reinterpret_cast<void*>(&ptr_method<&Reader_ReadByte>::call)},
    {"ReadRune", "func() (int32, int, error)",
     reinterpret_cast<void*>(&ptr_method<&Reader_ReadRune>::call)},
    {"Size", "func() int64", reinterpret_cast<void*>(&ptr_method<&Reader_Size>::call)}};
constexpr FieldInfo reader_fields[] = {{"s", &type_string, offsetof(Reader, s), false},
                                       {"i", &type_int64, offsetof(Reader, i), false}};
} // namespace

const TypeInfo type_Reader = struct_type<Reader>("strings.Reader", reader_fields);
const TypeInfo type_ptr_Reader =
    pointer_type<Reader*>("*strings.Reader", &type_Reader, reader_methods);

} // namespace mg::strings
