// mg::func<R(A...)>, Go's function values: nil-able, copyable, and the callable (with its
// captures) lives on the GC heap so the collector sees captured pointers. std::function is not
// used: its heap storage comes from malloc, which the collector does not scan.
#pragma once
#include "minigo/gc.h"
#include "minigo/rterror.h"

#include <cstddef>
#include <type_traits>
#include <utility>

namespace mg {

template <class Sig> class func;

// Usage: mg::func<int64_t(int64_t)> f = [=](int64_t x) -> int64_t { return x + k; };
//        f(3); f == nullptr;
// Captured objects are never destroyed (the GC frees memory without running destructors), so
// lambdas must capture only trivially destructible or GC-managed values (all mg:: types are).
template <class R, class... A> class func<R(A...)> {
public:
  func() = default;
  func(std::nullptr_t) {}
  template <class F>
  requires(!std::is_same_v<std::decay_t<F>, func> && std::is_invocable_r_v<R, F&, A...>) func(F f) {
    using Fn = std::decay_t<F>;
    if constexpr (std::is_pointer_v<Fn>) {
      if (f == nullptr)
        return;
    }
    if constexpr (std::is_empty_v<Fn> && std::is_default_constructible_v<Fn>) {
      // A capture-less lambda needs no storage.
      call_ = [](void*, A... a) -> R { return Fn{}(std::forward<A>(a)...); };
    } else {
      obj_ = gc_new<Fn>(std::move(f));
      call_ = [](void* o, A... a) -> R { return (*static_cast<Fn*>(o))(std::forward<A>(a)...); };
    }
  }

  R operator()(A... a) const {
    if (call_ == nullptr) [[unlikely]]
      panic_nil_deref();
    return call_(obj_, std::forward<A>(a)...);
  }
  explicit operator bool() const { return call_ != nullptr; }
  // An address identifying the value for the builtin print (null for a nil func).
  const void* code() const { return obj_ != nullptr ? obj_ : reinterpret_cast<const void*>(call_); }
  friend bool operator==(const func& f, std::nullptr_t) { return f.call_ == nullptr; }

private:
  // call_ comes first: fmt and the TypeInfo of func types read the first word as the value
  // (nil when null).
  R (*call_)(void*, A...) = nullptr;
  void* obj_ = nullptr;
};

} // namespace mg
