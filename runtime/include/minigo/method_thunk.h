// Method-table thunks for the runtime's own library types: ptr_method<&T_M>::call adapts a
// free method function R T_M(T* recv, A... args) to the thunk convention of MethodInfo,
// R (*)(void* data, A...) with data pointing at the *T and the arguments passed by value.
//   {"Len", "func() int", reinterpret_cast<void*>(&mg::ptr_method<&Builder_Len>::call)}
#pragma once
#include <type_traits>

namespace mg {

template <auto F> struct ptr_method;
template <class R, class T, class... A, R (*F)(T*, A...)> struct ptr_method<F> {
  static R call(void* data, std::decay_t<A>... a) { return F(*static_cast<T**>(data), a...); }
};

} // namespace mg
