// Go's errors package: New, Unwrap, Is, As, Join (the Go 1.20 API, with Go's messages).
#pragma once
#include "minigo/iface.h"
#include "minigo/slice.h"
#include "minigo/string.h"

namespace mg::errors {

struct errorString {
  string s;
};

// errors.New(text): a distinct *errors.errorString each call.
iface New(const string& text);
// errors.Unwrap(err): the result of err's Unwrap() error method, or nil.
iface Unwrap(const iface& err);
// errors.Is(err, target): walks the Unwrap chain (and Unwrap() []error trees), comparing with
// == when comparable and calling Is(error) bool methods.
bool Is(const iface& err, const iface& target);
// errors.As(err, target): target points to a variable of type `target_elem` (an interface or
// a concrete type); on a match stores the error there and returns true.
// C++: errors::As(err, &var, &type_of_var); for an interface variable, var is an mg::iface.
bool As(const iface& err, void* target, const TypeInfo* target_elem);
// errors.Join(errs...): nil if all are nil; Error() joins the messages with newlines.
iface Join(const slice<iface>& errs);

// The error's message (err.Error()); "<nil>" for nil.
string error_text(const iface& err);

extern const TypeInfo type_errorString;     // errors.errorString
extern const TypeInfo type_ptr_errorString; // *errors.errorString
extern const TypeInfo type_ptr_joinError;   // *errors.joinError

} // namespace mg::errors
