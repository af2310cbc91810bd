// Go panics as C++ exceptions, so that unwinding runs deferred calls. This header is the seam
// between the scheduler (which catches what escapes a goroutine) and the value/panic machinery.
#pragma once
#include <cstdint>
#include <exception>

namespace mg {

// Panics with a runtime.Error whose Error() is "runtime error: <msg>"
// (index out of range, nil map write, nil dereference, divide by zero, ...).
[[noreturn]] void panic_runtime_error(const char* msg);

// Panics with a runtime.Error whose Error() is exactly <msg>, as Go's plainError
// ("send on closed channel", "close of nil channel", "close of closed channel", ...).
[[noreturn]] void panic_plain_error(const char* msg);

// Prints "fatal error: <msg>" to stderr and exits with status 2; not recoverable.
[[noreturn]] void fatal_error(const char* msg);

// Called by the scheduler when an exception escapes a goroutine's function: prints
// "panic: <value>\n\ngoroutine N [running]:\n..." to stderr, as Go does, and exits with status 2.
[[noreturn]] void die_of_uncaught_panic(std::exception_ptr e, std::int64_t goroutine_id);

} // namespace mg
