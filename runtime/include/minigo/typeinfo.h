// Run-time type descriptors: what interfaces, type assertions, panics and fmt need to know
// about a Go type (its Go name for %T, its kind and layout for printing, equality and hashing
// for == and map keys, its method table for itabs and Error()/String()).
//
// Codegen emits one descriptor per Go type used dynamically, as an `inline constexpr` object,
// built with the helpers below (they fill size, equal and hash from the C++ type):
//
//   inline constexpr mg::FieldInfo main_P_fields[] = {
//       {"X", &mg::type_int, offsetof(main_P, X), false},
//       {"Y", &mg::type_int, offsetof(main_P, Y), false}};
//   inline const mg::MethodInfo main_P_methods[] = {   // const, not constexpr: a function
//       {"String", "func() string", (void*)&main_P_String_thunk}};   // pointer cast to void*
//                                                                     // is not constexpr
//   inline constexpr mg::TypeInfo type_main_P =
//       mg::struct_type<main_P>("main.P", main_P_fields, main_P_methods);
//   inline constexpr mg::TypeInfo type_slice_int = mg::slice_type<int64_t>("[]int", &mg::type_int);
//   inline constexpr mg::TypeInfo type_ptr_main_P = mg::pointer_type<main_P*>("*main.P",
//   &type_main_P, ptr_methods); inline constexpr mg::TypeInfo iface_Stringer =
//   mg::interface_type("fmt.Stringer", methods);
//
// A method thunk takes `void* data` (a pointer to the value: the T, or the T* slot for
// pointer types) followed by the method's arguments. Signatures are Go's func type text
// without the name ("func(int) (string, error)"); itabs match by name and signature.
#pragma once
#include "minigo/empty_struct.h"
#include "minigo/hash.h"
#include "minigo/map.h"

#include <cstddef>
#include <cstdint>
#include <span>

namespace mg {

// The same numbering as Go's reflect.Kind.
enum class Kind : std::uint8_t {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  Array,
  Chan,
  Func,
  Interface,
  Map,
  Pointer,
  Slice,
  String,
  Struct,
  UnsafePointer,
};

struct TypeInfo;

struct FieldInfo {
  const char* name; // the field name; for an embedded field, the type's name without package
  const TypeInfo* type;
  std::size_t offset;
  bool embedded;
};

struct MethodInfo {
  const char* name;
  const char* signature; // "func() string"
  void* fn;              // thunk: R (*)(void* data, A...); null in interface descriptors
};

// Type-erased access to an mg::map<K, V> value (fmt prints maps through it).
struct MapOps {
  std::int64_t (*len)(const void* m);
  // Calls f(ctx, &key, &value) for each entry, in table order.
  void (*each)(const void* m, void* ctx, void (*f)(void* ctx, const void* k, const void* v));
};

struct TypeInfo {
  const char* name; // Go's %T text: "int", "main.P", "[]int", "*main.P", "map[string]int"
  Kind kind;
  std::size_t size;                            // sizeof the C++ representation
  bool (*equal)(const void* a, const void* b); // null: not comparable (slices, maps, funcs)
  std::uint64_t (*hash)(const void* v);        // null: not hashable
  const TypeInfo* elem = nullptr;              // pointer, slice, array, chan, map value
  const TypeInfo* key = nullptr;               // map key
  std::int64_t len = 0;                        // array length
  const FieldInfo* fields = nullptr;
  std::size_t num_fields = 0;
  const MethodInfo* methods = nullptr; // sorted by name
  std::size_t num_methods = 0;
  const MapOps* map_ops = nullptr;
  std::uint8_t chan_dir = 3; // 1 recv-only, 2 send-only, 3 both

  // The method named `name` with signature `sig` (binary search), or null.
  const MethodInfo* find_method(const char* name, const char* sig) const;
};

// Same type: identical descriptors, or (for descriptors emitted twice) same kind and name.
bool same_type(const TypeInfo* a, const TypeInfo* b);

template <class T> bool equal_fn(const void* a, const void* b) {
  return *static_cast<const T*>(a) == *static_cast<const T*>(b);
}
template <class T> std::uint64_t hash_fn(const void* v) {
  return mg_hash(*static_cast<const T*>(v));
}
template <class T> constexpr auto equal_fn_or_null() -> bool (*)(const void*, const void*) {
  if constexpr (requires(const T& x) { x == x; })
    return &equal_fn<T>;
  else
    return nullptr;
}
template <class T> constexpr auto hash_fn_or_null() -> std::uint64_t (*)(const void*) {
  if constexpr (requires(const T& x) { mg_hash(x); })
    return &hash_fn<T>;
  else
    return nullptr;
}

// A basic (or named basic) type: bool, numbers, string. Usage for `type Celsius float64`:
// mg::basic_type<double>("main.Celsius", mg::Kind::Float64, methods)
template <class T>
constexpr TypeInfo basic_type(const char* name, Kind k, std::span<const MethodInfo> m = {}) {
  TypeInfo t{name, k, sizeof(T), equal_fn_or_null<T>(), hash_fn_or_null<T>()};
  t.methods = m.data();
  t.num_methods = m.size();
  return t;
}

// A struct: fields in declaration order (exported iff the name starts with an upper-case letter).
template <class T>
constexpr TypeInfo struct_type(const char* name, std::span<const FieldInfo> f,
                               std::span<const MethodInfo> m = {}) {
  TypeInfo t{name, Kind::Struct, sizeof(T), equal_fn_or_null<T>(), hash_fn_or_null<T>()};
  t.fields = f.data();
  t.num_fields = f.size();
  t.methods = m.data();
  t.num_methods = m.size();
  return t;
}

// *T: C++ type T* (T = the pointee).
template <class P>
constexpr TypeInfo pointer_type(const char* name, const TypeInfo* elem,
                                std::span<const MethodInfo> m = {}) {
  TypeInfo t{name, Kind::Pointer, sizeof(P), &equal_fn<P>, &hash_fn<P>};
  t.elem = elem;
  t.methods = m.data();
  t.num_methods = m.size();
  return t;
}

// []T: C++ type mg::slice<T> (given here as E, the element type).
template <class E>
constexpr TypeInfo slice_type(const char* name, const TypeInfo* elem,
                              std::span<const MethodInfo> m = {}) {
  TypeInfo t{name, Kind::Slice, 3 * sizeof(void*), nullptr, nullptr};
  t.elem = elem;
  t.methods = m.data();
  t.num_methods = m.size();
  return t;
}

// [N]T: C++ type A = mg::array<T, N>.
template <class A>
constexpr TypeInfo array_type(const char* name, const TypeInfo* elem, std::int64_t n,
                              std::span<const MethodInfo> m = {}) {
  TypeInfo t{name, Kind::Array, sizeof(A), equal_fn_or_null<A>(), hash_fn_or_null<A>()};
  t.elem = elem;
  t.len = n;
  t.methods = m.data();
  t.num_methods = m.size();
  return t;
}

// func(...) ...: C++ type F = mg::func<...>. Not comparable.
template <class F>
constexpr TypeInfo func_type(const char* name, std::span<const MethodInfo> m = {}) {
  TypeInfo t{name, Kind::Func, sizeof(F), nullptr, nullptr};
  t.methods = m.data();
  t.num_methods = m.size();
  return t;
}

// chan T: C++ type C = mg::chan<T> (a one-word handle compared by identity).
template <class C>
constexpr TypeInfo chan_type(const char* name, const TypeInfo* elem, std::uint8_t dir = 3,
                             std::span<const MethodInfo> m = {}) {
  TypeInfo t{name, Kind::Chan, sizeof(C), equal_fn_or_null<C>(), hash_fn_or_null<C>()};
  t.elem = elem;
  t.chan_dir = dir;
  t.methods = m.data();
  t.num_methods = m.size();
  return t;
}

template <class K, class V> std::int64_t map_len_fn(const void* m) {
  return static_cast<const map<K, V>*>(m)->len();
}
template <class K, class V>
void map_each_fn(const void* m, void* ctx, void (*f)(void* ctx, const void* k, const void* v)) {
  map_table<K, V>* t = static_cast<const map<K, V>*>(m)->table();
  if (t == nullptr)
    return;
  for (std::int64_t i = 0; i < t->used; i++)
    if (t->entries[i].live)
      f(ctx, &t->entries[i].key, &t->entries[i].value);
}
template <class K, class V>
inline constexpr MapOps map_ops_for{&map_len_fn<K, V>, &map_each_fn<K, V>};

// map[K]V: C++ type mg::map<K, V>. Not comparable.
template <class K, class V>
constexpr TypeInfo map_type(const char* name, const TypeInfo* key, const TypeInfo* elem,
                            std::span<const MethodInfo> m = {}) {
  TypeInfo t{name, Kind::Map, sizeof(void*), nullptr, nullptr};
  t.key = key;
  t.elem = elem;
  t.map_ops = &map_ops_for<K, V>;
  t.methods = m.data();
  t.num_methods = m.size();
  return t;
}

// An interface type: its methods (sorted by name) with null fn. Used as the target of itabs,
// as a field/element type for fmt, and for the source name in assertion panics.
constexpr TypeInfo interface_type(const char* name, std::span<const MethodInfo> m = {}) {
  TypeInfo t{name, Kind::Interface, 3 * sizeof(void*), nullptr, nullptr};
  t.methods = m.data();
  t.num_methods = m.size();
  return t;
}

// Builtin descriptors.
extern const TypeInfo type_bool, type_int, type_int8, type_int16, type_int32, type_int64, type_uint,
    type_uint8, type_uint16, type_uint32, type_uint64, type_uintptr, type_float32, type_float64,
    type_string;
// rune and byte are aliases: they print as int32 and uint8.
inline const TypeInfo& type_rune = type_int32;
inline const TypeInfo& type_byte = type_uint8;
// The interfaces `error` (method Error() string) and `interface {}` / any.
extern const TypeInfo type_error, type_any;
// struct {}.
extern const TypeInfo type_empty_struct;
// Common composite types the runtime itself produces.
extern const TypeInfo type_slice_byte, type_slice_string, type_slice_int, type_slice_any,
    type_slice_rune;

} // namespace mg
