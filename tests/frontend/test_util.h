// Helpers shared by the front-end tests: parse a string and collect the AST, the printed
// form and the diagnostics.
#pragma once

#include "frontend/ast.h"
#include "frontend/ast_printer.h"
#include "frontend/diagnostics.h"
#include "frontend/parser.h"
#include "frontend/source_file.h"

#include <llvm/Support/raw_ostream.h>

#include <memory>
#include <string>

namespace minigo::test {

struct Parsed {
  std::unique_ptr<SourceFile> source;
  std::unique_ptr<AstContext> ast;
  std::unique_ptr<Diagnostics> diags;
  File* file = nullptr;

  bool ok() const { return !diags->hasErrors(); }
  // All diagnostics as "line:col: msg" lines, in position order.
  std::string errors() const {
    std::string out;
    std::vector<Diagnostic> all = diags->all();
    std::stable_sort(all.begin(), all.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
    for (const Diagnostic& d : all)
      out += std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message + "\n";
    return out;
  }
  std::string printed() const { return printFile(file); }
  // Rendered diagnostics, as the driver prints them.
  std::string rendered() const {
    std::string s;
    llvm::raw_string_ostream os(s);
    diags->print(os);
    os.flush();
    return s;
  }
};

inline Parsed parse(const std::string& text, const std::string& name = "test.mg") {
  Parsed p;
  p.source = SourceFile::fromString(name, text);
  p.ast = std::make_unique<AstContext>();
  p.diags = std::make_unique<Diagnostics>(*p.source);
  p.file = parseFile(*p.source, *p.ast, *p.diags);
  return p;
}

// Wraps statements in a function of package main.
inline std::string inFunc(const std::string& body) {
  return "package main\n\nfunc f() {\n" + body + "\n}\n";
}

} // namespace minigo::test
