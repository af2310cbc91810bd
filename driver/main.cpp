// The minigo command: `build`, `run`, `check` and `version` sub-commands (llvm::cl). It
// drives the front end and code generator, finds the runtime relative to its own binary
// (P/bin/minigo -> P/include/minigo, P/lib/minigo), and invokes the host C++ compiler.
#include "codegen/codegen.h"
#include "driver/toolchain.h"
#include "frontend/check.h"
#include "frontend/parser.h"

#include <llvm/Support/CommandLine.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/raw_ostream.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

using namespace llvm;

namespace {

cl::SubCommand BuildCmd("build", "Compile a .mg program to a native executable");
cl::SubCommand RunCmd("run", "Build a .mg program in a temporary directory and run it");
cl::SubCommand CheckCmd("check", "Parse and type-check a .mg program; print diagnostics");
cl::SubCommand VersionCmd("version", "Print minigo's version");

cl::OptionCategory Category("minigo options");

cl::opt<std::string> BuildInput(cl::Positional, cl::desc("<file.mg>"), cl::Required,
                                cl::sub(BuildCmd), cl::cat(Category));
cl::opt<std::string> CheckInput(cl::Positional, cl::desc("<file.mg>"), cl::Required,
                                cl::sub(CheckCmd), cl::cat(Category));
cl::list<std::string> RunArgs(cl::Positional, cl::desc("<file.mg> [program arguments...]"),
                              cl::OneOrMore, cl::ConsumeAfter, cl::sub(RunCmd), cl::cat(Category));

cl::opt<std::string> Output("o", cl::desc("Output file (default: the source file's stem)"),
                            cl::value_desc("file"), cl::sub(BuildCmd), cl::cat(Category));
// A plain string, checked in cmdBuild: llvm::cl prints its own complaint about a bad enum
// value straight to stderr, without minigo's `error:` format.
cl::opt<std::string> EmitKind("emit",
                              cl::desc("What to produce: exe (a native executable, the default) "
                                       "or cpp (the generated C++, to stdout or -o)"),
                              cl::init("exe"), cl::value_desc("exe|cpp"), cl::sub(BuildCmd),
                              cl::cat(Category));
cl::opt<bool> PrintCommands("x", cl::desc("Print the host compiler command"), cl::sub(BuildCmd),
                            cl::sub(RunCmd), cl::cat(Category));
cl::opt<std::string>
    OptLevel("O", cl::desc("Optimisation level of the host compiler: 0, 1, 2 or 3 (default 2)"),
             cl::Prefix, cl::ValueOptional, cl::init("2"), cl::value_desc("level"),
             cl::sub(BuildCmd), cl::sub(RunCmd), cl::cat(Category));
cl::opt<std::string> Cxx("cxx", cl::desc("Host C++ compiler (default: $CXX, else g++)"),
                         cl::value_desc("path"), cl::sub(BuildCmd), cl::sub(RunCmd),
                         cl::cat(Category));
cl::opt<bool> Race("race", cl::desc("Build with the race detector (ThreadSanitizer)"),
                   cl::sub(BuildCmd), cl::sub(RunCmd), cl::cat(Category));
cl::opt<bool> AllErrors("e", cl::desc("Report all errors, not just the first 10"),
                        cl::sub(BuildCmd), cl::sub(RunCmd), cl::sub(CheckCmd), cl::cat(Category));
cl::opt<bool> UsePch("pch",
                     cl::desc("Use the precompiled runtime header when it matches (default true)"),
                     cl::init(true), cl::sub(BuildCmd), cl::sub(RunCmd), cl::cat(Category));
cl::opt<bool> NoLines("no-line-directives", cl::desc("Omit #line directives from generated C++"),
                      cl::sub(BuildCmd), cl::sub(RunCmd), cl::cat(Category));

// Parses and checks `path`. On success returns the compilation; prints diagnostics and
// returns null otherwise.
std::unique_ptr<minigo::Compilation> frontEnd(const std::string& path) {
  std::string err;
  auto src = minigo::SourceFile::load(path, err);
  if (!src) {
    errs() << "minigo: error: " << err << "\n";
    return nullptr;
  }
  auto comp = std::make_unique<minigo::Compilation>(std::move(src));
  if (AllErrors)
    comp->diags.setLimit(0);
  bool ok = false;
  minigo::File* file = minigo::parseFile(*comp->source, comp->ast, comp->diags);
  if (file && !comp->diags.hasErrors()) {
    comp->file = file;
    // The checker recurses over the AST: give it the parser's large stack too.
    minigo::runWithLargeStack(512u << 20, [&] { ok = minigo::checkProgram(*comp); });
  }
  if (!ok || comp->diags.hasErrors()) {
    comp->diags.print(errs());
    return nullptr;
  }
  return comp;
}

bool validOptLevel() {
  if (OptLevel.size() == 1 && OptLevel[0] >= '0' && OptLevel[0] <= '3')
    return true;
  errs() << "minigo: error: invalid optimisation level -O" << OptLevel << " (want -O0 to -O3)\n";
  return false;
}

std::string lowerFirst(std::string s) {
  if (!s.empty())
    s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

// The executable `build` writes: -o OUT, or the source file's stem in the current directory
// (as `go build` does); an -o naming an existing directory puts the stem inside it, also as
// Go does. Fails, with a message, when the output cannot be written there.
bool resolveOutput(const std::string& input, std::string& out) {
  std::string stem = sys::path::stem(input).str();
  out = Output.empty() ? stem : std::string(Output);
  if (sys::fs::is_directory(out)) {
    SmallString<256> p(out);
    sys::path::append(p, stem);
    out = p.str().str();
  }
  if (sys::fs::is_directory(out)) {
    errs() << "minigo: error: cannot write " << out << ": is a directory\n";
    return false;
  }
  StringRef parent = sys::path::parent_path(out);
  std::string dir = parent.empty() ? "." : parent.str();
  if (!sys::fs::is_directory(dir)) {
    errs() << "minigo: error: cannot write " << out << ": "
           << (sys::fs::exists(dir) ? "not a directory: " : "no such directory: ") << dir << "\n";
    return false;
  }
  if (auto ec = sys::fs::access(dir, sys::fs::AccessMode::Write)) {
    errs() << "minigo: error: cannot write " << out << ": " << lowerFirst(ec.message()) << "\n";
    return false;
  }
  return true;
}

std::string generate(minigo::Compilation& comp) {
  minigo::CodegenOptions opts;
  opts.lineDirectives = !NoLines;
  std::string cpp;
  minigo::runWithLargeStack(512u << 20, [&] { cpp = minigo::generateCpp(comp, opts); });
  return cpp;
}

int cmdCheck() {
  auto comp = frontEnd(CheckInput);
  if (!comp)
    return 1;
  // Codegen also reports constructs it cannot lower yet; `check` reports them too.
  generate(*comp);
  if (comp->diags.hasErrors()) {
    comp->diags.print(errs());
    return 1;
  }
  return 0;
}

minigo::BuildOptions buildOptions() {
  minigo::BuildOptions b;
  b.cxx = Cxx;
  b.optLevel = OptLevel[0];
  b.printCommands = PrintCommands;
  b.race = Race;
  b.pch = UsePch;
  return b;
}

// The C++ for `input`, or false after printing the diagnostics.
bool translate(const std::string& input, std::string& cpp) {
  auto comp = frontEnd(input);
  if (!comp)
    return false;
  cpp = generate(*comp);
  if (comp->diags.hasErrors()) {
    comp->diags.print(errs());
    return false;
  }
  return true;
}

int cmdBuild() {
  if (!validOptLevel())
    return 2;
  if (EmitKind != "exe" && EmitKind != "cpp") {
    errs() << "minigo: error: invalid --emit=" << EmitKind << " (want exe or cpp)\n";
    return 2;
  }
  std::string cpp;
  if (!translate(BuildInput, cpp))
    return 1;
  if (EmitKind == "cpp") {
    if (Output.empty()) {
      outs() << cpp;
      return 0;
    }
    std::error_code ec;
    raw_fd_ostream os(Output, ec);
    if (!ec) {
      os << cpp;
      os.close();
      ec = os.error();
    }
    if (ec) {
      errs() << "minigo: error: cannot write " << Output << ": " << lowerFirst(ec.message())
             << "\n";
      return 1;
    }
    return 0;
  }
  // Problems with the program come first (as with `go build`), then the output path, checked
  // before the host compiler spends its time.
  std::string out;
  if (!resolveOutput(BuildInput, out))
    return 1;
  return minigo::compileCpp(cpp, BuildInput, out, buildOptions());
}

int cmdRun() {
  if (!validOptLevel())
    return 2;
  // cl::ConsumeAfter does not enforce cl::OneOrMore: `minigo run` alone gets here.
  if (RunArgs.empty()) {
    errs() << "minigo: error: run: no .mg file given\n"
           << "Run 'minigo run --help' for usage.\n";
    return 2;
  }
  std::string input = RunArgs[0];
  SmallString<128> dir;
  if (auto ec = sys::fs::createUniqueDirectory("minigo-run", dir)) {
    errs() << "minigo: error: cannot create a temporary directory: " << lowerFirst(ec.message())
           << "\n";
    return 1;
  }
  SmallString<128> exe(dir);
  sys::path::append(exe, sys::path::stem(input));
  std::string cpp;
  int rc =
      translate(input, cpp) ? minigo::compileCpp(cpp, input, exe.str().str(), buildOptions()) : 1;
  if (rc != 0) {
    sys::fs::remove_directories(dir);
    return rc;
  }
  std::vector<std::string> args(RunArgs.begin() + 1, RunArgs.end());
  rc = minigo::runProgram(exe.str().str(), args, dir.str().str());
  return rc;
}

// Redirects file descriptor 2 to a temporary file until release(), which restores it and
// returns what was written. If the temporary file cannot be made, nothing is captured.
class StderrCapture {
public:
  StderrCapture() {
    file_ = std::tmpfile();
    saved_ = file_ ? ::dup(2) : -1;
    if (saved_ < 0 || ::dup2(::fileno(file_), 2) < 0) {
      if (saved_ >= 0)
        ::close(saved_);
      saved_ = -1;
    }
  }
  ~StderrCapture() { release(); }
  std::string release() {
    std::string text;
    if (saved_ >= 0) {
      ::dup2(saved_, 2);
      ::close(saved_);
      saved_ = -1;
      std::rewind(file_);
      char buf[4096];
      size_t n;
      while ((n = std::fread(buf, 1, sizeof buf, file_)) > 0)
        text.append(buf, n);
    }
    if (file_)
      std::fclose(file_);
    file_ = nullptr;
    return text;
  }

private:
  std::FILE* file_ = nullptr;
  int saved_ = -1;
};

// Rewrites llvm::cl's complaints about the command line into minigo's format: the first
// line becomes `minigo: error: ...` (without cl's "Try: '/full/path/minigo --help'"),
// follow-up lines are kept, and a last line names the --help of the sub-command used.
void reportUsageError(StringRef text, int argc, char** argv) {
  std::string sub;
  if (argc > 1)
    for (StringRef name : {"build", "run", "check", "version"})
      if (name == argv[1])
        sub = name.str();
  SmallVector<StringRef, 4> lines;
  text.trim().split(lines, '\n', -1, false);
  bool first = true;
  for (StringRef line : lines) {
    line = line.trim();
    if (line.startswith("Must specify") || line.startswith("Can specify"))
      continue; // cl's second line repeats the first with a path to --help
    size_t tryAt = line.find(" Try: ");
    if (tryAt != StringRef::npos)
      line = line.substr(0, tryAt).rtrim();
    line.consume_front((sys::path::filename(argv[0]) + ": ").str());
    if (first)
      errs() << "minigo: error: " << (sub.empty() ? "" : sub + ": ") << lowerFirst(line.str())
             << "\n";
    else
      errs() << "minigo: " << lowerFirst(line.str()) << "\n";
    first = false;
  }
  if (first)
    errs() << "minigo: error: " << (sub.empty() ? "" : sub + ": ") << "invalid command line\n";
  errs() << "Run 'minigo " << (sub.empty() ? "" : sub + " ") << "--help' for usage.\n";
}

} // namespace

int main(int argc, char** argv) {
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](raw_ostream& os) { os << "minigo version " << MINIGO_VERSION << "\n"; });
  // llvm::cl writes some complaints (a bad option value) straight to stderr rather than to
  // the stream it is given: capture file descriptor 2 while it parses, so that every
  // command-line error is reported in one format.
  std::string clErrors;
  bool parsed;
  {
    StderrCapture capture;
    parsed = cl::ParseCommandLineOptions(
        argc, argv, "minigo: Go-style concurrent programs as native C++\n", &errs());
    errs().flush();
    clErrors = capture.release();
  }
  if (!parsed) {
    reportUsageError(clErrors, argc, argv);
    return 2;
  }
  errs() << clErrors;
  minigo::setArgv0(argv[0]);
  if (BuildCmd)
    return cmdBuild();
  if (RunCmd)
    return cmdRun();
  if (CheckCmd)
    return cmdCheck();
  if (VersionCmd) {
    outs() << "minigo version " << MINIGO_VERSION << "\n";
    return 0;
  }
  errs() << "minigo: error: no command given\n"
         << "usage: minigo <build|run|check|version> [options] file.mg\n"
         << "Run 'minigo <command> --help' for the options of a command.\n";
  return 2;
}
