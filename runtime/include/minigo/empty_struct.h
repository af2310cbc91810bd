// mg::empty_struct, Go's struct{}: zero-size in Go (one byte in C++), all values equal.
#pragma once
#include <cstdint>

namespace mg {

struct empty_struct {
  friend bool operator==(const empty_struct&, const empty_struct&) { return true; }
  friend std::uint64_t mg_hash(const empty_struct&) { return 0; }
};

} // namespace mg
