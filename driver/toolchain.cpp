// This file implements runtime discovery, host compiler invocation and program execution.
#include "driver/toolchain.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Program.h>
#include <llvm/Support/raw_ostream.h>

#include <csignal>
#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>

namespace minigo {

using namespace llvm;

namespace {

std::string argv0;

struct RuntimeLocation {
  std::string includeDir; // holds minigo/runtime.h
  std::string libDir;     // holds libminigo_rt.a
};

bool exists(const Twine& p) { return sys::fs::exists(p); }

// P/bin/minigo finds P/include/minigo and P/lib/minigo; a build tree finds the sources'
// runtime/include and its own lib/minigo.
bool findRuntime(RuntimeLocation& loc, std::string& err) {
  std::string exe = sys::fs::getMainExecutable(argv0.c_str(), reinterpret_cast<void*>(&findRuntime));
  SmallString<256> prefix(sys::path::parent_path(sys::path::parent_path(exe)));
  SmallString<256> inc(prefix), lib(prefix);
  sys::path::append(inc, "include");
  sys::path::append(lib, "lib", "minigo");
  SmallString<256> header(inc), archive(lib);
  sys::path::append(header, "minigo", "runtime.h");
  sys::path::append(archive, "libminigo_rt.a");
  if (exists(archive) && exists(header)) {
    loc = {inc.str().str(), lib.str().str()};
    return true;
  }
#ifdef MINIGO_SOURCE_RUNTIME_INCLUDE
  SmallString<256> srcHeader(MINIGO_SOURCE_RUNTIME_INCLUDE);
  sys::path::append(srcHeader, "minigo", "runtime.h");
  if (exists(archive) && exists(srcHeader)) {
    loc = {MINIGO_SOURCE_RUNTIME_INCLUDE, lib.str().str()};
    return true;
  }
#endif
  err = "cannot find the minigo runtime (looked for " + header.str().str() + " and " +
        archive.str().str() + ")";
  return false;
}

std::string quote(const std::string& s) {
  if (s.find_first_of(" \t\"'\\$") == std::string::npos)
    return s;
  std::string r = "'";
  for (char c : s) {
    if (c == '\'')
      r += "'\\''";
    else
      r += c;
  }
  return r + "'";
}

} // namespace

void setArgv0(const char* a) { argv0 = a; }

int compileCpp(const std::string& cpp, const std::string& source, const std::string& exe,
               const BuildOptions& opts) {
  RuntimeLocation rt;
  std::string err;
  if (!findRuntime(rt, err)) {
    errs() << "minigo: " << err << "\n";
    return 1;
  }
  std::string cxx = opts.cxx;
  if (cxx.empty()) {
    const char* env = std::getenv("CXX");
    cxx = env && *env ? env : "g++";
  }
  auto cxxPath = sys::findProgramByName(cxx);
  if (!cxxPath) {
    errs() << "minigo: cannot find the host C++ compiler '" << cxx << "'\n";
    return 1;
  }
  SmallString<128> dir;
  if (auto ec = sys::fs::createUniqueDirectory("minigo-build", dir)) {
    errs() << "minigo: cannot create a temporary directory: " << ec.message() << "\n";
    return 1;
  }
  SmallString<128> cppPath(dir), logPath(dir);
  sys::path::append(cppPath, sys::path::stem(source) + ".cpp");
  sys::path::append(logPath, "compiler.log");
  {
    std::error_code ec;
    raw_fd_ostream os(cppPath, ec);
    if (ec) {
      errs() << "minigo: cannot write " << cppPath << ": " << ec.message() << "\n";
      return 1;
    }
    os << cpp;
  }
  std::string libName = opts.race ? "libminigo_rt_race.a" : "libminigo_rt.a";
  SmallString<256> lib(rt.libDir);
  sys::path::append(lib, libName);
  if (!exists(lib)) {
    errs() << "minigo: " << (opts.race ? "-race needs the race-enabled runtime " : "missing runtime ")
           << lib << "\n";
    sys::fs::remove_directories(dir);
    return 1;
  }
  std::vector<std::string> args = {*cxxPath, "-std=c++20", std::string("-O") + opts.optLevel,
                                   "-g1", "-fwrapv", "-fno-strict-aliasing", "-pthread",
                                   "-DGC_THREADS", "-I" + rt.includeDir};
  // Go has no tail calls: without this, GCC turns `return f(n+1) + 1` into a loop and
  // unbounded recursion spins forever instead of overflowing the stack as in Go.
  args.push_back("-fno-optimize-sibling-calls");
  if (opts.race)
    args.push_back("-fsanitize=thread");
  args.insert(args.end(), {cppPath.str().str(), "-o", exe, lib.str().str(), "-lgc",
                           "-lboost_context", "-lpthread", "-ldl"});
  if (opts.printCommands) {
    std::string line;
    for (auto& a : args)
      line += (line.empty() ? "" : " ") + quote(a);
    errs() << line << "\n";
  }
  std::vector<StringRef> argRefs(args.begin(), args.end());
  llvm::Optional<StringRef> redirects[] = {llvm::None, StringRef(logPath), StringRef(logPath)};
  std::string execErr;
  int rc = sys::ExecuteAndWait(*cxxPath, argRefs, llvm::None, redirects, 0, 0, &execErr);
  if (rc != 0) {
    errs() << "minigo: internal error: the host C++ compiler failed on the code generated for "
           << source << (execErr.empty() ? "" : " (" + execErr + ")") << "\n";
    if (auto log = MemoryBuffer::getFile(logPath)) {
      StringRef text = (*log)->getBuffer();
      // The first errors locate the problem; the rest is noise.
      size_t cut = 0;
      int lines = 0;
      while (cut < text.size() && lines < 20) {
        cut = text.find('\n', cut);
        if (cut == StringRef::npos) {
          cut = text.size();
          break;
        }
        cut++;
        lines++;
      }
      errs() << text.substr(0, cut);
    }
    errs() << "minigo: the generated C++ is kept in " << cppPath << "\n";
    return 3;
  }
  sys::fs::remove_directories(dir);
  return 0;
}

int runProgram(const std::string& exe, const std::vector<std::string>& args,
               const std::string& tempDir) {
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(exe.c_str()));
  for (auto& a : args)
    argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) {
    errs() << "minigo: cannot start " << exe << "\n";
    return 1;
  }
  if (pid == 0) {
    execv(exe.c_str(), argv.data());
    _exit(127);
  }
  // The program handles Ctrl+C / Ctrl+\ itself (Go's SIGQUIT dump); minigo waits.
  signal(SIGINT, SIG_IGN);
  signal(SIGQUIT, SIG_IGN);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
  }
  sys::fs::remove_directories(tempDir);
  if (WIFEXITED(status))
    return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    signal(sig, SIG_DFL);
    kill(getpid(), sig);
    return 128 + sig;
  }
  return 1;
}

} // namespace minigo
