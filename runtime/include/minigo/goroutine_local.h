// Per-goroutine state that code outside the scheduler needs. Each call reaches the goroutine
// running now; outside any goroutine (runtime unit tests) it reaches per-thread state.
#pragma once
#include <cstdint>

namespace mg {

// Go's goroutine id: 1 for main, then increasing.
std::int64_t current_goroutine_id();

// A pointer-sized slot owned by the panic/defer machinery (the panic being handled by
// deferred calls). The scheduler keeps it in memory the collector scans.
void** current_goroutine_panic_slot();

} // namespace mg
