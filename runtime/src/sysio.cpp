// Blocking-aware read/write: a zero-timeout poll tells whether the call can complete at once;
// only a call that would block pays for handing the processor away (mg::syscall_scope).
#include "minigo/sysio.h"
#include "minigo/sched.h"

#include <cerrno>
#include <poll.h>
#include <unistd.h>

namespace mg::sysio {

namespace {

bool wouldBlock(int fd, short events) {
  pollfd p{fd, events, 0};
  int r;
  do
    r = ::poll(&p, 1, 0);
  while (r < 0 && errno == EINTR);
  return r == 0; // nothing ready now (errors and hang-ups are reported by the call itself)
}

} // namespace

ssize_t read(int fd, void* buf, std::size_t n) {
  if (wouldBlock(fd, POLLIN)) {
    mg::syscall_scope s;
    ssize_t r;
    do
      r = ::read(fd, buf, n);
    while (r < 0 && errno == EINTR);
    return r;
  }
  ssize_t r;
  do
    r = ::read(fd, buf, n);
  while (r < 0 && errno == EINTR);
  return r;
}

ssize_t write(int fd, const void* buf, std::size_t n) {
  if (wouldBlock(fd, POLLOUT)) {
    mg::syscall_scope s;
    ssize_t r;
    do
      r = ::write(fd, buf, n);
    while (r < 0 && errno == EINTR);
    return r;
  }
  ssize_t r;
  do
    r = ::write(fd, buf, n);
  while (r < 0 && errno == EINTR);
  return r;
}

} // namespace mg::sysio
