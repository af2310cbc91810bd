// The parts of Go's os package that fmt needs: *os.File for Stdout/Stderr/Stdin (an
// io.Writer), and io.Writer's descriptor.
#pragma once
#include "minigo/iface.h"
#include "minigo/slice.h"
#include "minigo/string.h"

#include <cstdint>
#include <tuple>

namespace mg::os {

struct File {
  int fd;
  const char* name;
};

// os.Stdout, os.Stderr, os.Stdin (C++ type File*).
extern File* Stdout;
extern File* Stderr;
extern File* Stdin;

// (*os.File).Write(b): one write(2) call sequence; returns (n, err).
std::tuple<std::int64_t, iface> File_Write(File* f, const slice<std::uint8_t>& b);
// (*os.File).Read(b): (n, err); err is io.EOF at end of input.
std::tuple<std::int64_t, iface> File_Read(File* f, const slice<std::uint8_t>& b);
// (*os.File).WriteString(s).
std::tuple<std::int64_t, iface> File_WriteString(File* f, const string& s);

extern const TypeInfo type_File;     // os.File
extern const TypeInfo type_ptr_File; // *os.File
// (os.Args, os.Exit and init_args are in pkg_os.h.)
// os.Getenv(key).
string Getenv(const string& key);
// os.ReadFile(name): (contents, err); err is a *fs.PathError-like error with Go's text
// ("open x: no such file or directory").
std::tuple<slice<std::uint8_t>, iface> ReadFile(const string& name);
// os.WriteFile(name, data, perm).
iface WriteFile(const string& name, const slice<std::uint8_t>& data, std::uint32_t perm);

// *fs.PathError (os.PathError): Error() is "<Op> <Path>: <Err>", Unwrap() is Err, a
// syscall.Errno whose Is method matches ErrNotExist, ErrExist and ErrPermission.
struct PathError {
  string Op;
  string Path;
  iface Err;
};
extern const TypeInfo type_PathError;     // fs.PathError
extern const TypeInfo type_ptr_PathError; // *fs.PathError
extern const TypeInfo type_Errno;         // syscall.Errno
string PathError_Error(PathError* e);
iface PathError_Unwrap(PathError* e);
string Errno_Error(std::uintptr_t e);
bool Errno_Is(std::uintptr_t e, const iface& target);
// A *fs.PathError for a failed system call: path_error("open", name, errno).
iface path_error(const char* op, const string& path, int err);
extern iface ErrNotExist;   // "file does not exist"
extern iface ErrExist;      // "file already exists"
extern iface ErrPermission; // "permission denied"

// os.Stdout as an io.Writer interface value: mg::os::stdout_writer().
iface stdout_writer();
iface stderr_writer();

} // namespace mg::os

namespace mg::io {
// io.Writer: Write([]byte) (int, error); io.Reader: Read([]byte) (int, error).
extern const TypeInfo type_Writer;
extern const TypeInfo type_Reader;
// io.EOF: an *errors.errorString "EOF".
extern iface EOF_; // io.EOF (named EOF_: <cstdio> defines an EOF macro)
// io.ErrUnexpectedEOF.
extern iface ErrUnexpectedEOF;
// r.Read(p) for any io.Reader value (os.Stdin directly).
std::tuple<std::int64_t, iface> read_from(const iface& r, const slice<std::uint8_t>& p);
} // namespace mg::io
