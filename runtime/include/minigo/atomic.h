// Go's sync/atomic: the Add/Load/Store/Swap/CompareAndSwap functions on int32, int64, uint32,
// uint64 and uintptr, and the types Int32, Int64, Uint32, Uint64, Bool, Pointer<T> and Value.
// Every operation is sequentially consistent, as Go's are.
#pragma once
#include "minigo/gc.h"
#include "minigo/iface.h"
#include "minigo/panic.h"

#include <atomic>
#include <cstdint>

namespace mg::atomic {

#define MG_ATOMIC_FUNCS(Name, T)                                                                   \
  inline T Add##Name(T* addr, T delta) {                                                           \
    return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST);                                      \
  }                                                                                                \
  inline T Load##Name(const T* addr) {                                                             \
    return __atomic_load_n(addr, __ATOMIC_SEQ_CST);                                                \
  }                                                                                                \
  inline void Store##Name(T* addr, T v) {                                                          \
    __atomic_store_n(addr, v, __ATOMIC_SEQ_CST);                                                   \
  }                                                                                                \
  inline T Swap##Name(T* addr, T v) {                                                              \
    return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST);                                         \
  }                                                                                                \
  inline bool CompareAndSwap##Name(T* addr, T old, T nw) {                                         \
    return __atomic_compare_exchange_n(addr, &old, nw, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); \
  }

// atomic.AddInt64(&n, 1), atomic.LoadInt32(&x), atomic.CompareAndSwapUint64(&u, old, new), ...
MG_ATOMIC_FUNCS(Int32, std::int32_t)
MG_ATOMIC_FUNCS(Int64, std::int64_t)
MG_ATOMIC_FUNCS(Uint32, std::uint32_t)
MG_ATOMIC_FUNCS(Uint64, std::uint64_t)
MG_ATOMIC_FUNCS(Uintptr, std::uint64_t)
#undef MG_ATOMIC_FUNCS

// The shared shape of atomic.Int32 ... atomic.Uint64: zero value ready, copyable like a Go struct
// (copying reads the value; go vet's copylocks warning is Go's business).
template <class T> class Integer {
public:
  Integer() = default;
  Integer(const Integer& o) : v_(o.Load()) {}
  Integer& operator=(const Integer& o) {
    Store(o.Load());
    return *this;
  }
  T Load() const { return v_.load(); }
  void Store(T v) { v_.store(v); }
  T Add(T delta) { return v_.fetch_add(delta) + delta; }
  T Swap(T v) { return v_.exchange(v); }
  bool CompareAndSwap(T old, T nw) { return v_.compare_exchange_strong(old, nw); }

private:
  std::atomic<T> v_{0};
};

// var n atomic.Int64; n.Add(1); n.Load()
using Int32 = Integer<std::int32_t>;
using Int64 = Integer<std::int64_t>;
using Uint32 = Integer<std::uint32_t>;
using Uint64 = Integer<std::uint64_t>;
using Uintptr = Integer<std::uint64_t>;

// var b atomic.Bool; b.Store(true); if (b.Load()) ...
class Bool {
public:
  Bool() = default;
  Bool(const Bool& o) : v_(o.Load()) {}
  Bool& operator=(const Bool& o) {
    Store(o.Load());
    return *this;
  }
  bool Load() const { return v_.load(); }
  void Store(bool v) { v_.store(v); }
  bool Swap(bool v) { return v_.exchange(v); }
  bool CompareAndSwap(bool old, bool nw) { return v_.compare_exchange_strong(old, nw); }

private:
  std::atomic<bool> v_{false};
};

// atomic.Pointer[T]:   mg::atomic::Pointer<Config> p; p.Store(cfg); Config* c = p.Load();
template <class T> class Pointer {
public:
  Pointer() = default;
  Pointer(const Pointer& o) : v_(o.Load()) {}
  Pointer& operator=(const Pointer& o) {
    Store(o.Load());
    return *this;
  }
  T* Load() const { return v_.load(); }
  void Store(T* p) { v_.store(p); }
  T* Swap(T* p) { return v_.exchange(p); }
  bool CompareAndSwap(T* old, T* nw) { return v_.compare_exchange_strong(old, nw); }

private:
  std::atomic<T*> v_{nullptr};
};

// atomic.Value: holds an interface value; every Store must use the same dynamic type.
//   mg::atomic::Value v; v.Store(mg::iface::box(&mg::type_int, int64_t{1})); mg::iface x =
//   v.Load();
class Value {
public:
  Value() = default;
  Value(const Value& o) : p_(o.p_.load()) {}
  Value& operator=(const Value& o) {
    p_.store(o.p_.load());
    return *this;
  }
  // nil when nothing was stored yet.
  iface Load() const {
    const iface* p = p_.load();
    return p ? *p : iface();
  }
  void Store(const iface& v) { (void)exchange(v, "Store"); }
  iface Swap(const iface& v) { return exchange(v, "Swap"); }
  bool CompareAndSwap(const iface& old, const iface& nw) {
    check(nw, "CompareAndSwap");
    const iface* box = gc_new<iface>(nw);
    for (;;) {
      const iface* cur = p_.load();
      if (cur && !same_type(cur->type, nw.type))
        panic_plain_error("sync/atomic: compare and swap of inconsistently typed value into Value");
      iface have = cur ? *cur : iface();
      if (!(have == old))
        return false;
      if (p_.compare_exchange_weak(cur, box))
        return true;
    }
  }

private:
  static void check(const iface& v, const char* op) {
    if (v.is_nil()) {
      if (op[0] == 'S' && op[1] == 't')
        panic_plain_error("sync/atomic: store of nil value into Value");
      if (op[0] == 'S')
        panic_plain_error("sync/atomic: swap of nil value into Value");
      panic_plain_error("sync/atomic: compare and swap of nil value into Value");
    }
  }
  iface exchange(const iface& v, const char* op) {
    check(v, op);
    const iface* box = gc_new<iface>(v);
    const iface* cur = p_.load();
    for (;;) {
      if (cur && !same_type(cur->type, v.type))
        panic_plain_error(op[1] == 't'
                              ? "sync/atomic: store of inconsistently typed value into Value"
                              : "sync/atomic: swap of inconsistently typed value into Value");
      if (p_.compare_exchange_weak(cur, box))
        return cur ? *cur : iface();
    }
  }
  std::atomic<const iface*> p_{nullptr};
};

} // namespace mg::atomic
