// The context package (after Go's context.go): a tree of nodes on the GC heap. Cancelling a node
// records its error, closes its Done channel, stops its deadline timer and cancels its children;
// a child whose parent is already cancelled is cancelled at birth.
#include "minigo/context.h"

#include "minigo/errors.h"
#include "minigo/panic.h"
#include "sched_internal.h"

namespace mg::context {

iface Canceled = errors::New("context canceled");
iface DeadlineExceeded = errors::New("context deadline exceeded");

namespace detail {

enum class Kind : std::uint8_t { Empty, Cancel, Value };

struct Node {
  Kind kind = Kind::Empty;
  Node* parent = nullptr;
  // Cancel nodes
  mg::detail::SpinLock lk;
  chan<empty_struct> done;
  iface err;
  Node* first_child = nullptr;
  Node* next_sibling = nullptr;
  Node* prev_sibling = nullptr;
  Node* attached_to = nullptr; // the cancel node whose child list holds this one
  bool has_deadline = false;
  time::Time deadline;
  mg::detail::RtTimer timer;
  // Value nodes
  iface key;
  iface val;
};

namespace {

Node background_node;
Node todo_node;

// The nearest ancestor (or self) that can be cancelled.
Node* cancel_ancestor(Node* n) {
  while (n && n->kind == Kind::Value)
    n = n->parent;
  return n && n->kind == Kind::Cancel ? n : nullptr;
}

void detach_locked(Node* parent, Node* c) {
  if (c->prev_sibling)
    c->prev_sibling->next_sibling = c->next_sibling;
  else if (parent->first_child == c)
    parent->first_child = c->next_sibling;
  if (c->next_sibling)
    c->next_sibling->prev_sibling = c->prev_sibling;
  c->next_sibling = c->prev_sibling = nullptr;
  c->attached_to = nullptr;
}

void cancel(Node* n, const iface& err, bool remove_from_parent) {
  n->lk.lock();
  if (!n->err.is_nil()) {
    n->lk.unlock();
    return;
  }
  n->err = err;
  Node* children = n->first_child;
  n->first_child = nullptr;
  n->lk.unlock();
  if (n->has_deadline)
    mg::detail::timer_del(&n->timer);
  close_chan(n->done);
  while (children) {
    Node* next = children->next_sibling;
    children->lk.lock();
    children->attached_to = nullptr;
    children->next_sibling = children->prev_sibling = nullptr;
    children->lk.unlock();
    cancel(children, err, false);
    children = next;
  }
  if (remove_from_parent) {
    n->lk.lock();
    Node* p = n->attached_to;
    n->lk.unlock();
    if (p) {
      p->lk.lock();
      if (n->attached_to == p)
        detach_locked(p, n);
      p->lk.unlock();
    }
  }
}

Node* new_cancel_node(Node* parent) {
  Node* n = gc_new<Node>();
  n->kind = Kind::Cancel;
  n->parent = parent;
  n->done = make_chan<empty_struct>(0);
  if (Node* p = cancel_ancestor(parent)) {
    p->lk.lock();
    if (!p->err.is_nil()) {
      iface e = p->err;
      p->lk.unlock();
      cancel(n, e, false);
    } else {
      n->next_sibling = p->first_child;
      if (p->first_child)
        p->first_child->prev_sibling = n;
      p->first_child = n;
      n->attached_to = p;
      p->lk.unlock();
    }
  }
  return n;
}

CancelFunc cancel_func(Node* n) {
  return CancelFunc([n] { cancel(n, Canceled, true); });
}

} // namespace
} // namespace detail

using detail::Kind;
using detail::Node;

Context Background() {
  return Context(&detail::background_node);
}
Context TODO() {
  return Context(&detail::todo_node);
}

chan<empty_struct> Context::Done() const {
  Node* c = detail::cancel_ancestor(n_);
  return c ? c->done : chan<empty_struct>();
}

iface Context::Err() const {
  Node* c = detail::cancel_ancestor(n_);
  if (!c)
    return iface();
  c->lk.lock();
  iface e = c->err;
  c->lk.unlock();
  return e;
}

std::tuple<time::Time, bool> Context::Deadline() const {
  for (Node* n = n_; n; n = n->parent)
    if (n->kind == Kind::Cancel && n->has_deadline)
      return {n->deadline, true};
  return {time::Time{}, false};
}

iface Context::Value(const iface& key) const {
  for (Node* n = n_; n; n = n->parent)
    if (n->kind == Kind::Value && n->key == key)
      return n->val;
  return iface();
}

std::tuple<Context, CancelFunc> WithCancel(Context parent) {
  if (!parent.raw())
    panic_plain_error("cannot create context from nil parent");
  Node* n = detail::new_cancel_node(parent.raw());
  return {Context(n), detail::cancel_func(n)};
}

std::tuple<Context, CancelFunc> WithDeadline(Context parent, time::Time d) {
  if (!parent.raw())
    panic_plain_error("cannot create context from nil parent");
  auto [cur, ok] = parent.Deadline();
  if (ok && cur.Before(d))
    return WithCancel(parent); // the parent's deadline comes first
  Node* n = detail::new_cancel_node(parent.raw());
  n->has_deadline = true;
  n->deadline = d;
  time::Duration left = time::Until(d);
  if (left <= 0) {
    detail::cancel(n, DeadlineExceeded, true);
    return {Context(n), detail::cancel_func(n)};
  }
  n->lk.lock();
  if (n->err.is_nil()) {
    n->timer.arg = n;
    n->timer.f = [](mg::detail::RtTimer* t, std::int64_t) {
      detail::cancel(static_cast<Node*>(t->arg), DeadlineExceeded, true);
    };
    n->timer.when = mg::detail::nanotime() + left;
    mg::detail::timer_add(&n->timer);
  }
  n->lk.unlock();
  return {Context(n), detail::cancel_func(n)};
}

std::tuple<Context, CancelFunc> WithTimeout(Context parent, time::Duration timeout) {
  return WithDeadline(parent, time::Now().Add(timeout));
}

Context WithValue(Context parent, const iface& key, const iface& val) {
  if (!parent.raw())
    panic_plain_error("cannot create context from nil parent");
  if (key.is_nil())
    panic_plain_error("nil key");
  Node* n = gc_new<Node>();
  n->kind = Kind::Value;
  n->parent = parent.raw();
  n->key = key;
  n->val = val;
  return Context(n);
}

} // namespace mg::context
