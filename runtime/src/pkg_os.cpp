// This file implements os.Args and os.Exit (see minigo/pkg_os.h).
#include "minigo/pkg_os.h"

#include "minigo/sched.h"

namespace mg::os {

slice<string> Args;

void init_args() {
  int argc = process_argc();
  char** argv = process_argv();
  slice<string> args = make_slice<string>(argc);
  for (int i = 0; i < argc; i++)
    args[i] = string::copy_of(argv[i]);
  Args = args;
}

void Exit(std::int64_t code) { os_exit(code); }

} // namespace mg::os
