// Go's bufio package (see bufio.h), following bufio/scan.go and bufio.go's behaviour:
// ScanLines drops "\r\n"/"\n" and returns a final unterminated line, ScanWords splits at
// Unicode spaces, Reader.ReadString returns the data read before an error with the error.
#include "minigo/bufio.h"
#include "minigo/method_thunk.h"
#include "minigo/convert.h"
#include "minigo/defer.h"
#include "minigo/errors.h"
#include "minigo/fmt.h"
#include "minigo/os.h"
#include "minigo/unicode.h"

#include <cstring>

namespace mg::bufio {

using Bytes = slice<std::uint8_t>;
using SplitResult = std::tuple<std::int64_t, Bytes, iface>;

iface ErrTooLong = errors::New(string("bufio.Scanner: token too long"));
iface ErrFinalToken = errors::New(string("final token"));

namespace {
std::int64_t index_byte(const Bytes& b, std::uint8_t c) {
  for (std::int64_t i = 0; i < b.len(); i++)
    if (b[i] == c)
      return i;
  return -1;
}
Bytes drop_cr(const Bytes& b) {
  if (b.len() > 0 && b[b.len() - 1] == '\r')
    return b.sub(0, b.len() - 1);
  return b;
}
bool is_space(std::int32_t r) {
  return unicode::IsSpace(r);
}
} // namespace

SplitResult ScanLines(Bytes data, bool at_eof) {
  if (at_eof && data.len() == 0)
    return {0, Bytes(), iface()};
  std::int64_t i = index_byte(data, '\n');
  if (i >= 0)
    return {i + 1, drop_cr(data.sub(0, i)), iface()};
  if (at_eof)
    return {data.len(), drop_cr(data), iface()};
  return {0, Bytes(), iface()};
}

SplitResult ScanWords(Bytes data, bool at_eof) {
  const char* p = reinterpret_cast<const char*>(data.data());
  std::int64_t start = 0;
  while (start < data.len()) {
    auto [r, w] = decode_rune_bytes(p + start, data.len() - start);
    if (!is_space(r))
      break;
    start += w;
  }
  for (std::int64_t i = start; i < data.len();) {
    auto [r, w] = decode_rune_bytes(p + i, data.len() - i);
    if (is_space(r))
      return {i + w, data.sub(start, i), iface()};
    i += w;
  }
  if (at_eof && data.len() > start)
    return {data.len(), data.sub(start, data.len()), iface()};
  return {start, Bytes(), iface()};
}

SplitResult ScanRunes(Bytes data, bool at_eof) {
  if (at_eof && data.len() == 0)
    return {0, Bytes(), iface()};
  if (data.len() == 0)
    return {0, Bytes(), iface()};
  if (data[0] < 0x80)
    return {1, data.sub(0, 1), iface()};
  auto [r, w] = decode_rune_bytes(reinterpret_cast<const char*>(data.data()), data.len());
  if (w > 1)
    return {w, data.sub(0, w), iface()};
  // An incomplete encoding waits for more input unless at EOF; invalid bytes yield U+FFFD.
  bool full = !(r == rune_error && w == 1 && data.len() < 4 && !at_eof);
  if (!full) {
    auto b0 = data[0];
    std::int64_t need = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 1;
    bool prefix_ok = need > data.len();
    for (std::int64_t i = 1; i < data.len() && prefix_ok; i++)
      prefix_ok = (data[i] & 0xC0) == 0x80;
    if (prefix_ok && need > 1)
      return {0, Bytes(), iface()};
  }
  static const std::uint8_t err_bytes[] = {0xEF, 0xBF, 0xBD};
  Bytes e = make_slice<std::uint8_t>(3);
  std::memcpy(e.data(), err_bytes, 3);
  return {1, e, iface()};
}

SplitResult ScanBytes(Bytes data, bool at_eof) {
  if (at_eof && data.len() == 0)
    return {0, Bytes(), iface()};
  if (data.len() == 0)
    return {0, Bytes(), iface()};
  return {1, data.sub(0, 1), iface()};
}

Scanner* NewScanner(const iface& r) {
  auto* s = gc_new<Scanner>();
  s->r = r;
  s->split = &ScanLines;
  s->max_size = MaxScanTokenSize;
  return s;
}

void Scanner_Split(Scanner* s, const SplitFunc& split) {
  deref(s).split = split;
}
void Scanner_Buffer(Scanner* s, const Bytes& buf, std::int64_t max) {
  deref(s).buf = buf.sub(0, buf.cap());
  s->max_size = max;
}

bool Scanner_Scan(Scanner* s) {
  deref(s);
  if (s->done)
    return false;
  for (;;) {
    if (s->end > s->start || s->eof) {
      auto [adv, tok, err] = s->split(s->buf.sub(s->start, s->end), s->eof);
      if (err.type != nullptr) {
        if (err == ErrFinalToken) {
          s->token = tok;
          s->done = true;
          return true;
        }
        s->err = err;
        s->done = true;
        return false;
      }
      if (adv < 0 || adv > s->end - s->start) {
        s->err = errors::New(
            string(adv < 0 ? "bufio.Scanner: SplitFunc returns negative advance count"
                           : "bufio.Scanner: SplitFunc returns advance count beyond input"));
        s->done = true;
        return false;
      }
      s->start += adv;
      if (!tok.is_nil()) {
        s->token = tok;
        if (adv > 0)
          s->empties = 0;
        else if (++s->empties > 100)
          panic_string("bufio.Scan: too many empty tokens without progressing");
        return true;
      }
    }
    if (s->eof) {
      s->start = s->end = 0;
      s->done = true;
      return false;
    }
    // Make room: shift data to the front, or grow the buffer.
    if (s->start > 0 && (s->end == s->buf.len() || s->start > s->buf.len() / 2)) {
      copy(s->buf, s->buf.sub(s->start, s->end));
      s->end -= s->start;
      s->start = 0;
    }
    if (s->end == s->buf.len()) {
      if (s->buf.len() >= s->max_size) {
        s->err = ErrTooLong;
        s->done = true;
        return false;
      }
      std::int64_t n = s->buf.len() * 2;
      if (n == 0)
        n = 4096;
      if (n > s->max_size)
        n = s->max_size;
      Bytes nb = make_slice<std::uint8_t>(n);
      copy(nb, s->buf.sub(s->start, s->end));
      s->end -= s->start;
      s->start = 0;
      s->buf = nb;
    }
    auto [n, err] = io::read_from(s->r, s->buf.sub(s->end, s->buf.len()));
    if (n < 0 || n > s->buf.len() - s->end) {
      s->err = errors::New(string("bufio.Scanner: Read returned impossible count"));
      s->done = true;
      return false;
    }
    s->end += n;
    if (err.type != nullptr) {
      if (!(err == io::EOF_))
        s->err = err;
      s->eof = true;
    }
  }
}

string Scanner_Text(Scanner* s) {
  const Bytes& t = deref(s).token;
  return string::copy_of(
      std::string_view(reinterpret_cast<const char*>(t.data()), std::size_t(t.len())));
}
Bytes Scanner_Bytes(Scanner* s) {
  return deref(s).token;
}
iface Scanner_Err(Scanner* s) {
  return deref(s).err;
}

// ---- Reader ----

Reader* NewReaderSize(const iface& r, std::int64_t size) {
  auto* b = gc_new<Reader>();
  b->r = r;
  b->buf = make_slice<std::uint8_t>(size < 16 ? 16 : size);
  return b;
}
Reader* NewReader(const iface& r) {
  return NewReaderSize(r, 4096);
}

namespace {
// Reads more into the buffer; false when nothing more can come (err set).
bool fill(Reader* b) {
  if (b->err.type != nullptr)
    return false;
  if (b->rpos > 0) {
    copy(b->buf, b->buf.sub(b->rpos, b->wpos));
    b->wpos -= b->rpos;
    b->rpos = 0;
  }
  if (b->wpos == b->buf.len()) {
    Bytes nb = make_slice<std::uint8_t>(b->buf.len() * 2);
    copy(nb, b->buf);
    b->buf = nb;
  }
  auto [n, err] = io::read_from(b->r, b->buf.sub(b->wpos, b->buf.len()));
  b->wpos += n;
  if (err.type != nullptr)
    b->err = err;
  return n > 0 || err.type == nullptr;
}
iface take_err(Reader* b) {
  iface e = b->err;
  b->err = iface();
  return e;
}
} // namespace

std::tuple<Bytes, iface> Reader_ReadBytes(Reader* b, std::uint8_t delim) {
  deref(b);
  std::int64_t scanned = b->rpos;
  for (;;) {
    for (std::int64_t i = scanned; i < b->wpos; i++) {
      if (b->buf[i] == delim) {
        Bytes out = make_slice<std::uint8_t>(i + 1 - b->rpos);
        copy(out, b->buf.sub(b->rpos, i + 1));
        b->rpos = i + 1;
        return {out, iface()};
      }
    }
    std::int64_t off = b->wpos - b->rpos;
    if (!fill(b)) {
      Bytes out = make_slice<std::uint8_t>(b->wpos - b->rpos);
      copy(out, b->buf.sub(b->rpos, b->wpos));
      b->rpos = b->wpos;
      return {out, take_err(b)};
    }
    scanned = b->rpos + off;
  }
}

std::tuple<string, iface> Reader_ReadString(Reader* b, std::uint8_t delim) {
  auto [bytes, err] = Reader_ReadBytes(b, delim);
  return {string_from_bytes(bytes), err};
}

std::tuple<Bytes, bool, iface> Reader_ReadLine(Reader* b) {
  auto [line, err] = Reader_ReadBytes(b, '\n');
  if (line.len() == 0 && err.type != nullptr)
    return {Bytes(), false, err};
  if (line.len() > 0 && line[line.len() - 1] == '\n') {
    line = line.sub(0, line.len() - 1);
    if (line.len() > 0 && line[line.len() - 1] == '\r')
      line = line.sub(0, line.len() - 1);
  }
  return {line, false, iface()};
}

std::tuple<std::uint8_t, iface> Reader_ReadByte(Reader* b) {
  deref(b);
  while (b->rpos == b->wpos)
    if (!fill(b))
      return {0, take_err(b)};
  return {b->buf[b->rpos++], iface()};
}

std::tuple<std::int32_t, std::int64_t, iface> Reader_ReadRune(Reader* b) {
  deref(b);
  while (b->wpos - b->rpos < 4 && b->err.type == nullptr) {
    if (b->rpos < b->wpos && b->buf[b->rpos] < 0x80)
      break;
    if (!fill(b))
      break;
  }
  if (b->rpos == b->wpos)
    return {0, 0, take_err(b)};
  auto [r, w] =
      decode_rune_bytes(reinterpret_cast<const char*>(b->buf.data()) + b->rpos, b->wpos - b->rpos);
  b->rpos += w;
  return {r, w, iface()};
}

std::tuple<std::int64_t, iface> Reader_Read(Reader* b, const Bytes& p) {
  deref(b);
  if (p.len() == 0)
    return {0, iface()};
  if (b->rpos == b->wpos && !fill(b))
    return {0, take_err(b)};
  std::int64_t n = copy(p, b->buf.sub(b->rpos, b->wpos));
  b->rpos += n;
  return {n, iface()};
}

// ---- Writer ----

Writer* NewWriterSize(const iface& w, std::int64_t size) {
  auto* b = gc_new<Writer>();
  b->w = w;
  b->buf = make_slice<std::uint8_t>(size <= 0 ? 4096 : size);
  return b;
}
Writer* NewWriter(const iface& w) {
  return NewWriterSize(w, 4096);
}

iface Writer_Flush(Writer* b) {
  deref(b);
  if (b->err.type != nullptr)
    return b->err;
  if (b->n == 0)
    return iface();
  std::string bytes(reinterpret_cast<const char*>(b->buf.data()), std::size_t(b->n));
  auto [n, err] = fmt::write_to(b->w, bytes);
  if (n < b->n && err.type == nullptr)
    err = errors::New(string("short write"));
  if (err.type != nullptr) {
    if (n > 0 && n < b->n)
      copy(b->buf, b->buf.sub(n, b->n));
    b->n -= n;
    b->err = err;
    return err;
  }
  b->n = 0;
  return iface();
}

std::tuple<std::int64_t, iface> Writer_Write(Writer* b, const Bytes& p) {
  deref(b);
  std::int64_t written = 0;
  Bytes rest = p;
  while (rest.len() > b->buf.len() - b->n && b->err.type == nullptr) {
    std::int64_t k;
    if (b->n == 0) {
      // Large write, empty buffer: write directly.
      std::string bytes(reinterpret_cast<const char*>(rest.data()), std::size_t(rest.len()));
      auto [n, err] = fmt::write_to(b->w, bytes);
      k = n;
      b->err = err;
    } else {
      k = copy(b->buf.sub(b->n, b->buf.len()), rest);
      b->n += k;
      Writer_Flush(b);
    }
    written += k;
    rest = rest.sub(k);
  }
  if (b->err.type != nullptr)
    return {written, b->err};
  std::int64_t k = copy(b->buf.sub(b->n, b->buf.len()), rest);
  b->n += k;
  return {written + k, iface()};
}

std::tuple<std::int64_t, iface> Writer_WriteString(Writer* b, const string& s) {
  return Writer_Write(b, bytes_from_string(s));
}
iface Writer_WriteByte(Writer* b, std::uint8_t c) {
  auto [n, err] = Writer_Write(b, Bytes{c});
  (void)n;
  return err;
}
std::tuple<std::int64_t, iface> Writer_WriteRune(Writer* b, std::int32_t r) {
  return Writer_WriteString(b, string_from_rune(r));
}
std::int64_t Writer_Buffered(Writer* b) {
  return deref(b).n;
}
std::int64_t Writer_Available(Writer* b) {
  return deref(b).buf.len() - b->n;
}

namespace {
std::tuple<std::int64_t, iface> writer_write_thunk(void* d, Bytes p) {
  return Writer_Write(*static_cast<Writer**>(d), p);
}
std::tuple<std::int64_t, iface> writer_writestring_thunk(void* d, string s) {
  return Writer_WriteString(*static_cast<Writer**>(d), s);
}
std::tuple<std::int64_t, iface> reader_read_thunk(void* d, Bytes p) {
  return Reader_Read(*static_cast<Reader**>(d), p);
}
// Every method each type declares, sorted by name, so they satisfy any interface of them.
const MethodInfo writer_methods[] = {
    {"Available", "func() int", reinterpret_cast<void*>(&ptr_method<&Writer_Available>::call)},
    {"Buffered", "func() int", reinterpret_cast<void*>(&ptr_method<&Writer_Buffered>::call)},
    {"Flush", "func() error", reinterpret_cast<void*>(&ptr_method<&Writer_Flush>::call)},
    {"Write", "func([]uint8) (int, error)", reinterpret_cast<void*>(&writer_write_thunk)},
    {"WriteByte", "func(uint8) error", reinterpret_cast<void*>(&ptr_method<&Writer_WriteByte>::call)},
    {"WriteRune", "func(int32) (int, error)",
     reinterpret_cast<void*>(&ptr_method<&Writer_WriteRune>::call)},
    {"WriteString", "func(string) (int, error)",
     reinterpret_cast<void*>(&writer_writestring_thunk)}};
const MethodInfo reader_methods[] = {
    {"Read", "func([]uint8) (int, error)", reinterpret_cast<void*>(&reader_read_thunk)},
    {"ReadByte", "func() (uint8, error)", reinterpret_cast<void*>(&ptr_method<&Reader_ReadByte>::call)},
    {"ReadBytes", "func(uint8) ([]uint8, error)",
     reinterpret_cast<void*>(&ptr_method<&Reader_ReadBytes>::call)},
    {"ReadLine", "func() ([]uint8, bool, error)",
     reinterpret_cast<void*>(&ptr_method<&Reader_ReadLine>::call)},
    {"ReadRune", "func() (int32, int, error)",
     reinterpret_cast<void*>(&ptr_method<&Reader_ReadRune>::call)},
    {"ReadString", "func(uint8) (string, error)",
     reinterpret_cast<void*>(&ptr_method<&Reader_ReadString>::call)}};
const MethodInfo scanner_methods[] = {
    {"Buffer", "func([]uint8, int)", reinterpret_cast<void*>(&ptr_method<&Scanner_Buffer>::call)},
    {"Bytes", "func() []uint8", reinterpret_cast<void*>(&ptr_method<&Scanner_Bytes>::call)},
    {"Err", "func() error", reinterpret_cast<void*>(&ptr_method<&Scanner_Err>::call)},
    {"Scan", "func() bool", reinterpret_cast<void*>(&ptr_method<&Scanner_Scan>::call)},
    {"Split", "func(bufio.SplitFunc)", reinterpret_cast<void*>(&ptr_method<&Scanner_Split>::call)},
    {"Text", "func() string", reinterpret_cast<void*>(&ptr_method<&Scanner_Text>::call)}};
const TypeInfo type_Scanner = struct_type<Scanner>("bufio.Scanner", {});
const TypeInfo type_Reader = struct_type<Reader>("bufio.Reader", {});
const TypeInfo type_Writer = struct_type<Writer>("bufio.Writer", {});
} // namespace

const TypeInfo type_ptr_Scanner =
    pointer_type<Scanner*>("*bufio.Scanner", &type_Scanner, scanner_methods);
const TypeInfo type_ptr_Reader =
    pointer_type<Reader*>("*bufio.Reader", &type_Reader, reader_methods);
const TypeInfo type_ptr_Writer =
    pointer_type<Writer*>("*bufio.Writer", &type_Writer, writer_methods);

} // namespace mg::bufio
