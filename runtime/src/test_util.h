// Helpers shared by the runtime's unit tests: boxing C++ values with their Go types, and
// catching a Go panic's message.
#pragma once
#include "minigo/defer.h"
#include "minigo/errors.h"
#include "minigo/iface.h"
#include "minigo/string.h"

#include <string>

namespace mg::test {

inline iface I(std::int64_t v) {
  return iface::box(&type_int, v);
}
inline iface I(int v) {
  return iface::box(&type_int, std::int64_t(v));
}
inline iface I(double v) {
  return iface::box(&type_float64, v);
}
inline iface I(float v) {
  return iface::box(&type_float32, v);
}
inline iface I(bool v) {
  return iface::box(&type_bool, v);
}
inline iface I(const char* v) {
  return iface::box(&type_string, string(v));
}
inline iface I(string v) {
  return iface::box(&type_string, v);
}
inline iface I(std::uint8_t v) {
  return iface::box(&type_uint8, v);
}
inline iface I(std::int8_t v) {
  return iface::box(&type_int8, v);
}
inline iface I(std::uint64_t v) {
  return iface::box(&type_uint64, v);
}

// Runs f and returns the text of the panic it raises ("" if none): the Error() of error
// values, the string of string values.
template <class F> std::string panic_message(F&& f) {
  try {
    f();
  } catch (const Panic& p) {
    const iface& v = p.value();
    if (v.type == &type_string)
      return v.as<string>().str();
    return errors::error_text(v).str();
  }
  return "";
}

} // namespace mg::test
