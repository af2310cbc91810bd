// The driver's interface to the host toolchain: where the runtime is (relative to the minigo
// binary, so that an installed tree is relocatable), compiling generated C++ with the host
// compiler (with the precompiled runtime header when it fits), and running a built program.
#pragma once

#include <string>
#include <vector>

namespace minigo {

struct BuildOptions {
  std::string cxx; // empty: $CXX, else g++
  char optLevel = '2';
  bool printCommands = false;
  bool race = false;
  bool pch = true; // use a precompiled minigo/runtime.h when one matches the flags
};

void setArgv0(const char* argv0);

// Compiles `cpp` (generated from `source`) into the executable `exe`. The program is linked in
// a temporary directory and then moved to `exe`, so a failed build leaves no partial output
// and an unwritable `exe` is reported as such, not as a compiler failure. Returns the exit
// status for the minigo process: 0 on success; prints a message and returns non-zero
// otherwise. A compiler error on generated code is a minigo bug: an internal error.
int compileCpp(const std::string& cpp, const std::string& source, const std::string& exe,
               const BuildOptions& opts);

// Runs `exe` with `args`, stdin/stdout/stderr inherited, then removes `tempDir`. Returns the
// program's exit status; a program killed by a signal kills minigo with the same signal.
int runProgram(const std::string& exe, const std::vector<std::string>& args,
               const std::string& tempDir);

} // namespace minigo
