// Go's sync/atomic: the Add/Load/Store/Swap/CompareAndSwap functions on int32, int64, uint32,
// uint64 and uintptr, and the types Int32, Int64, Uint32, Uint64, Bool and Pointer<T>. Every
// operation is sequentially consistent, as Go's are. (atomic.Value lives in atomic_value.h: it
// holds an interface value.)
#pragma once
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

} // namespace mg::atomic
