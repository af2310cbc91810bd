// The parts of Go's os package that programs call directly: os.Exit and os.Args, under the
// names codegen gives every standard-library member (mg::<package>::<Name>).
#pragma once
#include "minigo/slice.h"
#include "minigo/string.h"

#include <cstdint>

namespace mg::os {

// os.Args: filled from the process's command line by init_args() before package init.
extern slice<string> Args;
void init_args();

// os.Exit(code): ends the process at once (deferred calls do not run), as Go does.
[[noreturn]] void Exit(std::int64_t code);

} // namespace mg::os
