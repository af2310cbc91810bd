// This file implements the standard-library packages minigo supports, declared in Go syntax
// (signatures without bodies) and checked by the same checker as user code. The runtime
// implements each function as mg::<package>::<Name>; docs/stdlib.md lists what is supported.
#include "frontend/checker.h"
#include "frontend/parser.h"

#include <llvm/Support/raw_ostream.h>

namespace minigo {

namespace {

struct StdPackage {
  const char* path;
  const char* source;
};

const StdPackage kStdPackages[] = {
    {"fmt", R"go(package fmt
func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string
func Errorf(format string, a ...any) error
)go"},
    {"os", R"go(package os
func Exit(code int)
var Args []string
)go"},
};

} // namespace

Package* Checker::importPackage(const std::string& path, Pos pos) {
  if (auto it = packages.find(path); it != packages.end())
    return it->second;
  const StdPackage* found = nullptr;
  for (const auto& p : kStdPackages)
    if (path == p.path)
      found = &p;
  if (!found) {
    error(pos, "package " + path + " is not supported by minigo");
    return nullptr;
  }
  auto src = SourceFile::fromString("<std:" + path + ">", found->source);
  Diagnostics pkgDiags(*src);
  File* file = parseFile(*src, comp.ast, pkgDiags);
  if (!file || pkgDiags.hasErrors()) {
    pkgDiags.print(llvm::errs());
    error(pos, "internal error: cannot load package " + path);
    return nullptr;
  }
  std::string name = file->packageName ? file->packageName->name : path;
  auto* p = new Package(path, name); // lives for the whole compilation
  p->scope = std::make_unique<Scope>(universe, "package");
  packages[path] = p;
  comp.imported[path] = p;
  Package* savedPkg = pkg;
  Scope* savedScope = scope;
  pkg = p;
  Scope* fileScope = objects.newScope(p->scope.get(), "file");
  collectPackageObjects(file, p, p->scope.get(), fileScope);
  checkPackageDecls(file, p, fileScope, /*isMain=*/false);
  pkg = savedPkg;
  scope = savedScope;
  // Keep the source alive: AST positions refer to it only for diagnostics, which are empty.
  static std::vector<std::unique_ptr<SourceFile>> keep;
  keep.push_back(std::move(src));
  return p;
}

} // namespace minigo
