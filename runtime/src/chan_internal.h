// The channel structure and its wait queues, shared by chan.cpp and select.cpp.
#pragma once
#include "minigo/chan.h"
#include "sched_internal.h"

namespace mg::detail {

// A goroutine waiting on one channel (one per case for select). Lives on the waiting
// goroutine's stack, which stays put while it is parked.
struct Sudog {
  G* g = nullptr;
  Sudog* next = nullptr;
  Sudog* prev = nullptr;
  void* elem = nullptr; // value to send, or where to receive
  hchan* c = nullptr;
  bool is_select = false;
  bool success = false; // false: woken by close
  bool fired = false;   // this sudog's operation completed (select finds its case)
};

struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;
  void enqueue(Sudog* s) {
    s->next = nullptr;
    s->prev = last;
    if (last)
      last->next = s;
    else
      first = s;
    last = s;
  }
  void remove(Sudog* s) {
    if (s->prev)
      s->prev->next = s->next;
    else if (first == s)
      first = s->next;
    else
      return; // not queued
    if (s->next)
      s->next->prev = s->prev;
    else
      last = s->prev;
    s->next = s->prev = nullptr;
  }
  // Pops the first waiter that can still be woken (a select may already have won elsewhere).
  Sudog* dequeue() {
    for (;;) {
      Sudog* s = first;
      if (!s)
        return nullptr;
      first = s->next;
      if (first)
        first->prev = nullptr;
      else
        last = nullptr;
      s->next = s->prev = nullptr;
      if (s->is_select) {
        std::uint32_t expected = 0;
        if (!select_done(s->g).compare_exchange_strong(expected, 1))
          continue;
      }
      return s;
    }
  }
};

struct hchan {
  SpinLock lock;
  std::uint64_t qcount = 0;
  std::uint64_t dataqsiz = 0;
  char* buf = nullptr;
  const ElemOps* ops = nullptr;
  std::uint64_t sendx = 0;
  std::uint64_t recvx = 0;
  WaitQ recvq;
  WaitQ sendq;
  bool closed = false;

  void* slot(std::uint64_t i) const { return buf + i * ops->size; }
};

inline bool unlock_chan(void* c) {
  static_cast<hchan*>(c)->lock.unlock();
  return true;
}

// With c locked: completes a send to waiting receiver `sg`, then unlocks c and wakes sg.
void chan_send_direct(hchan* c, Sudog* sg, void* elem);
// With c locked: completes a receive from waiting sender `sg`, then unlocks c and wakes sg.
void chan_recv_direct(hchan* c, Sudog* sg, void* elem);

std::uint32_t fastrand();

} // namespace mg::detail
