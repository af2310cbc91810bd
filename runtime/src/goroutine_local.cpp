// Per-goroutine state reached by code outside the scheduler. This first version keeps it per
// thread; the scheduler replaces it with per-goroutine storage.
#include "minigo/goroutine_local.h"

namespace mg {

namespace {
thread_local void* panic_slot = nullptr;
}

std::int64_t current_goroutine_id() { return 1; }

__attribute__((noinline)) void** current_goroutine_panic_slot() { return &panic_slot; }

} // namespace mg
