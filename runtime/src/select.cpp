// select (Go's selectgo): poll the cases in a random order; if none is ready and there is no
// default, lock every channel in address order, enqueue a sudog on each, park, and on wake-up
// dequeue from the channels that did not fire. A per-goroutine select_done word, claimed by
// compare-and-swap in WaitQ::dequeue, lets exactly one case win.
#include "chan_internal.h"

#include "minigo/panic.h"
#include "minigo/select.h"

#include <algorithm>
#include <vector>

namespace mg {
using namespace detail;

namespace {

struct LockSet {
  hchan** order;
  int n;
  void lock() const {
    for (int i = 0; i < n; i++)
      if (i == 0 || order[i] != order[i - 1])
        order[i]->lock.lock();
  }
  void unlock() const {
    for (int i = n - 1; i >= 0; i--)
      if (i == 0 || order[i] != order[i - 1])
        order[i]->lock.unlock();
  }
};

bool unlock_all(void* a) {
  static_cast<LockSet*>(a)->unlock();
  return true;
}

bool no_unlock(void*) {
  return true;
}

} // namespace

int select(select_case* cases, int n, bool has_default, const mg::source_location& loc) {
  // Small selects keep their bookkeeping on the goroutine's stack.
  constexpr int kSmall = 8;
  int poll_small[kSmall];
  hchan* lock_small[kSmall];
  Sudog sg_small[kSmall];
  std::vector<int> poll_big;
  std::vector<hchan*> lock_big;
  std::vector<Sudog> sg_big;
  int* poll = poll_small;
  hchan** lockorder = lock_small;
  Sudog* sgs = sg_small;
  if (n > kSmall) {
    poll_big.resize(std::size_t(n));
    lock_big.resize(std::size_t(n));
    sg_big.resize(std::size_t(n));
    poll = poll_big.data();
    lockorder = lock_big.data();
    sgs = sg_big.data();
  }

  // A random permutation of the non-nil cases (Fisher-Yates, inside-out).
  int np = 0;
  for (int i = 0; i < n; i++) {
    if (!cases[i].c)
      continue;
    int j = int(fastrand() % std::uint32_t(np + 1));
    poll[np] = poll[j];
    poll[j] = i;
    np++;
  }
  if (np == 0) {
    if (has_default)
      return -1;
    for (;;)
      park(&no_unlock, nullptr, n == 0 ? WaitReason::SelectNoCases : WaitReason::Select, loc);
  }
  for (int i = 0; i < np; i++)
    lockorder[i] = cases[poll[i]].c;
  std::sort(lockorder, lockorder + np);
  LockSet locks{lockorder, np};
  locks.lock();

  // Pass 1: is any case ready now?
  for (int k = 0; k < np; k++) {
    int i = poll[k];
    select_case& cs = cases[i];
    hchan* c = cs.c;
    if (cs.is_send) {
      if (c->closed) {
        locks.unlock();
        panic_plain_error("send on closed channel");
      }
      if (Sudog* sg = c->recvq.dequeue()) {
        // chan_send_direct unlocks c; release the others first.
        for (int j = np - 1; j >= 0; j--)
          if ((j == 0 || lockorder[j] != lockorder[j - 1]) && lockorder[j] != c)
            lockorder[j]->lock.unlock();
        chan_send_direct(c, sg, cs.elem);
        return i;
      }
      if (c->qcount < c->dataqsiz) {
        c->ops->move(c->slot(c->sendx), cs.elem);
        if (++c->sendx == c->dataqsiz)
          c->sendx = 0;
        c->qcount++;
        locks.unlock();
        return i;
      }
    } else {
      if (Sudog* sg = c->sendq.dequeue()) {
        for (int j = np - 1; j >= 0; j--)
          if ((j == 0 || lockorder[j] != lockorder[j - 1]) && lockorder[j] != c)
            lockorder[j]->lock.unlock();
        chan_recv_direct(c, sg, cs.elem);
        if (cs.ok)
          *cs.ok = true;
        return i;
      }
      if (c->qcount > 0) {
        void* q = c->slot(c->recvx);
        if (cs.elem)
          c->ops->move(cs.elem, q);
        c->ops->clear(q);
        if (++c->recvx == c->dataqsiz)
          c->recvx = 0;
        c->qcount--;
        locks.unlock();
        if (cs.ok)
          *cs.ok = true;
        return i;
      }
      if (c->closed) {
        locks.unlock();
        if (cs.elem)
          c->ops->clear(cs.elem);
        if (cs.ok)
          *cs.ok = false;
        return i;
      }
    }
  }
  if (has_default) {
    locks.unlock();
    return -1;
  }

  // Pass 2: enqueue on every channel and park.
  G* g = current_g();
  if (!g) {
    locks.unlock();
    fatal_error("runtime: blocking select outside a goroutine");
  }
  select_done(g).store(0, std::memory_order_relaxed);
  for (int k = 0; k < np; k++) {
    int i = poll[k];
    Sudog& s = sgs[k];
    s = Sudog{};
    s.g = g;
    s.c = cases[i].c;
    s.elem = cases[i].elem;
    s.is_select = true;
    if (cases[i].is_send)
      s.c->sendq.enqueue(&s);
    else
      s.c->recvq.enqueue(&s);
  }
  park(&unlock_all, &locks, WaitReason::Select, loc);

  // Pass 3: exactly one sudog fired; take the others off their queues.
  locks.lock();
  int winner = -1;
  for (int k = 0; k < np; k++) {
    Sudog& s = sgs[k];
    if (s.fired) {
      winner = k;
      continue;
    }
    if (cases[poll[k]].is_send)
      s.c->sendq.remove(&s);
    else
      s.c->recvq.remove(&s);
  }
  locks.unlock();
  if (winner < 0)
    fatal_error("runtime: select woke with no case");
  int i = poll[winner];
  if (cases[i].is_send) {
    if (!sgs[winner].success)
      panic_plain_error("send on closed channel");
  } else if (cases[i].ok) {
    *cases[i].ok = sgs[winner].success;
  }
  return i;
}

} // namespace mg
