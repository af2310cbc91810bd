// This file declares the AST printer: it prints an AST back as Go source, laid out roughly as
// gofmt would (tabs, one statement per line, grouped declarations kept together). Printing is
// stable: parsing the printed text and printing again gives the same text, which the parser
// tests use as a round-trip check. Codegen and diagnostics can print single expressions.
#pragma once

#include "frontend/ast.h"

#include <string>

namespace minigo {

std::string printFile(const File* file);
std::string printExpr(const Expr* expr);
std::string printStmt(const Stmt* stmt);

} // namespace minigo
