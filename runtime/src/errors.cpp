// Go's errors package: errorString, Unwrap/Is/As over Unwrap() error and Unwrap() []error
// methods, and Join.
#include "minigo/errors.h"
#include "minigo/defer.h"
#include "minigo/rterror.h"

#include <cstddef>
#include <cstring>
#include <string>

namespace mg::errors {

namespace {

string errorString_Error(void* data) {
  return (*static_cast<errorString**>(data))->s;
}

const MethodInfo es_methods[] = {
    {"Error", "func() string", reinterpret_cast<void*>(&errorString_Error)}};
constexpr FieldInfo es_fields[] = {{"s", &type_string, offsetof(errorString, s), false}};

struct joinError {
  slice<iface> errs;
};
string joinError_Error(void* data) {
  joinError* j = *static_cast<joinError**>(data);
  string out;
  for (std::int64_t i = 0; i < j->errs.len(); i++) {
    if (i > 0)
      out += string("\n");
    out += error_text(j->errs[i]);
  }
  return out;
}
slice<iface> joinError_Unwrap(void* data) {
  return (*static_cast<joinError**>(data))->errs;
}

const TypeInfo type_slice_error = slice_type<iface>("[]error", &type_error);
const MethodInfo join_methods[] = {
    {"Error", "func() string", reinterpret_cast<void*>(&joinError_Error)},
    {"Unwrap", "func() []error", reinterpret_cast<void*>(&joinError_Unwrap)}};
constexpr FieldInfo join_fields[] = {{"errs", &type_slice_error, offsetof(joinError, errs), false}};
const TypeInfo type_joinError = struct_type<joinError>("errors.joinError", join_fields);

} // namespace

const TypeInfo type_errorString = struct_type<errorString>("errors.errorString", es_fields);
const TypeInfo type_ptr_errorString =
    pointer_type<errorString*>("*errors.errorString", &type_errorString, es_methods);
const TypeInfo type_ptr_joinError =
    pointer_type<joinError*>("*errors.joinError", &type_joinError, join_methods);

iface New(const string& text) {
  auto* e = gc_new<errorString>(errorString{text});
  return to_iface(&type_ptr_errorString, e, &type_error);
}

string error_text(const iface& err) {
  if (err.type == nullptr)
    return string("<nil>");
  const MethodInfo* m = err.type->find_method("Error", "func() string");
  if (m == nullptr)
    return string("<not an error>");
  return reinterpret_cast<string (*)(void*)>(m->fn)(err.data);
}

iface Unwrap(const iface& err) {
  if (err.type == nullptr)
    return iface();
  const MethodInfo* m = err.type->find_method("Unwrap", "func() error");
  if (m == nullptr)
    return iface();
  return reinterpret_cast<iface (*)(void*)>(m->fn)(err.data);
}

namespace {
slice<iface> unwrap_multi(const iface& err) {
  const MethodInfo* m = err.type->find_method("Unwrap", "func() []error");
  if (m == nullptr)
    return slice<iface>();
  return reinterpret_cast<slice<iface> (*)(void*)>(m->fn)(err.data);
}
} // namespace

bool Is(const iface& err, const iface& target) {
  if (err.type == nullptr || target.type == nullptr)
    return err.type == target.type;
  bool comparable = target.type->equal != nullptr;
  iface e = err;
  for (;;) {
    if (comparable && same_type(e.type, target.type) && e.type->equal(e.data, target.data))
      return true;
    if (const MethodInfo* m = e.type->find_method("Is", "func(error) bool")) {
      if (reinterpret_cast<bool (*)(void*, iface)>(m->fn)(e.data, target))
        return true;
    }
    if (e.type->find_method("Unwrap", "func() error") != nullptr) {
      e = Unwrap(e);
      if (e.type == nullptr)
        return false;
      continue;
    }
    slice<iface> errs = unwrap_multi(e);
    for (std::int64_t i = 0; i < errs.len(); i++)
      if (Is(errs[i], target))
        return true;
    return false;
  }
}

bool As(const iface& err, void* target, const TypeInfo* target_elem) {
  if (target == nullptr)
    panic_string("errors: target cannot be nil");
  if (err.type == nullptr)
    return false;
  iface e = err;
  for (;;) {
    if (target_elem->kind == Kind::Interface) {
      void** itab = itab_for(e.type, target_elem);
      if (itab != nullptr) {
        iface r = e;
        r.itab = target_elem->num_methods ? itab : nullptr;
        *static_cast<iface*>(target) = r;
        return true;
      }
    } else if (same_type(e.type, target_elem)) {
      std::memcpy(target, e.data, target_elem->size);
      return true;
    }
    if (const MethodInfo* m = e.type->find_method("As", "func(interface {}) bool")) {
      // The target travels as an `any` holding a pointer to the target variable; its
      // descriptor (*T for the target's type T) is made here, as codegen has none to pass.
      std::string name = std::string("*") + target_elem->name;
      char* n = static_cast<char*>(gc_alloc_atomic_bytes(name.size() + 1));
      std::memcpy(n, name.c_str(), name.size() + 1);
      auto* tt = gc_new<TypeInfo>(pointer_type<void*>(n, target_elem));
      iface t = iface::box(tt, target);
      if (reinterpret_cast<bool (*)(void*, iface)>(m->fn)(e.data, t))
        return true;
    }
    if (e.type->find_method("Unwrap", "func() error") != nullptr) {
      e = Unwrap(e);
      if (e.type == nullptr)
        return false;
      continue;
    }
    slice<iface> errs = unwrap_multi(e);
    for (std::int64_t i = 0; i < errs.len(); i++)
      if (As(errs[i], target, target_elem))
        return true;
    return false;
  }
}

iface Join(const slice<iface>& errs) {
  std::int64_t n = 0;
  for (std::int64_t i = 0; i < errs.len(); i++)
    if (errs[i].type != nullptr)
      n++;
  if (n == 0)
    return iface();
  auto* j = gc_new<joinError>();
  j->errs = make_slice<iface>(0, n);
  for (std::int64_t i = 0; i < errs.len(); i++)
    if (errs[i].type != nullptr)
      j->errs = append(j->errs, errs[i]);
  return to_iface(&type_ptr_joinError, j, &type_error);
}

} // namespace mg::errors
