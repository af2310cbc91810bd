// The code generator's entry point: lowers a checked minigo program to one C++20 translation
// unit that includes the runtime (minigo/runtime.h) and carries #line directives pointing at
// the .mg source.
#pragma once

#include "frontend/check.h"

#include <string>

namespace minigo {

struct CodegenOptions {
  bool lineDirectives = true;
};

// Returns the C++ text for `comp` (which must have passed checkProgram). Constructs that the
// generator cannot lower yet are reported through comp.diags as "X is not supported by
// minigo yet"; the caller checks comp.diags.hasErrors() afterwards.
std::string generateCpp(Compilation& comp, const CodegenOptions& options);

} // namespace minigo
