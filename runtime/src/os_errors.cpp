// The errors os functions return, as Go's: *fs.PathError{Op, Path, Err} whose Err is a
// syscall.Errno, and os.ErrNotExist/ErrExist/ErrPermission, which errors.Is matches against
// an Errno through Errno's Is method (so errors.Is(err, os.ErrNotExist) works as in Go).
#include "minigo/errors.h"
#include "minigo/os.h"
#include "minigo/rterror.h"

#include <cerrno>
#include <cstring>
#include <string>

namespace mg::os {

iface ErrNotExist = errors::New(string("file does not exist"));
iface ErrExist = errors::New(string("file already exists"));
iface ErrPermission = errors::New(string("permission denied"));

string Errno_Error(std::uintptr_t e) {
  std::string msg = std::strerror(int(e));
  // Go's syscall texts are strerror's with a lower-case first letter.
  if (!msg.empty() && msg[0] >= 'A' && msg[0] <= 'Z')
    msg[0] = char(msg[0] - 'A' + 'a');
  return string::copy_of(msg);
}

bool Errno_Is(std::uintptr_t e, const iface& target) {
  auto same = [&](const iface& v) { return target.type == v.type && target.data == v.data; };
  switch (e) {
  case ENOENT:
    return same(ErrNotExist);
  case EEXIST:
  case ENOTEMPTY:
    return same(ErrExist);
  case EACCES:
  case EPERM:
    return same(ErrPermission);
  default:
    return false;
  }
}

string PathError_Error(PathError* e) {
  const PathError& p = mg::deref(e);
  return p.Op + string(" ") + p.Path + string(": ") + errors::error_text(p.Err);
}

iface PathError_Unwrap(PathError* e) {
  return mg::deref(e).Err;
}

namespace {

string errno_error_thunk(void* data) {
  return Errno_Error(*static_cast<std::uintptr_t*>(data));
}
bool errno_is_thunk(void* data, iface target) {
  return Errno_Is(*static_cast<std::uintptr_t*>(data), target);
}
const MethodInfo errno_methods[] = {
    {"Error", "func() string", reinterpret_cast<void*>(&errno_error_thunk)},
    {"Is", "func(error) bool", reinterpret_cast<void*>(&errno_is_thunk)}};

string path_error_thunk(void* data) {
  return PathError_Error(*static_cast<PathError**>(data));
}
iface path_unwrap_thunk(void* data) {
  return PathError_Unwrap(*static_cast<PathError**>(data));
}
const MethodInfo path_error_methods[] = {
    {"Error", "func() string", reinterpret_cast<void*>(&path_error_thunk)},
    {"Unwrap", "func() error", reinterpret_cast<void*>(&path_unwrap_thunk)}};
constexpr FieldInfo path_error_fields[] = {{"Op", &type_string, offsetof(PathError, Op), false},
                                           {"Path", &type_string, offsetof(PathError, Path), false},
                                           {"Err", &type_error, offsetof(PathError, Err), false}};

} // namespace

const TypeInfo type_Errno = basic_type<std::uintptr_t>("syscall.Errno", Kind::Uintptr, errno_methods);
// Go's os.PathError is an alias of fs.PathError: %T prints *fs.PathError.
const TypeInfo type_PathError = struct_type<PathError>("fs.PathError", path_error_fields);
const TypeInfo type_ptr_PathError =
    pointer_type<PathError*>("*fs.PathError", &type_PathError, path_error_methods);

iface path_error(const char* op, const string& path, int err) {
  iface errno_value = to_iface(&type_Errno, std::uintptr_t(err), &type_error);
  auto* e = gc_new<PathError>(PathError{string(op), path, errno_value});
  return to_iface(&type_ptr_PathError, e, &type_error);
}

} // namespace mg::os
