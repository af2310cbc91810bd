// This file implements runtime discovery, host compiler invocation and program execution.
#include "driver/toolchain.h"

#include "driver/program_flags.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Program.h>
#include <llvm/Support/raw_ostream.h>

#include <cctype>
#include <csignal>
#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>

namespace minigo {

using namespace llvm;

namespace {

std::string argv0;

struct RuntimeLocation {
  std::string includeDir;     // holds minigo/runtime.h
  std::string libDir;         // holds libminigo_rt.a and pch/
  bool sourceHeaders = false; // the headers are the source tree's (a build-tree binary)
};

bool exists(const Twine& p) {
  return sys::fs::exists(p);
}

std::string realPath(const Twine& p) {
  SmallString<256> out;
  if (sys::fs::real_path(p, out))
    return p.str();
  return out.str().str();
}

// P/bin/minigo finds P/include/minigo and P/lib/minigo, wherever P has been moved. Only the
// binary in the build tree (build/bin) falls back to the source tree's runtime/include: an
// installed binary must never pick up headers from the machine it was built on.
bool findRuntime(RuntimeLocation& loc, std::string& err) {
  std::string exe =
      sys::fs::getMainExecutable(argv0.c_str(), reinterpret_cast<void*>(&findRuntime));
  StringRef binDir = sys::path::parent_path(exe);
  SmallString<256> prefix(sys::path::parent_path(binDir));
  SmallString<256> inc(prefix), lib(prefix);
  sys::path::append(inc, "include");
  sys::path::append(lib, "lib", "minigo");
  SmallString<256> header(inc), archive(lib);
  sys::path::append(header, "minigo", "runtime.h");
  sys::path::append(archive, "libminigo_rt.a");
  if (exists(archive) && exists(header)) {
    loc = {inc.str().str(), lib.str().str(), false};
    return true;
  }
#if defined(MINIGO_SOURCE_RUNTIME_INCLUDE) && defined(MINIGO_BUILD_TREE_BIN)
  SmallString<256> srcHeader(MINIGO_SOURCE_RUNTIME_INCLUDE);
  sys::path::append(srcHeader, "minigo", "runtime.h");
  if (realPath(binDir) == realPath(MINIGO_BUILD_TREE_BIN) && exists(archive) && exists(srcHeader)) {
    loc = {MINIGO_SOURCE_RUNTIME_INCLUDE, lib.str().str(), true};
    return true;
  }
#endif
  err = "cannot find the minigo runtime (looked for " + header.str().str() + " and " +
        archive.str().str() + ")";
  return false;
}

// Returns the directory to put first on the include path so that GCC picks up the
// precompiled minigo/runtime.h for this build, or "" to compile the plain headers. A .gch is
// used only when it was made by the very compiler we run (lib/minigo/pch/compiler records
// its real path; clang++ or another g++ cannot read it) at this -O level. GCC itself also
// checks the flags and its own version, and falls back to the header if they differ.
std::string choosePch(const RuntimeLocation& rt, const std::string& cxxPath,
                      const BuildOptions& opts) {
  if (!opts.pch || opts.race)
    return "";
  SmallString<256> root(rt.libDir), dir, gch, record;
  sys::path::append(root, "pch");
  dir = root;
  sys::path::append(dir, std::string("O") + opts.optLevel);
  gch = dir;
  sys::path::append(gch, "minigo", "runtime.h.gch");
  record = root;
  sys::path::append(record, "compiler");
  sys::fs::file_status gchStatus;
  if (sys::fs::status(gch, gchStatus) || !sys::fs::is_regular_file(gchStatus))
    return "";
  auto buf = MemoryBuffer::getFile(record);
  if (!buf)
    return "";
  if ((*buf)->getBuffer().trim() != realPath(cxxPath))
    return "";
  if (rt.sourceHeaders) {
    // A build tree: a header edited since the .gch was made (before the next ninja run)
    // must not be shadowed by the stale .gch. An installed tree's headers do not change.
    SmallString<256> hdrDir(rt.includeDir);
    sys::path::append(hdrDir, "minigo");
    std::error_code ec;
    for (sys::fs::directory_iterator it(hdrDir, ec), end; it != end && !ec; it.increment(ec)) {
      sys::fs::file_status st;
      if (!sys::fs::status(it->path(), st) &&
          st.getLastModificationTime() > gchStatus.getLastModificationTime())
        return "";
    }
  }
  return dir.str().str();
}

std::string quote(const std::string& s) {
  if (!s.empty() && s.find_first_of(" \t\"'\\$*?;&|<>()`") == std::string::npos)
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

// The first lines of a compiler log locate a problem; the rest is noise.
StringRef firstLines(StringRef text, int max) {
  size_t cut = 0;
  for (int lines = 0; cut < text.size() && lines < max; lines++) {
    cut = text.find('\n', cut);
    if (cut == StringRef::npos)
      return text;
    cut++;
  }
  return text.substr(0, cut);
}

// Moves the linked program from the temporary directory to `exe` (a rename, or a copy when
// `exe` is on another file system).
std::error_code moveExecutable(const Twine& from, const Twine& to) {
  std::error_code ec = sys::fs::rename(from, to);
  if (ec != std::errc::cross_device_link)
    return ec;
  if ((ec = sys::fs::copy_file(from, to)))
    return ec;
  auto perms = sys::fs::getPermissions(from);
  if (!perms)
    return perms.getError();
  return sys::fs::setPermissions(to, *perms);
}

std::string lowerFirst(std::string s) {
  if (!s.empty())
    s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

} // namespace

void setArgv0(const char* a) {
  argv0 = a;
}

int compileCpp(const std::string& cpp, const std::string& source, const std::string& exe,
               const BuildOptions& opts) {
  RuntimeLocation rt;
  std::string err;
  if (!findRuntime(rt, err)) {
    errs() << "minigo: error: " << err << "\n";
    return 1;
  }
  std::string cxx = opts.cxx;
  if (cxx.empty()) {
    const char* env = std::getenv("CXX");
    cxx = env && *env ? env : "g++";
  }
  auto cxxPath = sys::findProgramByName(cxx);
  if (!cxxPath) {
    errs() << "minigo: error: cannot find the host C++ compiler '" << cxx << "'\n";
    return 1;
  }
  std::string libName = opts.race ? "libminigo_rt_race.a" : "libminigo_rt.a";
  SmallString<256> lib(rt.libDir);
  sys::path::append(lib, libName);
  if (!exists(lib)) {
    errs() << "minigo: error: "
           << (opts.race ? "-race needs the race-enabled runtime " : "missing runtime ") << lib
           << "\n";
    return 1;
  }
  SmallString<128> dir;
  if (auto ec = sys::fs::createUniqueDirectory("minigo-build", dir)) {
    errs() << "minigo: error: cannot create a temporary directory: " << lowerFirst(ec.message())
           << "\n";
    return 1;
  }
  SmallString<128> cppPath(dir), logPath(dir), tmpExe(dir);
  sys::path::append(cppPath, sys::path::stem(source) + ".cpp");
  sys::path::append(logPath, "compiler.log");
  sys::path::append(tmpExe, "a.out");
  {
    std::error_code ec;
    raw_fd_ostream os(cppPath, ec);
    if (!ec) {
      os << cpp;
      os.close();
      ec = os.error();
    }
    if (ec) {
      errs() << "minigo: error: cannot write " << cppPath << ": " << lowerFirst(ec.message())
             << "\n";
      sys::fs::remove_directories(dir);
      return 1;
    }
  }
  std::vector<std::string> args = {*cxxPath};
  args.insert(args.end(), std::begin(kProgramFlags), std::end(kProgramFlags));
  args.push_back(std::string("-O") + opts.optLevel);
  std::string pchDir = choosePch(rt, *cxxPath, opts);
  if (!pchDir.empty())
    args.insert(args.end(), {"-Winvalid-pch", "-I" + pchDir});
  args.push_back("-I" + rt.includeDir);
  if (opts.race)
    args.push_back("-fsanitize=thread");
  // No temporary assembly file between cc1plus and as.
  args.push_back("-pipe");
  // gold links a program against the runtime archive in a third of the time GNU ld takes
  // (docs/build-speed.md); it comes with binutils, but is used only when it is there.
  if (sys::findProgramByName("ld.gold"))
    args.push_back("-fuse-ld=gold");
  args.insert(args.end(), {cppPath.str().str(), "-o", tmpExe.str().str(), lib.str().str(), "-lgc",
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
  auto log = MemoryBuffer::getFile(logPath);
  if (rc != 0) {
    errs() << "minigo: internal error: the host C++ compiler failed on the code generated for "
           << source << (execErr.empty() ? "" : " (" + execErr + ")") << "\n";
    if (log)
      errs() << firstLines((*log)->getBuffer(), 20);
    errs() << "minigo: the generated C++ is kept in " << cppPath << "\n";
    return 3;
  }
  // -Winvalid-pch says why GCC could not use the precompiled header (it then compiled the
  // plain header: slower, still correct); -x shows it.
  if (opts.printCommands && log && (*log)->getBuffer().contains("-Winvalid-pch"))
    errs() << firstLines((*log)->getBuffer(), 5);
  if (opts.printCommands)
    errs() << "mv " << quote(tmpExe.str().str()) << " " << quote(exe) << "\n";
  if (auto ec = moveExecutable(tmpExe, exe)) {
    errs() << "minigo: error: cannot write " << exe << ": " << lowerFirst(ec.message()) << "\n";
    sys::fs::remove_directories(dir);
    return 1;
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
    errs() << "minigo: error: cannot start " << exe << "\n";
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
