// Temporary weak definitions of the panic seam (panic.h) so the scheduler links and its tests
// run before the value runtime's panic.cpp lands; its strong definitions replace these.
// Delete this file once `grep -r die_of_uncaught_panic runtime/src` finds panic.cpp.
#include "minigo/panic.h"

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <unistd.h>

namespace mg {

namespace {
struct FallbackPanic : std::runtime_error {
  using std::runtime_error::runtime_error;
};
} // namespace

__attribute__((weak)) void panic_runtime_error(const char* msg) {
  throw FallbackPanic(std::string("runtime error: ") + msg);
}

__attribute__((weak)) void panic_plain_error(const char* msg) {
  throw FallbackPanic(msg);
}

__attribute__((weak)) void fatal_error(const char* msg) {
  std::fflush(stdout);
  std::fprintf(stderr, "fatal error: %s\n", msg);
  _exit(2);
}

__attribute__((weak)) void die_of_uncaught_panic(std::exception_ptr e, std::int64_t id) {
  std::fflush(stdout);
  try {
    std::rethrow_exception(e);
  } catch (const std::exception& ex) {
    std::fprintf(stderr, "panic: %s\n\ngoroutine %lld [running]:\n", ex.what(), (long long)id);
  } catch (...) {
    std::fprintf(stderr, "panic: (unknown)\n\ngoroutine %lld [running]:\n", (long long)id);
  }
  _exit(2);
}

} // namespace mg
