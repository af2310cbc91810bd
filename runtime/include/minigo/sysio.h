// read(2) and write(2) for goroutines: when the call would block (an empty pipe or terminal,
// a full pipe), the worker hands its processor to another thread for the duration, so that
// other goroutines keep running (Go's entersyscall/exitsyscall around blocking calls).
#pragma once
#include <cstddef>
#include <sys/types.h>

namespace mg::sysio {

// As ::read/::write, retried on EINTR; -1 with errno set on failure.
ssize_t read(int fd, void* buf, std::size_t n);
ssize_t write(int fd, const void* buf, std::size_t n);

} // namespace mg::sysio
