// This file implements the checking of calls: function and method calls with Go's argument
// rules (variadic parameters, f(g()) with a multi-value g, `xs...`), and the dispatch to
// conversions and built-in functions.
#include "frontend/checker.h"

#include <llvm/Support/Casting.h>

namespace minigo {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

// Go's spelling of argument types in "have (...)" lists: untyped numeric constants show as
// "number".
static std::string haveList(const std::vector<Expr*>& args) {
  std::string s = "(";
  bool first = true;
  for (Expr* a : args) {
    auto add = [&](Type* t, bool untypedConst) {
      if (!first)
        s += ", ";
      first = false;
      if (untypedConst && isNumeric(t))
        s += "number";
      else if (t && isUntyped(t))
        s += isBasic(t, BasicKind::UntypedNil) ? "nil" : isString(t) ? "string" : isBoolean(t) ? "bool" : "number";
      else
        s += typeString(t);
    };
    if (auto* tup = dyn_cast_or_null<Tuple>(a->type)) {
      for (Var* v : tup->vars)
        add(v->type, false);
    } else {
      add(a->type, a->mode == ExprMode::Constant && a->type && isUntyped(a->type));
    }
  }
  return s + ")";
}

static std::string wantList(Signature* sig) {
  std::string s = "(";
  for (size_t i = 0; i < sig->params->size(); i++) {
    if (i)
      s += ", ";
    Type* t = sig->params->at(i);
    if (sig->variadic && i + 1 == sig->params->size())
      s += "..." + typeString(cast<Slice>(t)->elem);
    else
      s += typeString(t);
  }
  return s + ")";
}

void Checker::call(CallExpr* e, Type* hint) {
  rawExpr(e->fun, nullptr);
  Expr* f = e->fun;
  if (!isValid(f)) {
    for (Expr* a : e->args)
      rawExpr(a, nullptr);
    return;
  }
  if (f->mode == ExprMode::TypeExpr) {
    conversion(e, f->type);
    return;
  }
  if (f->mode == ExprMode::Builtin) {
    Object* o = nullptr;
    Expr* fe = f;
    while (auto* p = dyn_cast<ParenExpr>(fe))
      fe = p->x;
    if (auto* id = dyn_cast<Ident>(fe))
      o = id->obj;
    builtinCall(e, cast<Builtin>(o), hint);
    return;
  }
  if (f->mode == ExprMode::Package) {
    error(f->pos, "use of package " + exprString(f) + " without selector");
    return;
  }
  auto* sig = dyn_cast_or_null<Signature>(f->type ? underlying(f->type) : nullptr);
  if (!sig) {
    error(startPos(e), "invalid operation: cannot call non-function " + describe(f));
    for (Expr* a : e->args)
      rawExpr(a, nullptr);
    return;
  }
  arguments(e, sig, exprString(f));
  if (sig->results->size() == 0) {
    e->mode = ExprMode::NoValue;
    e->type = nullptr;
  } else if (sig->results->size() == 1) {
    e->mode = ExprMode::Value;
    e->type = sig->results->at(0);
  } else {
    e->mode = ExprMode::Value;
    e->type = sig->results;
  }
}

void Checker::arguments(CallExpr* e, Signature* sig, const std::string& fname) {
  // f(g()) where g returns several values spreads them over the parameters.
  std::vector<Type*> argTypes;
  std::vector<Expr*> argExprs; // null for values of a spread tuple
  bool spread = false;
  if (e->args.size() == 1 && !e->hasDots) {
    multiExpr(e->args[0]);
    Expr* a = e->args[0];
    if (!isValid(a))
      return;
    if (auto* tup = dyn_cast_or_null<Tuple>(a->type)) {
      spread = true;
      for (Var* v : tup->vars) {
        argTypes.push_back(v->type);
        argExprs.push_back(nullptr);
      }
    } else {
      argTypes.push_back(a->type);
      argExprs.push_back(a);
    }
  } else {
    bool bad = false;
    for (size_t i = 0; i < e->args.size(); i++) {
      Expr* a = e->args[i];
      // Give each argument its parameter type as a hint (for untyped constants and elided
      // composite literal types).
      Type* hint = nullptr;
      size_t np = sig->params->size();
      if (i < np && !(sig->variadic && i + 1 >= np && !e->hasDots))
        hint = sig->params->at(i);
      else if (sig->variadic && np > 0 && !e->hasDots)
        hint = cast<Slice>(sig->params->at(np - 1))->elem;
      expr(a, hint);
      if (!isValid(a))
        bad = true;
      argTypes.push_back(a->type);
      argExprs.push_back(a);
    }
    if (bad)
      return;
  }
  size_t np = sig->params->size();
  size_t na = argTypes.size();
  if (e->hasDots) {
    if (!sig->variadic) {
      error(e->args.back()->pos, "cannot use ... in call to non-variadic " + fname);
      return;
    }
    if (na != np) {
      error(na < np ? e->rparen : e->args[np]->pos,
            std::string(na < np ? "not enough" : "too many") + " arguments in call to " + fname +
                "\n\thave " + haveList(e->args) + "\n\twant " + wantList(sig));
      return;
    }
  } else {
    size_t minArgs = sig->variadic ? np - 1 : np;
    if (na < minArgs || (!sig->variadic && na > np)) {
      Pos pos = na < minArgs ? e->rparen : (spread ? e->args[0]->pos : e->args[np]->pos);
      error(pos, std::string(na < minArgs ? "not enough" : "too many") + " arguments in call to " +
                     fname + "\n\thave " + haveList(e->args) + "\n\twant " + wantList(sig));
      return;
    }
  }
  std::string context = "argument to " + fname;
  for (size_t i = 0; i < na; i++) {
    Type* pt;
    if (sig->variadic && i >= np - 1)
      pt = e->hasDots ? sig->params->at(np - 1) : cast<Slice>(sig->params->at(np - 1))->elem;
    else
      pt = sig->params->at(i);
    if (argExprs[i]) {
      assignment(argExprs[i], pt, context);
    } else if (!assignableType(argTypes[i], pt)) {
      error(e->args[0]->pos, "cannot use " + exprString(e->args[0]) + " (value of type " +
                                 typeString(argTypes[i]) + ") as " + typeString(pt) +
                                 " value in " + context);
    }
  }
}

} // namespace minigo
