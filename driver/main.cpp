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

#include <cstdlib>
#include <string>

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
enum class Emit { Exe, Cpp };
cl::opt<Emit> EmitKind("emit", cl::desc("What to produce"), cl::init(Emit::Exe),
                       cl::values(clEnumValN(Emit::Exe, "exe", "a native executable (default)"),
                                  clEnumValN(Emit::Cpp, "cpp", "the generated C++ (to stdout or -o)")),
                       cl::sub(BuildCmd), cl::cat(Category));
cl::opt<bool> PrintCommands("x", cl::desc("Print the host compiler command"), cl::sub(BuildCmd),
                            cl::sub(RunCmd), cl::cat(Category));
cl::opt<char> OptLevel("O", cl::desc("Optimisation level of the host compiler: 0, 1, 2 or 3 (default 2)"),
                       cl::Prefix, cl::init('2'), cl::sub(BuildCmd), cl::sub(RunCmd), cl::cat(Category));
cl::opt<std::string> Cxx("cxx", cl::desc("Host C++ compiler (default: $CXX, else g++)"),
                         cl::value_desc("path"), cl::sub(BuildCmd), cl::sub(RunCmd), cl::cat(Category));
cl::opt<bool> Race("race", cl::desc("Build with the race detector (ThreadSanitizer)"),
                   cl::sub(BuildCmd), cl::sub(RunCmd), cl::cat(Category));
cl::opt<bool> NoLines("no-line-directives", cl::desc("Omit #line directives from generated C++"),
                      cl::sub(BuildCmd), cl::sub(RunCmd), cl::cat(Category));

// Parses and checks `path`. On success returns the compilation; prints diagnostics and
// returns null otherwise.
std::unique_ptr<minigo::Compilation> frontEnd(const std::string& path) {
  std::string err;
  auto src = minigo::SourceFile::load(path, err);
  if (!src) {
    errs() << "minigo: " << err << "\n";
    return nullptr;
  }
  auto comp = std::make_unique<minigo::Compilation>(std::move(src));
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
  b.optLevel = OptLevel;
  b.printCommands = PrintCommands;
  b.race = Race;
  return b;
}

int compileTo(const std::string& input, const std::string& exe) {
  auto comp = frontEnd(input);
  if (!comp)
    return 1;
  std::string cpp = generate(*comp);
  if (comp->diags.hasErrors()) {
    comp->diags.print(errs());
    return 1;
  }
  return minigo::compileCpp(cpp, input, exe, buildOptions());
}

int cmdBuild() {
  if (OptLevel < '0' || OptLevel > '3') {
    errs() << "minigo: invalid optimisation level -O" << OptLevel << " (want -O0 to -O3)\n";
    return 2;
  }
  if (EmitKind == Emit::Cpp) {
    auto comp = frontEnd(BuildInput);
    if (!comp)
      return 1;
    std::string cpp = generate(*comp);
    if (comp->diags.hasErrors()) {
      comp->diags.print(errs());
      return 1;
    }
    if (Output.empty()) {
      outs() << cpp;
      return 0;
    }
    std::error_code ec;
    raw_fd_ostream os(Output, ec);
    if (ec) {
      errs() << "minigo: cannot write " << Output << ": " << ec.message() << "\n";
      return 1;
    }
    os << cpp;
    return 0;
  }
  std::string out = Output;
  if (out.empty())
    out = sys::path::stem(BuildInput).str();
  return compileTo(BuildInput, out);
}

int cmdRun() {
  if (OptLevel < '0' || OptLevel > '3') {
    errs() << "minigo: invalid optimisation level -O" << OptLevel << " (want -O0 to -O3)\n";
    return 2;
  }
  std::string input = RunArgs[0];
  SmallString<128> dir;
  if (auto ec = sys::fs::createUniqueDirectory("minigo-run", dir)) {
    errs() << "minigo: cannot create a temporary directory: " << ec.message() << "\n";
    return 1;
  }
  SmallString<128> exe(dir);
  sys::path::append(exe, sys::path::stem(input));
  int rc = compileTo(input, exe.str().str());
  if (rc != 0) {
    sys::fs::remove_directories(dir);
    return rc;
  }
  std::vector<std::string> args(RunArgs.begin() + 1, RunArgs.end());
  rc = minigo::runProgram(exe.str().str(), args, dir.str().str());
  return rc;
}

} // namespace

int main(int argc, char** argv) {
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](raw_ostream& os) { os << "minigo version " << MINIGO_VERSION << "\n"; });
  if (!cl::ParseCommandLineOptions(argc, argv, "minigo: Go-style concurrent programs as native C++\n", &errs()))
    return 2;
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
  errs() << "usage: minigo <build|run|check|version> [options] file.mg\n"
         << "Run 'minigo <command> --help' for the options of a command.\n";
  return 2;
}
