// Allocation for generated code and the runtime: everything lives on the Boehm GC heap and is
// never freed explicitly. GC_THREADS must be defined before <gc/gc.h> so that threads register.
#pragma once
#ifndef GC_THREADS
#define GC_THREADS 1
#endif
#include <gc/gc.h>

#include <cstddef>
#include <new>
#include <utility>

namespace mg {

// Zeroed memory that may hold pointers: the collector scans it.
inline void* gc_alloc_bytes(std::size_t n) {
  void* p = GC_MALLOC(n ? n : 1);
  if (!p) throw std::bad_alloc();
  return p;
}

// Zeroed memory that holds no pointers (string bytes, numeric arrays): never scanned.
inline void* gc_alloc_atomic_bytes(std::size_t n) {
  void* p = GC_MALLOC_ATOMIC(n ? n : 1);
  if (!p) throw std::bad_alloc();
  __builtin_memset(p, 0, n);
  return p;
}

// Constructs a T on the GC heap. T's destructor never runs, so T must not own non-GC resources.
template <class T, class... Args> T* gc_new(Args&&... args) {
  return new (gc_alloc_bytes(sizeof(T))) T(std::forward<Args>(args)...);
}

} // namespace mg
