// mg::source_location: the call site of a blocking operation (the .mg file and line, through
// #line), kept for deadlock reports and goroutine dumps. std::source_location is not usable
// with clang 14 on libstdc++ 12 (the sanitizer builds), so this is built on the
// __builtin_FILE/__builtin_LINE/__builtin_FUNCTION builtins that GCC and clang both have.
//   void op(mg::source_location loc = mg::source_location::current());
#pragma once
#include <cstdint>

namespace mg {

struct source_location {
  const char* file_ = "";
  const char* func_ = "";
  std::uint32_t line_ = 0;

  static constexpr source_location current(const char* file = __builtin_FILE(),
                                           const char* func = __builtin_FUNCTION(),
                                           std::uint32_t line = __builtin_LINE()) noexcept {
    return source_location{file, func, line};
  }
  constexpr const char* file_name() const noexcept { return file_; }
  constexpr const char* function_name() const noexcept { return func_; }
  constexpr std::uint32_t line() const noexcept { return line_; }
};

} // namespace mg
