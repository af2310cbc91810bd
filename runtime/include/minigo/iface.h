// mg::iface, every Go interface value: {dynamic type, pointer to the boxed value, itab}.
// nil when type is null. The itab is the method table for the static interface type (one
// function pointer per interface method, in the interface's sorted method order); it is null
// for `any` and is filled by itab_for when converting to a non-empty interface.
#pragma once
#include "minigo/gc.h"
#include "minigo/hash.h"
#include "minigo/rterror.h"
#include "minigo/slice.h"
#include "minigo/string.h"
#include "minigo/typeinfo.h"

#include <cstdint>
#include <tuple>
#include <type_traits>

namespace mg {

// Usage: mg::iface v = mg::iface::box(&mg::type_int, int64_t{3}); v.as<int64_t>();
//        mg::iface s = mg::to_iface(&type_main_P, p, &iface_Stringer);  // with its itab
//        ((mg::string (*)(void*))s.itab[0])(s.data);                   // s.String()
struct iface {
  const TypeInfo* type = nullptr;
  void* data = nullptr;
  void** itab = nullptr;

  iface() = default;
  iface(std::nullptr_t) {}
  iface(const TypeInfo* t, void* d, void** it = nullptr) : type(t), data(d), itab(it) {}

  // Copies v to the GC heap (atomic for pointer-free values) and returns it with no itab.
  template <class T> static iface box(const TypeInfo* t, const T& v) {
    void* p = pointer_free<T>::value ? gc_alloc_atomic_bytes(sizeof(T)) : gc_alloc_bytes(sizeof(T));
    new (p) T(v);
    return iface(t, p);
  }
  // The boxed value (the caller knows the dynamic type).
  template <class T> T& as() const { return *static_cast<T*>(data); }
  bool is_nil() const { return type == nullptr; }
  friend bool operator==(const iface& a, std::nullptr_t) { return a.type == nullptr; }
};

// x == y on interfaces: same dynamic type and equal values; panics "runtime error: comparing
// uncomparable type []int" when the type has no equality.
bool operator==(const iface& a, const iface& b);
// Hash of an interface map key; panics "runtime error: hash of unhashable type []int".
std::uint64_t mg_hash(const iface& v);

template <> struct pointer_free<iface> : std::false_type {};

// The method table of `type` for interface `itype`, or null when a method is missing.
// Cached per (type, itype) pair; the result lives forever.
void** itab_for(const TypeInfo* type, const TypeInfo* itype);
// Whether `type` has every method of `itype` (type switches with interface cases).
inline bool implements(const TypeInfo* type, const TypeInfo* itype) {
  return type != nullptr && itab_for(type, itype) != nullptr;
}

// Boxes v of static type t and converts it to interface itype (null itype: any).
template <class T> iface to_iface(const TypeInfo* t, const T& v, const TypeInfo* itype = nullptr) {
  iface r = iface::box(t, v);
  if (itype != nullptr && itype->num_methods > 0)
    r.itab = itab_for(t, itype);
  return r;
}
// Interface-to-interface conversion known valid at compile time (I -> J, J's methods ⊆ I's).
iface convert_iface(const iface& v, const TypeInfo* itype);

// x.(T) for a concrete T: panics "interface conversion: interface {} is string, not int"
// (src = the static interface type of x, for its name).
[[noreturn]] void panic_type_assert(const TypeInfo* src, const TypeInfo* have,
                                    const TypeInfo* want);
// x.(I) failing: "interface conversion: main.T is not main.I: missing method M", or
// "interface conversion: interface is nil, not main.I".
[[noreturn]] void panic_iface_assert(const TypeInfo* have, const TypeInfo* want);

// v := x.(T)
template <class T> T assert_type(const iface& x, const TypeInfo* want, const TypeInfo* src) {
  if (!same_type(x.type, want)) [[unlikely]]
    panic_type_assert(src, x.type, want);
  return *static_cast<T*>(x.data);
}
// v, ok := x.(T)
template <class T> std::tuple<T, bool> assert_type_ok(const iface& x, const TypeInfo* want) {
  if (!same_type(x.type, want))
    return {T(), false};
  return {*static_cast<T*>(x.data), true};
}
// v := x.(I)
iface assert_iface(const iface& x, const TypeInfo* itype);
// v, ok := x.(I)
std::tuple<iface, bool> assert_iface_ok(const iface& x, const TypeInfo* itype);

// A method call on an interface value that has no itab: the value was converted to an
// interface type whose descriptor lists no methods (a codegen bug); fails loudly.
[[noreturn]] void missing_itab(const TypeInfo* type);

// Calls method number i of the interface (itab order) with the given C++ signature:
// mg::call_method<mg::string>(v, 0) is v.String() for fmt.Stringer.
template <class R, class... A> R call_method(const iface& v, std::size_t i, A... args) {
  if (v.type == nullptr) [[unlikely]]
    panic_nil_deref();
  if (v.itab == nullptr) [[unlikely]]
    missing_itab(v.type);
  auto fn = reinterpret_cast<R (*)(void*, A...)>(v.itab[i]);
  return fn(v.data, args...);
}

// The receiver of a method value i.M: Go panics (nil dereference) when it is evaluated from a
// nil interface, not when it is later called.
inline const iface& method_value_recv(const iface& v) {
  if (v.type == nullptr) [[unlikely]]
    panic_nil_deref();
  return v;
}

} // namespace mg
