// Tests of bufio's Scanner (lines, words, runes, long tokens), Reader and Writer, over an
// io.Reader that returns its data in small chunks (to exercise buffering) and a
// strings.Builder as the io.Writer.
#include "minigo/bufio.h"
#include "minigo/errors.h"
#include "minigo/fmt.h"
#include "minigo/os.h"
#include "minigo/strings.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace mg;

namespace {

struct ChunkReader {
  string data;
  std::int64_t pos;
  std::int64_t chunk;
};

std::tuple<std::int64_t, iface> ChunkReader_Read(void* d, slice<std::uint8_t> p) {
  ChunkReader* r = *static_cast<ChunkReader**>(d);
  if (r->pos >= r->data.len())
    return {0, io::EOF_};
  std::int64_t n = std::min({p.len(), r->chunk, r->data.len() - r->pos});
  std::memcpy(p.data(), r->data.data() + r->pos, std::size_t(n));
  r->pos += n;
  return {n, iface()};
}
const MethodInfo chunk_methods[] = {
    {"Read", "func([]uint8) (int, error)", reinterpret_cast<void*>(&ChunkReader_Read)}};
const TypeInfo type_ChunkReader = struct_type<ChunkReader>("main.ChunkReader", {});
const TypeInfo type_ptr_ChunkReader =
    pointer_type<ChunkReader*>("*main.ChunkReader", &type_ChunkReader, chunk_methods);

iface reader(const char* s, std::int64_t chunk = 3) {
  auto* r = gc_new<ChunkReader>(ChunkReader{string::copy_of(s), 0, chunk});
  return to_iface(&type_ptr_ChunkReader, r, &io::type_Reader);
}

std::vector<std::string> scan_all(iface r, const bufio::SplitFunc& split) {
  bufio::Scanner* s = bufio::NewScanner(r);
  bufio::Scanner_Split(s, split);
  std::vector<std::string> out;
  while (bufio::Scanner_Scan(s))
    out.push_back(bufio::Scanner_Text(s).str());
  EXPECT_TRUE(bufio::Scanner_Err(s).type == nullptr);
  return out;
}

} // namespace

TEST(Bufio, ScannerSplits) {
  using V = std::vector<std::string>;
  EXPECT_EQ(scan_all(reader("a\nbb\r\n\nccc"), &bufio::ScanLines), (V{"a", "bb", "", "ccc"}));
  EXPECT_EQ(scan_all(reader("a\n"), &bufio::ScanLines), (V{"a"}));
  EXPECT_EQ(scan_all(reader(""), &bufio::ScanLines), V{});
  EXPECT_EQ(scan_all(reader("  hello  world\n foo \t"), &bufio::ScanWords),
            (V{"hello", "world", "foo"}));
  EXPECT_EQ(scan_all(reader("h\xc3\xa9\xe4\xb8\x96!", 1), &bufio::ScanRunes),
            (V{"h", "\xc3\xa9", "\xe4\xb8\x96", "!"}));
  EXPECT_EQ(scan_all(reader("\xff"
                            "a",
                            1),
                     &bufio::ScanRunes),
            (V{"\xef\xbf\xbd", "a"}));
}

TEST(Bufio, ScannerOverStringsReader) {
  iface r = to_iface(&strings::type_ptr_Reader, strings::NewReader(string("one two\nthree")),
                     &io::type_Reader);
  EXPECT_EQ(scan_all(r, &bufio::ScanWords), (std::vector<std::string>{"one", "two", "three"}));
  strings::Reader* sr = strings::NewReader(string("\xe4\xb8\x96"
                                                  "a"));
  auto [ru, w, err] = strings::Reader_ReadRune(sr);
  EXPECT_EQ(ru, 0x4e16);
  EXPECT_EQ(w, 3);
  EXPECT_EQ(strings::Reader_Len(sr), 1);
}

TEST(Bufio, ScannerTokenTooLong) {
  std::string big(70000, 'x');
  bufio::Scanner* s = bufio::NewScanner(reader(big.c_str(), 5000));
  EXPECT_FALSE(bufio::Scanner_Scan(s));
  EXPECT_EQ(errors::error_text(bufio::Scanner_Err(s)).str(), "bufio.Scanner: token too long");
}

TEST(Bufio, ReaderReadStringAndRunes) {
  bufio::Reader* r = bufio::NewReader(reader("line1\nline2"));
  auto [a, e1] = bufio::Reader_ReadString(r, '\n');
  EXPECT_EQ(a.str(), "line1\n");
  EXPECT_TRUE(e1.type == nullptr);
  auto [b, e2] = bufio::Reader_ReadString(r, '\n');
  EXPECT_EQ(b.str(), "line2");
  EXPECT_TRUE(e2 == io::EOF_);
  auto [c, e3] = bufio::Reader_ReadString(r, '\n');
  EXPECT_EQ(c.str(), "");
  EXPECT_TRUE(e3 == io::EOF_);
  bufio::Reader* r2 = bufio::NewReader(reader("\xe4\xb8\x96x", 1));
  auto [ru, w, err] = bufio::Reader_ReadRune(r2);
  EXPECT_EQ(ru, 0x4e16);
  EXPECT_EQ(w, 3);
  EXPECT_TRUE(err.type == nullptr);
  auto [by, err2] = bufio::Reader_ReadByte(r2);
  EXPECT_EQ(by, 'x');
  auto [line, prefix, err3] = bufio::Reader_ReadLine(bufio::NewReader(reader("ab\r\ncd")));
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(line.data()), std::size_t(line.len())), "ab");
  EXPECT_FALSE(prefix);
}

TEST(Bufio, WriterBuffersUntilFlush) {
  strings::Builder sb;
  iface w = to_iface(&strings::type_ptr_Builder, &sb, &io::type_Writer);
  bufio::Writer* bw = bufio::NewWriterSize(w, 8);
  bufio::Writer_WriteString(bw, string("hello"));
  EXPECT_EQ(bufio::Writer_Buffered(bw), 5);
  EXPECT_EQ(strings::Builder_Len(&sb), 0);
  fmt::Fprintf(to_iface(&bufio::type_ptr_Writer, bw, &io::type_Writer), string(" %d!"),
               {iface::box(&type_int, std::int64_t(42))});
  bufio::Writer_WriteByte(bw, '.');
  bufio::Writer_WriteRune(bw, 0x4e16);
  EXPECT_TRUE(bufio::Writer_Flush(bw).type == nullptr);
  EXPECT_EQ(strings::Builder_String(&sb).str(), "hello 42!.\xe4\xb8\x96");
  std::string big(100, 'y');
  auto [n, err] = bufio::Writer_WriteString(bw, string::copy_of(big));
  EXPECT_EQ(n, 100);
  bufio::Writer_Flush(bw);
  EXPECT_EQ(strings::Builder_Len(&sb), 13 + 100);
}
