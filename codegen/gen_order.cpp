// This file keeps Go's order of evaluation. Go evaluates the function calls, method calls and
// channel receives of an expression or assignment in lexical left-to-right order; C++ leaves
// the order of function arguments and of most operands unspecified (g++ often goes right to
// left), and evaluates the right side of `=` before the left. When two or more operands of one
// construct contain calls, all but the last are evaluated into temporaries first.
#include "codegen/emitter.h"

#include <llvm/Support/Casting.h>

namespace minigo {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

// Calls without effects (conversions, len, cap, min, max, new, make) need no ordering.
bool hasCallOrRecv(Expr* e) {
  return containsCallOrRecv(e, PureCalls::ConversionsAndPureBuiltins);
}

// Evaluates the operands that contain calls, except the last, into temporaries that expr()
// then returns instead of the operand's code. Returns the declarations, or "" when fewer than two
// operands contain calls.
std::string Emitter::hoistOperands(const std::vector<Expr*>& operands,
                                   std::vector<std::string>& temps) {
  std::vector<Expr*> effectful;
  for (Expr* o : operands)
    if (hasCallOrRecv(o))
      effectful.push_back(o);
  if (effectful.size() < 2)
    return "";
  std::string decls;
  for (size_t i = 0; i + 1 < effectful.size(); i++) {
    std::string code = expr(effectful[i]);
    std::string name = freshTemp("o");
    decls += "auto " + name + " = " + code + "; ";
    hoisted[effectful[i]] = name;
    temps.push_back(name);
  }
  return decls;
}

void Emitter::unhoist(const std::vector<Expr*>& operands) {
  for (Expr* o : operands)
    hoisted.erase(o);
}

// Whether every temporary is used by `code`: an operand lowered without going through expr()
// would otherwise be evaluated twice.
static bool usesAll(const std::string& code, const std::vector<std::string>& temps) {
  for (const std::string& t : temps)
    if (code.find(t) == std::string::npos)
      return false;
  return true;
}

std::string Emitter::inOrder(const std::vector<Expr*>& operands,
                             const std::function<std::string()>& gen) {
  std::vector<std::string> temps;
  std::string decls = hoistOperands(operands, temps);
  if (decls.empty())
    return gen();
  std::string code = gen();
  unhoist(operands);
  if (!usesAll(code, temps))
    return gen();
  return "[&] { " + decls + "return " + code + "; }()";
}

// The operands an assignment to `lhs` evaluates before the right-hand side: index operands and
// the pointers of indirections (`m[k()]`, `p().f`, `*q()`).
void lhsOperands(Expr* lhs, std::vector<Expr*>& out) {
  switch (lhs->kind()) {
  case Node::ParenExprKind:
    lhsOperands(cast<ParenExpr>(lhs)->x, out);
    return;
  case Node::IndexExprKind: {
    auto* ix = cast<IndexExpr>(lhs);
    lhsOperands(ix->x, out);
    out.push_back(ix->index);
    return;
  }
  case Node::SelectorExprKind: {
    auto* sel = cast<SelectorExpr>(lhs);
    if (dyn_cast_or_null<Var>(sel->sel->obj))
      lhsOperands(sel->x, out);
    return;
  }
  case Node::StarExprKind:
    out.push_back(cast<StarExpr>(lhs)->x);
    return;
  case Node::IdentKind:
    return;
  default:
    out.push_back(lhs); // a call or indirection whose value the assignment goes through
  }
}

} // namespace minigo
