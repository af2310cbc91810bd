// *os.File for the standard streams: the io.Writer that fmt.Fprint* and os.Stdout use.
#include "minigo/os.h"
#include "minigo/errors.h"
#include "minigo/print.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace mg::os {

namespace {
File stdout_file{1, "/dev/stdout"};
File stderr_file{2, "/dev/stderr"};
File stdin_file{0, "/dev/stdin"};

std::tuple<std::int64_t, iface> write_bytes(File* f, const char* p, std::int64_t n) {
  std::int64_t done = 0;
  while (done < n) {
    ssize_t w = ::write(f->fd, p + done, std::size_t(n - done));
    if (w < 0) {
      if (errno == EINTR)
        continue;
      std::string msg = std::string("write ") + f->name + ": " + std::strerror(errno);
      return {done, errors::New(string::copy_of(msg))};
    }
    done += w;
  }
  return {done, iface()};
}

std::tuple<std::int64_t, iface> File_Write_thunk(void* data, slice<std::uint8_t> b) {
  return File_Write(*static_cast<File**>(data), b);
}
std::tuple<std::int64_t, iface> File_WriteString_thunk(void* data, string s) {
  return File_WriteString(*static_cast<File**>(data), s);
}

const MethodInfo file_methods[] = {
    {"Write", "func([]uint8) (int, error)", reinterpret_cast<void*>(&File_Write_thunk)},
    {"WriteString", "func(string) (int, error)", reinterpret_cast<void*>(&File_WriteString_thunk)}};
constexpr MethodInfo writer_methods[] = {{"Write", "func([]uint8) (int, error)", nullptr}};
} // namespace

File* Stdout = &stdout_file;
File* Stderr = &stderr_file;
File* Stdin = &stdin_file;

const TypeInfo type_File = struct_type<File>("os.File", {});
const TypeInfo type_ptr_File = pointer_type<File*>("*os.File", &type_File, file_methods);

std::tuple<std::int64_t, iface> File_Write(File* f, const slice<std::uint8_t>& b) {
  return write_bytes(f, reinterpret_cast<const char*>(b.data()), b.len());
}
std::tuple<std::int64_t, iface> File_WriteString(File* f, const string& s) {
  return write_bytes(f, s.data(), s.len());
}

iface stdout_writer() {
  return to_iface(&type_ptr_File, Stdout, &io::type_Writer);
}
iface stderr_writer() {
  return to_iface(&type_ptr_File, Stderr, &io::type_Writer);
}

} // namespace mg::os

namespace mg::io {
const TypeInfo type_Writer = interface_type("io.Writer", mg::os::writer_methods);
} // namespace mg::io
