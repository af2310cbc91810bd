// This file declares the entry point of minigo's parser: source text -> AST (frontend/ast.h).
//
//   auto file = SourceFile::load(path, err);
//   AstContext ast;
//   Diagnostics diags(*file);
//   File* f = parseFile(*file, ast, diags);
//   if (diags.hasErrors()) { diags.print(llvm::errs()); return 1; }
//
// Lexical and syntax errors are reported to `diags` with Go's wording and positions; ANTLR
// never prints anything. Valid files are parsed with SLL prediction one top-level declaration
// at a time (each parse tree is freed once its AST is built); full LL is tried only when SLL
// fails, and errors are reported by a last pass with recovery. Parsing runs on a thread with a
// large stack, so deep (but accepted) nesting cannot overflow the caller's stack; nesting
// beyond ParseOptions::maxNesting is refused before parsing (`expression nested too deeply`,
// `block nested too deeply`). Long flat chains (a + b + c ..., x.f.g ...) are not nesting and
// are built iteratively; later phases that recurse over them may want runWithLargeStack.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source_file.h"

#include <cstddef>
#include <functional>

namespace minigo {

struct ParseOptions {
  unsigned maxNesting = 1000;     // brackets plus prefix operators
  size_t stackBytes = 512u << 20; // stack of the parsing thread (reserved, not committed)
};

// Parses `file`. Returns the File, or nullptr when the file could not be parsed at all
// (nesting limit exceeded). With syntax errors the returned AST is partial (BadExpr/BadStmt
// where the parser recovered); callers should not type-check it.
File* parseFile(const SourceFile& file, AstContext& ast, Diagnostics& diags,
                const ParseOptions& options = {});

// Runs `fn` on a new thread with a `stackBytes` stack and waits for it. Recursive phases
// over a deep AST (checker, codegen) can use it too. Falls back to calling `fn` directly if
// the thread cannot be created.
void runWithLargeStack(size_t stackBytes, const std::function<void()>& fn);

} // namespace minigo
