// This file declares the type checker: it resolves names, computes the type (and constant
// value) of every expression, checks statements and declarations with Go's rules, and
// reports Go-worded errors. The implementation is split by concern: check_decls.cpp,
// check_exprs.cpp, check_calls.cpp, check_builtins.cpp, check_stmts.cpp, assignability.cpp,
// check_conversions.cpp; universe.cpp and std_packages.cpp set up predeclared names and the
// supported standard-library packages.
#pragma once

#include "frontend/ast.h"
#include "frontend/constant.h"
#include "frontend/diagnostics.h"
#include "frontend/objects.h"
#include "frontend/source_file.h"
#include "frontend/types.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace minigo {

// Everything one compilation of one file owns.
struct Compilation {
  explicit Compilation(std::unique_ptr<SourceFile> f) : source(std::move(f)), diags(*source) {}
  std::unique_ptr<SourceFile> source;
  Diagnostics diags;
  AstContext ast;
  TypeContext types;
  ObjectContext objects;
  ConstantPool constants;
  File* file = nullptr;
  Package* mainPkg = nullptr;
  std::map<std::string, Package*> imported; // path -> package, for the packages used
  // Package-level variables of main in initialisation order (dependency order).
  std::vector<VarDecl*> globalInitOrder;
  // Function literals and declared functions, for codegen.
  std::vector<FuncDecl*> funcs;
  std::vector<TypeName*> namedTypes; // declared types of main, in declaration order
  // Bodies of the functions and function literals that call recover() themselves (not in a
  // nested literal): only there can recover() stop a panic.
  std::set<const BlockStmt*> recoverBodies;
};

// Parses and checks `comp.file` (already parsed). Returns false when errors were reported.
bool checkProgram(Compilation& comp);

// The result of looking up a field or method by name in a type (Go's LookupFieldOrMethod).
struct Selection {
  enum Kind { None, Field, Method, Ambiguous } kind = None;
  Object* obj = nullptr;          // the field (Var) or method (Func)
  std::vector<Var*> embeddedPath; // embedded fields walked through, outermost first
  bool indirect = false;          // a pointer was dereferenced on the way
};
Selection lookupFieldOrMethod(Type* t, const std::string& name);

// Operand descriptions as Go's types2 prints them: `x (variable of type int)`,
// `1 (untyped int constant)`, `c (untyped int constant 5)`, `f() (value of type T)`.
std::string describe(const Expr* e);

// A Go-like single-line spelling of an expression, for messages.
std::string exprString(const Expr* e);

// Where an expression starts (its leftmost token), where types2 reports errors about an
// operand: `a + b` starts at a, `f(x).g` at f.
Pos startPos(const Expr* e);

// Whether the checked expression evaluates a function call or a channel receive (not counting
// conversions, constant builtin calls and func literal bodies): when it does not, len/cap of
// an array (pointer) is constant, and `for i := range x` does not evaluate x.
// With ConversionsAndPureBuiltins, calls of len, cap, min, max, new and make do not count either
// (codegen's evaluation order: they have no effects to order).
enum class PureCalls { Conversions, ConversionsAndPureBuiltins };
bool containsCallOrRecv(Expr* x, PureCalls pure = PureCalls::Conversions);

} // namespace minigo
