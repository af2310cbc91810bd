// Builtin type descriptors, method lookup, itabs (cached per type pair), interface equality
// and hashing, and the failing type assertions' panics.
#include "minigo/typeinfo.h"
#include "minigo/defer.h"
#include "minigo/iface.h"
#include "minigo/panic.h"
#include "minigo/rterror_types.h"
#include "minigo/string.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>

namespace mg {

const TypeInfo type_bool = basic_type<bool>("bool", Kind::Bool);
const TypeInfo type_int = basic_type<std::int64_t>("int", Kind::Int);
const TypeInfo type_int8 = basic_type<std::int8_t>("int8", Kind::Int8);
const TypeInfo type_int16 = basic_type<std::int16_t>("int16", Kind::Int16);
const TypeInfo type_int32 = basic_type<std::int32_t>("int32", Kind::Int32);
const TypeInfo type_int64 = basic_type<std::int64_t>("int64", Kind::Int64);
const TypeInfo type_uint = basic_type<std::uint64_t>("uint", Kind::Uint);
const TypeInfo type_uint8 = basic_type<std::uint8_t>("uint8", Kind::Uint8);
const TypeInfo type_uint16 = basic_type<std::uint16_t>("uint16", Kind::Uint16);
const TypeInfo type_uint32 = basic_type<std::uint32_t>("uint32", Kind::Uint32);
const TypeInfo type_uint64 = basic_type<std::uint64_t>("uint64", Kind::Uint64);
const TypeInfo type_uintptr = basic_type<std::uint64_t>("uintptr", Kind::Uintptr);
const TypeInfo type_float32 = basic_type<float>("float32", Kind::Float32);
const TypeInfo type_float64 = basic_type<double>("float64", Kind::Float64);
const TypeInfo type_string = basic_type<string>("string", Kind::String);

namespace {
constexpr MethodInfo error_methods[] = {{"Error", "func() string", nullptr}};
}
const TypeInfo type_error = interface_type("error", error_methods);
const TypeInfo type_any = interface_type("interface {}");

const TypeInfo type_empty_struct = struct_type<empty_struct>("struct {}", {});

const TypeInfo type_slice_byte = slice_type<std::uint8_t>("[]uint8", &type_uint8);
const TypeInfo type_slice_string = slice_type<string>("[]string", &type_string);
const TypeInfo type_slice_int = slice_type<std::int64_t>("[]int", &type_int);
const TypeInfo type_slice_any = slice_type<iface>("[]interface {}", &type_any);
const TypeInfo type_slice_rune = slice_type<std::int32_t>("[]int32", &type_int32);

const MethodInfo* TypeInfo::find_method(const char* n, const char* sig) const {
  std::size_t lo = 0, hi = num_methods;
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    int c = std::strcmp(methods[mid].name, n);
    if (c == 0)
      return std::strcmp(methods[mid].signature, sig) == 0 ? &methods[mid] : nullptr;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return nullptr;
}

bool same_type(const TypeInfo* a, const TypeInfo* b) {
  if (a == b)
    return true;
  if (a == nullptr || b == nullptr)
    return false;
  return a->kind == b->kind && std::strcmp(a->name, b->name) == 0;
}

namespace {

// The itab cache: a spin lock (held for a hash-table lookup only; it never blocks a thread
// for long, and goroutines must not block OS threads on mutexes).
std::atomic_flag itab_lock = ATOMIC_FLAG_INIT;
struct PairHash {
  std::size_t operator()(const std::pair<const TypeInfo*, const TypeInfo*>& p) const {
    return std::hash<const void*>()(p.first) * 31 + std::hash<const void*>()(p.second);
  }
};
std::unordered_map<std::pair<const TypeInfo*, const TypeInfo*>, void**, PairHash>& itab_cache() {
  static auto* m =
      new std::unordered_map<std::pair<const TypeInfo*, const TypeInfo*>, void**, PairHash>();
  return *m;
}

// The first method of itype that type lacks, or null; fills itab when given.
const MethodInfo* match_methods(const TypeInfo* type, const TypeInfo* itype, void** itab) {
  std::size_t j = 0;
  for (std::size_t i = 0; i < itype->num_methods; i++) {
    const MethodInfo& want = itype->methods[i];
    while (j < type->num_methods && std::strcmp(type->methods[j].name, want.name) < 0)
      j++;
    if (j == type->num_methods || std::strcmp(type->methods[j].name, want.name) != 0 ||
        std::strcmp(type->methods[j].signature, want.signature) != 0)
      return &want;
    if (itab)
      itab[i] = type->methods[j].fn;
  }
  return nullptr;
}

} // namespace

void** itab_for(const TypeInfo* type, const TypeInfo* itype) {
  if (type == nullptr)
    return nullptr;
  static void* empty_itab[1] = {nullptr};
  if (itype->num_methods == 0)
    return empty_itab;
  auto key = std::make_pair(type, itype);
  while (itab_lock.test_and_set(std::memory_order_acquire)) {
  }
  auto& cache = itab_cache();
  auto it = cache.find(key);
  if (it != cache.end()) {
    void** r = it->second;
    itab_lock.clear(std::memory_order_release);
    return r;
  }
  itab_lock.clear(std::memory_order_release);
  // Built outside the lock; a racing builder's duplicate is harmless (both are equal).
  void** itab = static_cast<void**>(std::calloc(itype->num_methods, sizeof(void*)));
  if (match_methods(type, itype, itab) != nullptr) {
    std::free(itab);
    itab = nullptr;
  }
  while (itab_lock.test_and_set(std::memory_order_acquire)) {
  }
  auto ins = cache.emplace(key, itab);
  void** r = ins.first->second;
  itab_lock.clear(std::memory_order_release);
  if (!ins.second && itab != r)
    std::free(itab);
  return r;
}

bool operator==(const iface& a, const iface& b) {
  if (!same_type(a.type, b.type))
    return false;
  if (a.type == nullptr)
    return true;
  if (a.type->equal == nullptr) {
    std::string m = std::string("comparing uncomparable type ") + a.type->name;
    panic_runtime_error(m.c_str());
  }
  return a.type->equal(a.data, b.data);
}

std::uint64_t mg_hash(const iface& v) {
  if (v.type == nullptr)
    return 0;
  if (v.type->hash == nullptr) {
    std::string m = std::string("hash of unhashable type ") + v.type->name;
    panic_runtime_error(m.c_str());
  }
  return hash_combine(hash_bytes(v.type->name, std::strlen(v.type->name)), v.type->hash(v.data));
}

iface convert_iface(const iface& v, const TypeInfo* itype) {
  iface r = v;
  r.itab = v.type != nullptr && itype->num_methods > 0 ? itab_for(v.type, itype) : nullptr;
  return r;
}

void missing_itab(const TypeInfo* type) {
  std::string m = std::string("internal error: method call on an interface value of type ") +
                  type->name + " without a method table (interface descriptor lists no methods)";
  fatal_error(m.c_str());
}

static const char* iface_name(const TypeInfo* src) {
  return src ? src->name : "interface";
}

void panic_type_assert(const TypeInfo* src, const TypeInfo* have, const TypeInfo* want) {
  std::string m = std::string("interface conversion: ") + iface_name(src) + " is " +
                  (have ? have->name : "nil") + ", not " + want->name;
  throw Panic(make_runtime_error(RuntimeErrorKind::TypeAssertion, string::copy_of(m)));
}

void panic_iface_assert(const TypeInfo* have, const TypeInfo* want) {
  std::string m;
  if (have == nullptr) {
    m = std::string("interface conversion: interface is nil, not ") + want->name;
  } else {
    const MethodInfo* missing = match_methods(have, want, nullptr);
    m = std::string("interface conversion: ") + have->name + " is not " + want->name +
        ": missing method " + (missing ? missing->name : "?");
  }
  throw Panic(make_runtime_error(RuntimeErrorKind::TypeAssertion, string::copy_of(m)));
}

iface assert_iface(const iface& x, const TypeInfo* itype) {
  if (x.type == nullptr)
    panic_iface_assert(nullptr, itype);
  void** itab = itab_for(x.type, itype);
  if (itab == nullptr)
    panic_iface_assert(x.type, itype);
  return iface(x.type, x.data, itype->num_methods ? itab : nullptr);
}

std::tuple<iface, bool> assert_iface_ok(const iface& x, const TypeInfo* itype) {
  if (x.type == nullptr)
    return {iface(), false};
  void** itab = itab_for(x.type, itype);
  if (itab == nullptr)
    return {iface(), false};
  return {iface(x.type, x.data, itype->num_methods ? itab : nullptr), true};
}

} // namespace mg
