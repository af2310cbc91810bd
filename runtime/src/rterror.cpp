// Run-time check failures with Go's messages (runtime/error.go's boundsError formats), and the
// runtime.Error types their panic values have.
#include "minigo/rterror.h"
#include "minigo/defer.h"
#include "minigo/rterror_types.h"
#include "minigo/slice.h"

#include <string>

namespace mg {

namespace {

string rt_error_Error(void* data) {
  auto* v = static_cast<RuntimeErrorValue*>(data);
  return string("runtime error: ") + v->msg;
}
string plain_error_Error(void* data) {
  return static_cast<RuntimeErrorValue*>(data)->msg;
}
string assert_error_Error(void* data) {
  return (*static_cast<RuntimeErrorValue**>(data))->msg;
}
void rt_error_RuntimeError(void*) {}

const MethodInfo rt_methods[] = {
    {"Error", "func() string", reinterpret_cast<void*>(&rt_error_Error)},
    {"RuntimeError", "func()", reinterpret_cast<void*>(&rt_error_RuntimeError)}};
const MethodInfo plain_methods[] = {
    {"Error", "func() string", reinterpret_cast<void*>(&plain_error_Error)},
    {"RuntimeError", "func()", reinterpret_cast<void*>(&rt_error_RuntimeError)}};
const MethodInfo assert_methods[] = {
    {"Error", "func() string", reinterpret_cast<void*>(&assert_error_Error)},
    {"RuntimeError", "func()", reinterpret_cast<void*>(&rt_error_RuntimeError)}};

constexpr FieldInfo rt_fields[] = {{"msg", &type_string, 0, false}};

const TypeInfo type_assert_struct =
    struct_type<RuntimeErrorValue>("runtime.TypeAssertionError", rt_fields);

[[noreturn]] void bounds(const std::string& msg) {
  throw Panic(make_runtime_error(RuntimeErrorKind::Bounds, string::copy_of(msg)));
}
std::string d(std::int64_t v) {
  return std::to_string(v);
}

} // namespace

const TypeInfo type_runtime_boundsError =
    struct_type<RuntimeErrorValue>("runtime.boundsError", rt_fields, rt_methods);
const TypeInfo type_runtime_errorString =
    struct_type<RuntimeErrorValue>("runtime.errorString", rt_fields, rt_methods);
const TypeInfo type_runtime_plainError =
    struct_type<RuntimeErrorValue>("runtime.plainError", rt_fields, plain_methods);
const TypeInfo type_runtime_TypeAssertionError = pointer_type<RuntimeErrorValue*>(
    "*runtime.TypeAssertionError", &type_assert_struct, assert_methods);

iface make_runtime_error(RuntimeErrorKind k, const string& msg) {
  switch (k) {
  case RuntimeErrorKind::Bounds:
    return iface::box(&type_runtime_boundsError, RuntimeErrorValue{msg});
  case RuntimeErrorKind::ErrorString:
    return iface::box(&type_runtime_errorString, RuntimeErrorValue{msg});
  case RuntimeErrorKind::Plain:
    return iface::box(&type_runtime_plainError, RuntimeErrorValue{msg});
  case RuntimeErrorKind::TypeAssertion:
    return iface::box(&type_runtime_TypeAssertionError,
                      gc_new<RuntimeErrorValue>(RuntimeErrorValue{msg}));
  }
  return iface();
}

// Negative indexes print without the length, as Go's boundsNegErrorFmt.
void panic_index(std::int64_t i, std::int64_t len) {
  if (i < 0)
    bounds("index out of range [" + d(i) + "]");
  bounds("index out of range [" + d(i) + "] with length " + d(len));
}
void panic_slice_alen(std::int64_t hi, std::int64_t len) {
  if (hi < 0)
    bounds("slice bounds out of range [:" + d(hi) + "]");
  bounds("slice bounds out of range [:" + d(hi) + "] with length " + d(len));
}
void panic_slice_acap(std::int64_t hi, std::int64_t cap) {
  if (hi < 0)
    bounds("slice bounds out of range [:" + d(hi) + "]");
  bounds("slice bounds out of range [:" + d(hi) + "] with capacity " + d(cap));
}
void panic_slice_b(std::int64_t lo, std::int64_t hi) {
  if (lo < 0)
    bounds("slice bounds out of range [" + d(lo) + ":]");
  bounds("slice bounds out of range [" + d(lo) + ":" + d(hi) + "]");
}
void panic_slice3_acap(std::int64_t max, std::int64_t cap) {
  if (max < 0)
    bounds("slice bounds out of range [::" + d(max) + "]");
  bounds("slice bounds out of range [::" + d(max) + "] with capacity " + d(cap));
}
void panic_slice3_alen(std::int64_t max, std::int64_t len) {
  if (max < 0)
    bounds("slice bounds out of range [::" + d(max) + "]");
  bounds("slice bounds out of range [::" + d(max) + "] with length " + d(len));
}
void panic_slice3_b(std::int64_t hi, std::int64_t max) {
  if (hi < 0)
    bounds("slice bounds out of range [:" + d(hi) + ":]");
  bounds("slice bounds out of range [:" + d(hi) + ":" + d(max) + "]");
}
void panic_slice3_c(std::int64_t lo, std::int64_t hi) {
  if (lo < 0)
    bounds("slice bounds out of range [" + d(lo) + "::]");
  bounds("slice bounds out of range [" + d(lo) + ":" + d(hi) + ":]");
}
void panic_slice_convert(std::int64_t len, std::int64_t n) {
  bounds("cannot convert slice with length " + d(len) + " to pointer to array with length " + d(n));
}
void panic_nil_deref() {
  panic_runtime_error("invalid memory address or nil pointer dereference");
}
void panic_divide() {
  panic_runtime_error("integer divide by zero");
}
void panic_makeslice_len() {
  panic_runtime_error("makeslice: len out of range");
}
void panic_makeslice_cap() {
  panic_runtime_error("makeslice: cap out of range");
}
void panic_nil_map_write() {
  panic_plain_error("assignment to entry in nil map");
}

// Go's malloc size classes (runtime/sizeclasses.go) up to 32 KiB; larger sizes round up to
// whole 8 KiB pages.
std::int64_t go_roundupsize(std::int64_t size) {
  static constexpr std::int64_t classes[] = {
      0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
      160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
      448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
      1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
      6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
      18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
  if (size <= 32768) {
    for (std::int64_t c : classes)
      if (c >= size)
        return c;
  }
  return (size + 8191) / 8192 * 8192;
}

} // namespace mg
