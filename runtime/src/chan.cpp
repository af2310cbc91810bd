// Channel operations (Go's chan.go): direct hand-off between a sender and a parked receiver
// (and back), a ring buffer, FIFO wait queues, close waking every waiter, nil channels blocking
// forever, and Go's panics.
#include "chan_internal.h"

#include "minigo/panic.h"

#include <cstdlib>

namespace mg::detail {

hchan* chan_make(const ElemOps* ops, std::int64_t cap, void* buf) {
  hchan* c = gc_new<hchan>();
  c->ops = ops;
  c->dataqsiz = std::uint64_t(cap);
  c->buf = static_cast<char*>(buf);
  return c;
}

void chan_makechan_panic() {
  panic_plain_error("makechan: size out of range");
}

static bool no_unlock(void*) {
  return true;
}

[[noreturn]] static void block_forever(WaitReason r, const mg::source_location& loc) {
  for (;;)
    park(&no_unlock, nullptr, r, loc);
}

void chan_send_direct(hchan* c, Sudog* sg, void* elem) {
  if (sg->elem)
    c->ops->move(sg->elem, elem);
  sg->success = true;
  sg->fired = true;
  G* g = sg->g;
  c->lock.unlock();
  ready(g);
}

void chan_recv_direct(hchan* c, Sudog* sg, void* elem) {
  if (c->dataqsiz == 0) {
    if (elem)
      c->ops->move(elem, sg->elem);
  } else {
    // The buffer is full: take its head and put the sender's value at its tail (same slot).
    void* q = c->slot(c->recvx);
    if (elem)
      c->ops->move(elem, q);
    c->ops->move(q, sg->elem);
    if (++c->recvx == c->dataqsiz)
      c->recvx = 0;
    c->sendx = c->recvx;
  }
  sg->success = true;
  sg->fired = true;
  G* g = sg->g;
  c->lock.unlock();
  ready(g);
}

void chan_send(hchan* c, void* elem, const mg::source_location& loc) {
  if (!c)
    block_forever(WaitReason::ChanSendNilChan, loc);
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    panic_plain_error("send on closed channel");
  }
  if (Sudog* sg = c->recvq.dequeue()) {
    chan_send_direct(c, sg, elem);
    return;
  }
  if (c->qcount < c->dataqsiz) {
    c->ops->move(c->slot(c->sendx), elem);
    if (++c->sendx == c->dataqsiz)
      c->sendx = 0;
    c->qcount++;
    c->lock.unlock();
    return;
  }
  G* g = current_g();
  if (!g) {
    c->lock.unlock();
    fatal_error("runtime: blocking channel send outside a goroutine");
  }
  Sudog s;
  s.g = g;
  s.elem = elem;
  s.c = c;
  c->sendq.enqueue(&s);
  park(&unlock_chan, c, WaitReason::ChanSend, loc);
  if (!s.success)
    panic_plain_error("send on closed channel");
}

bool chan_recv(hchan* c, void* elem, const mg::source_location& loc) {
  if (!c)
    block_forever(WaitReason::ChanReceiveNilChan, loc);
  c->lock.lock();
  if (c->closed && c->qcount == 0) {
    c->lock.unlock();
    if (elem)
      c->ops->clear(elem);
    return false;
  }
  if (Sudog* sg = c->sendq.dequeue()) {
    chan_recv_direct(c, sg, elem);
    return true;
  }
  if (c->qcount > 0) {
    void* q = c->slot(c->recvx);
    if (elem)
      c->ops->move(elem, q);
    c->ops->clear(q);
    if (++c->recvx == c->dataqsiz)
      c->recvx = 0;
    c->qcount--;
    c->lock.unlock();
    return true;
  }
  G* g = current_g();
  if (!g) {
    c->lock.unlock();
    fatal_error("runtime: blocking channel receive outside a goroutine");
  }
  Sudog s;
  s.g = g;
  s.elem = elem;
  s.c = c;
  c->recvq.enqueue(&s);
  park(&unlock_chan, c, WaitReason::ChanReceive, loc);
  return s.success;
}

bool chan_try_send(hchan* c, void* elem) {
  if (!c)
    return false;
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    panic_plain_error("send on closed channel");
  }
  if (Sudog* sg = c->recvq.dequeue()) {
    chan_send_direct(c, sg, elem);
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    c->ops->move(c->slot(c->sendx), elem);
    if (++c->sendx == c->dataqsiz)
      c->sendx = 0;
    c->qcount++;
    c->lock.unlock();
    return true;
  }
  c->lock.unlock();
  return false;
}

bool chan_try_recv(hchan* c, void* elem, bool* ok) {
  if (!c)
    return false;
  c->lock.lock();
  if (c->closed && c->qcount == 0) {
    c->lock.unlock();
    if (elem)
      c->ops->clear(elem);
    if (ok)
      *ok = false;
    return true;
  }
  if (Sudog* sg = c->sendq.dequeue()) {
    chan_recv_direct(c, sg, elem);
    if (ok)
      *ok = true;
    return true;
  }
  if (c->qcount > 0) {
    void* q = c->slot(c->recvx);
    if (elem)
      c->ops->move(elem, q);
    c->ops->clear(q);
    if (++c->recvx == c->dataqsiz)
      c->recvx = 0;
    c->qcount--;
    c->lock.unlock();
    if (ok)
      *ok = true;
    return true;
  }
  c->lock.unlock();
  return false;
}

void chan_close(hchan* c) {
  if (!c)
    panic_plain_error("close of nil channel");
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    panic_plain_error("close of closed channel");
  }
  c->closed = true;
  // Collect every waiter first: once readied, a sudog (on its goroutine's stack) may vanish.
  G* wake[64];
  int n = 0;
  Sudog* chain = nullptr;
  auto take = [&](Sudog* sg) {
    sg->success = false;
    sg->fired = true;
    if (n < 64) {
      wake[n++] = sg->g;
    } else {
      sg->next = chain;
      chain = sg;
    }
  };
  while (Sudog* sg = c->recvq.dequeue()) {
    if (sg->elem)
      c->ops->clear(sg->elem);
    take(sg);
  }
  while (Sudog* sg = c->sendq.dequeue())
    take(sg);
  // Sudogs past the first 64 stay valid until their goroutines are readied: copy them out.
  G** rest = nullptr;
  int nrest = 0;
  if (chain) {
    int cnt = 0;
    for (Sudog* s = chain; s; s = s->next)
      cnt++;
    rest = static_cast<G**>(std::malloc(sizeof(G*) * std::size_t(cnt)));
    for (Sudog* s = chain; s; s = s->next)
      rest[nrest++] = s->g;
  }
  c->lock.unlock();
  for (int i = 0; i < n; i++)
    ready(wake[i]);
  for (int i = 0; i < nrest; i++)
    ready(rest[i]);
  std::free(rest);
}

std::int64_t chan_len(const hchan* c) {
  if (!c)
    return 0;
  hchan* m = const_cast<hchan*>(c);
  m->lock.lock();
  std::uint64_t n = m->qcount;
  m->lock.unlock();
  return std::int64_t(n);
}

std::int64_t chan_cap(const hchan* c) {
  return c ? std::int64_t(c->dataqsiz) : 0;
}

} // namespace mg::detail
