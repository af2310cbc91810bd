// Go's bufio package: Scanner (with the ScanLines, ScanWords, ScanRunes split functions),
// Reader (ReadString, ReadLine, ReadRune, ReadByte) and Writer (Write*, Flush), over any
// io.Reader / io.Writer value. Methods are free functions <Type>_<Method>(T*, ...), the naming
// codegen uses for library types.
#pragma once
#include "minigo/func.h"
#include "minigo/iface.h"
#include "minigo/slice.h"
#include "minigo/string.h"

#include <cstdint>
#include <tuple>

namespace mg::bufio {

constexpr std::int64_t MaxScanTokenSize = 64 * 1024;

// func(data []byte, atEOF bool) (advance int, token []byte, err error)
using SplitFunc =
    func<std::tuple<std::int64_t, slice<std::uint8_t>, iface>(slice<std::uint8_t>, bool)>;
std::tuple<std::int64_t, slice<std::uint8_t>, iface> ScanLines(slice<std::uint8_t> data,
                                                               bool at_eof);
std::tuple<std::int64_t, slice<std::uint8_t>, iface> ScanWords(slice<std::uint8_t> data,
                                                               bool at_eof);
std::tuple<std::int64_t, slice<std::uint8_t>, iface> ScanRunes(slice<std::uint8_t> data,
                                                               bool at_eof);
std::tuple<std::int64_t, slice<std::uint8_t>, iface> ScanBytes(slice<std::uint8_t> data,
                                                               bool at_eof);
extern iface ErrTooLong;    // "bufio.Scanner: token too long"
extern iface ErrFinalToken; // "final token"

struct Scanner {
  iface r;
  SplitFunc split;
  std::int64_t max_size;
  slice<std::uint8_t> buf;
  std::int64_t start, end;
  slice<std::uint8_t> token;
  iface err;
  bool eof;
  bool done;
  std::int64_t empties;
};
Scanner* NewScanner(const iface& r);
bool Scanner_Scan(Scanner* s);
string Scanner_Text(Scanner* s);
slice<std::uint8_t> Scanner_Bytes(Scanner* s);
iface Scanner_Err(Scanner* s);
void Scanner_Split(Scanner* s, const SplitFunc& split);
void Scanner_Buffer(Scanner* s, const slice<std::uint8_t>& buf, std::int64_t max);

struct Reader {
  iface r;
  slice<std::uint8_t> buf;
  std::int64_t rpos, wpos;
  iface err;
};
Reader* NewReader(const iface& r);
Reader* NewReaderSize(const iface& r, std::int64_t size);
std::tuple<string, iface> Reader_ReadString(Reader* b, std::uint8_t delim);
std::tuple<slice<std::uint8_t>, iface> Reader_ReadBytes(Reader* b, std::uint8_t delim);
std::tuple<slice<std::uint8_t>, bool, iface> Reader_ReadLine(Reader* b);
std::tuple<std::int32_t, std::int64_t, iface> Reader_ReadRune(Reader* b);
std::tuple<std::uint8_t, iface> Reader_ReadByte(Reader* b);
std::tuple<std::int64_t, iface> Reader_Read(Reader* b, const slice<std::uint8_t>& p);

struct Writer {
  iface w;
  slice<std::uint8_t> buf;
  std::int64_t n;
  iface err;
};
Writer* NewWriter(const iface& w);
Writer* NewWriterSize(const iface& w, std::int64_t size);
std::tuple<std::int64_t, iface> Writer_Write(Writer* b, const slice<std::uint8_t>& p);
std::tuple<std::int64_t, iface> Writer_WriteString(Writer* b, const string& s);
iface Writer_WriteByte(Writer* b, std::uint8_t c);
std::tuple<std::int64_t, iface> Writer_WriteRune(Writer* b, std::int32_t r);
iface Writer_Flush(Writer* b);
std::int64_t Writer_Buffered(Writer* b);
std::int64_t Writer_Available(Writer* b);

extern const TypeInfo type_ptr_Scanner; // *bufio.Scanner
extern const TypeInfo type_ptr_Reader;  // *bufio.Reader (an io.Reader)
extern const TypeInfo type_ptr_Writer;  // *bufio.Writer (an io.Writer)

} // namespace mg::bufio
