// The dynamic types of the panic values raised by run-time checks, as Go names them:
// runtime.boundsError, runtime.errorString ("runtime error: " + msg), runtime.plainError (msg
// as is) and *runtime.TypeAssertionError. Each has Error() string and RuntimeError(), so a
// recovered value prints and type-asserts to error as in Go.
#pragma once
#include "minigo/iface.h"
#include "minigo/string.h"

namespace mg {

enum class RuntimeErrorKind { Bounds, ErrorString, Plain, TypeAssertion };

struct RuntimeErrorValue {
  string msg;
  friend bool operator==(const RuntimeErrorValue& a, const RuntimeErrorValue& b) {
    return a.msg == b.msg;
  }
  friend std::uint64_t mg_hash(const RuntimeErrorValue& v) { return mg_hash(v.msg); }
};

extern const TypeInfo type_runtime_boundsError, type_runtime_errorString, type_runtime_plainError,
    type_runtime_TypeAssertionError;

// A runtime.Error value with the given message (without the "runtime error: " prefix).
iface make_runtime_error(RuntimeErrorKind k, const string& msg);

} // namespace mg
