// Go's context package: Background, TODO, WithCancel, WithTimeout, WithDeadline, WithValue and
// the Context methods Done, Err, Deadline, Value. Cancellation reaches every descendant; a
// deadline is a runtime timer that is removed as soon as the context is cancelled.
#pragma once
#include "minigo/chan.h"
#include "minigo/empty_struct.h"
#include "minigo/func.h"
#include "minigo/iface.h"
#include "minigo/time.h"

#include <tuple>

namespace mg::context {

namespace detail {
struct Node;
}

// context.Context: a handle (copy freely; == compares identity).
//   auto [ctx, cancel] = mg::context::WithTimeout(mg::context::Background(), time::Second);
//   mg::select_case cs[] = {mg::select_recv(ctx.Done(), &unit), mg::select_recv(results, &r)};
//   if (mg::select(cs, 2, false) == 0) return ctx.Err();   // "context deadline exceeded"
//   cancel();
class Context {
public:
  Context() = default;
  Context(std::nullptr_t) {}
  explicit Context(detail::Node* n) : n_(n) {}
  // A channel closed when the context is cancelled; nil for Background/TODO (never closed).
  chan<empty_struct> Done() const;
  // nil, Canceled or DeadlineExceeded.
  iface Err() const;
  // The deadline and true, or a zero Time and false.
  std::tuple<time::Time, bool> Deadline() const;
  // The value bound to key by the nearest WithValue, or nil.
  iface Value(const iface& key) const;
  detail::Node* raw() const { return n_; }
  bool operator==(const Context& o) const { return n_ == o.n_; }
  bool operator==(std::nullptr_t) const { return n_ == nullptr; }

private:
  detail::Node* n_ = nullptr;
};

using CancelFunc = func<void()>;

// context.Canceled ("context canceled") and context.DeadlineExceeded
// ("context deadline exceeded"): compare Err() against them with ==.
extern iface Canceled;
extern iface DeadlineExceeded;

Context Background();
Context TODO();
std::tuple<Context, CancelFunc> WithCancel(Context parent);
std::tuple<Context, CancelFunc> WithDeadline(Context parent, time::Time d);
std::tuple<Context, CancelFunc> WithTimeout(Context parent, time::Duration timeout);
Context WithValue(Context parent, const iface& key, const iface& val);

} // namespace mg::context
