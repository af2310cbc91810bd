// *os.File for the standard streams: the io.Writer that fmt.Fprint* and os.Stdout use.
#include "minigo/os.h"
#include "minigo/errors.h"
#include "minigo/print.h"
#include "minigo/sysio.h"

#include <cstdlib>
#include <fcntl.h>
#include <string>

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
    ssize_t w = mg::sysio::write(f->fd, p + done, std::size_t(n - done));
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return {done, path_error("write", string(f->name), errno)};
    }
    done += w;
  }
  return {done, iface()};
}

std::tuple<std::int64_t, iface> File_Write_thunk(void* data, slice<std::uint8_t> b) {
  return File_Write(*static_cast<File**>(data), b);
}
std::tuple<std::int64_t, iface> File_Read_thunk(void* data, slice<std::uint8_t> b) {
  return File_Read(*static_cast<File**>(data), b);
}
std::tuple<std::int64_t, iface> File_WriteString_thunk(void* data, string s) {
  return File_WriteString(*static_cast<File**>(data), s);
}

const MethodInfo file_methods[] = {
    {"Read", "func([]uint8) (int, error)", reinterpret_cast<void*>(&File_Read_thunk)},
    {"Write", "func([]uint8) (int, error)", reinterpret_cast<void*>(&File_Write_thunk)},
    {"WriteString", "func(string) (int, error)", reinterpret_cast<void*>(&File_WriteString_thunk)}};
constexpr MethodInfo writer_methods[] = {{"Write", "func([]uint8) (int, error)", nullptr}};
constexpr MethodInfo reader_methods[] = {{"Read", "func([]uint8) (int, error)", nullptr}};
} // namespace

File* Stdout = &stdout_file;
File* Stderr = &stderr_file;
File* Stdin = &stdin_file;

const TypeInfo type_File = struct_type<File>("os.File", {});
const TypeInfo type_ptr_File = pointer_type<File*>("*os.File", &type_File, file_methods);

std::tuple<std::int64_t, iface> File_Write(File* f, const slice<std::uint8_t>& b) {
  return write_bytes(f, reinterpret_cast<const char*>(b.data()), b.len());
}
std::tuple<std::int64_t, iface> File_Read(File* f, const slice<std::uint8_t>& b) {
  if (f == nullptr)
    panic_nil_deref();
  if (b.len() == 0)
    return {0, iface()};
  for (;;) {
    ssize_t n = mg::sysio::read(f->fd, b.data(), std::size_t(b.len()));
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      return {0, path_error("read", string(f->name), errno)};
    }
    if (n == 0)
      return {0, io::EOF_};
    return {std::int64_t(n), iface()};
  }
}

std::tuple<std::int64_t, iface> File_WriteString(File* f, const string& s) {
  return write_bytes(f, s.data(), s.len());
}

string Getenv(const string& key) {
  const char* v = std::getenv(key.str().c_str());
  return v ? string::copy_of(v) : string();
}

std::tuple<slice<std::uint8_t>, iface> ReadFile(const string& name) {
  int fd = ::open(name.str().c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return {slice<std::uint8_t>(), path_error("open", name, errno)};
  std::string data;
  char buf[65536];
  for (;;) {
    ssize_t n = mg::sysio::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      int e = errno;
      ::close(fd);
      return {slice<std::uint8_t>(), path_error("read", name, e)};
    }
    if (n == 0)
      break;
    data.append(buf, std::size_t(n));
  }
  ::close(fd);
  auto out = make_slice<std::uint8_t>(std::int64_t(data.size()));
  if (!data.empty())
    std::memcpy(out.data(), data.data(), data.size());
  return {out, iface()};
}

iface WriteFile(const string& name, const slice<std::uint8_t>& data, std::uint32_t perm) {
  int fd = ::open(name.str().c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, perm);
  if (fd < 0)
    return path_error("open", name, errno);
  std::string path = name.str(); // the name write errors report
  File f{fd, path.c_str()};
  auto [n, err] = File_Write(&f, data);
  (void)n;
  ::close(fd);
  return err;
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
const TypeInfo type_Reader = interface_type("io.Reader", mg::os::reader_methods);
iface EOF_ = errors::New(string("EOF"));
iface ErrUnexpectedEOF = errors::New(string("unexpected EOF"));

std::tuple<std::int64_t, iface> read_from(const iface& r, const slice<std::uint8_t>& p) {
  if (r.type == nullptr)
    panic_nil_deref();
  if (r.type == &os::type_ptr_File)
    return os::File_Read(*static_cast<os::File**>(r.data), p);
  const MethodInfo* m = r.type->find_method("Read", "func([]uint8) (int, error)");
  if (m == nullptr)
    panic_iface_assert(r.type, &type_Reader);
  using ReadFn = std::tuple<std::int64_t, iface> (*)(void*, slice<std::uint8_t>);
  return reinterpret_cast<ReadFn>(m->fn)(r.data, p);
}
} // namespace mg::io
