// This file implements the checking of calls to Go's built-in functions: len, cap, append,
// copy, delete, make, new, panic, print, println, recover, min, max, clear and close.
#include "frontend/checker.h"

#include <llvm/Support/Casting.h>

namespace minigo {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

// Spec, "Length and capacity". Like types2, conversions and constant builtin calls do not
// count, and func literal bodies run later, so their calls do not either.
bool containsCallOrRecv(Expr* x, PureCalls pure) {
  if (!x || (x->mode == ExprMode::Constant && x->constant))
    return false;
  switch (x->kind()) {
  case Node::CallExprKind: {
    auto* c = cast<CallExpr>(x);
    bool counts = c->fun->mode != ExprMode::TypeExpr && x->mode != ExprMode::Constant;
    if (counts && pure == PureCalls::ConversionsAndPureBuiltins &&
        c->fun->mode == ExprMode::Builtin)
      if (auto* id = dyn_cast<Ident>(c->fun)) {
        auto k = cast<Builtin>(id->obj)->id;
        counts = !(k == BuiltinId::Len || k == BuiltinId::Cap || k == BuiltinId::Min ||
                   k == BuiltinId::Max || k == BuiltinId::New || k == BuiltinId::Make);
      }
    if (counts)
      return true;
    for (Expr* a : c->args)
      if (containsCallOrRecv(a, pure))
        return true;
    return false;
  }
  case Node::UnaryExprKind: {
    auto* u = cast<UnaryExpr>(x);
    return u->op == Op::Recv || containsCallOrRecv(u->x, pure);
  }
  case Node::BinaryExprKind:
    return containsCallOrRecv(cast<BinaryExpr>(x)->x, pure) ||
           containsCallOrRecv(cast<BinaryExpr>(x)->y, pure);
  case Node::ParenExprKind:
    return containsCallOrRecv(cast<ParenExpr>(x)->x, pure);
  case Node::SelectorExprKind:
    return containsCallOrRecv(cast<SelectorExpr>(x)->x, pure);
  case Node::IndexExprKind:
    return containsCallOrRecv(cast<IndexExpr>(x)->x, pure) ||
           containsCallOrRecv(cast<IndexExpr>(x)->index, pure);
  case Node::SliceExprKind: {
    auto* s = cast<SliceExpr>(x);
    return containsCallOrRecv(s->x, pure) || containsCallOrRecv(s->lo, pure) ||
           containsCallOrRecv(s->hi, pure) || containsCallOrRecv(s->max, pure);
  }
  case Node::StarExprKind:
    return containsCallOrRecv(cast<StarExpr>(x)->x, pure);
  case Node::TypeAssertExprKind:
    return containsCallOrRecv(cast<TypeAssertExpr>(x)->x, pure);
  case Node::KeyValueExprKind:
    return containsCallOrRecv(cast<KeyValueExpr>(x)->key, pure) ||
           containsCallOrRecv(cast<KeyValueExpr>(x)->value, pure);
  case Node::CompositeLitKind:
    for (Expr* e : cast<CompositeLit>(x)->elems)
      if (containsCallOrRecv(e, pure))
        return true;
    return false;
  default:
    return false;
  }
}

void Checker::builtinCall(CallExpr* e, Builtin* b, Type* hint) {
  const std::string& name = b->name;
  auto& args = e->args;
  auto needArgs = [&](size_t min, size_t max) {
    if (args.size() < min) {
      error(e->rparen, "invalid operation: not enough arguments for " + exprString(e) +
                           " (expected " + std::to_string(min) + ", found " +
                           std::to_string(args.size()) + ")");
      return false;
    }
    if (args.size() > max) {
      error(args[max]->pos, "invalid operation: too many arguments for " + exprString(e) +
                                " (expected " + std::to_string(max) + ", found " +
                                std::to_string(args.size()) + ")");
      return false;
    }
    return true;
  };
  if (e->hasDots && b->id != BuiltinId::Append) {
    error(e->pos, "invalid operation: invalid use of ... with built-in " + name);
    for (Expr* a : args)
      rawExpr(a, nullptr);
    return;
  }
  Type* intT = types.basic(BasicKind::Int);
  switch (b->id) {
  case BuiltinId::Len:
  case BuiltinId::Cap: {
    if (!needArgs(1, 1))
      return;
    Expr* x = args[0];
    expr(x);
    if (!isValid(x))
      return;
    Type* u = underlying(x->type);
    if (auto* p = dyn_cast<Pointer>(u); p && isa<Array>(underlying(p->elem)))
      u = underlying(p->elem);
    bool ok = false;
    const Constant* c = nullptr;
    if (isString(u) && b->id == BuiltinId::Len) {
      ok = true;
      if (x->mode == ExprMode::Constant)
        c = constants.makeInt(static_cast<int64_t>(x->constant->strVal.size()));
    } else if (auto* a = dyn_cast<Array>(u)) {
      ok = true;
      // len of an array is constant unless the expression contains calls or receives.
      bool hasCall = containsCallOrRecv(x);
      if (!hasCall)
        c = constants.makeInt(a->len);
    } else if (isa<Slice>(u) || isa<Chan>(u)) {
      ok = true;
    } else if (isa<Map>(u) && b->id == BuiltinId::Len) {
      ok = true;
    }
    if (!ok) {
      error(x->pos, "invalid argument: " + describe(x) + " for built-in " + name);
      return;
    }
    if (x->mode == ExprMode::Constant && isUntyped(x->type))
      convertUntyped(x, defaultType(types, x->type));
    e->type = intT;
    if (c) {
      e->mode = ExprMode::Constant;
      e->constant = c;
    } else {
      e->mode = ExprMode::Value;
    }
    return;
  }
  case BuiltinId::Append: {
    if (args.empty()) {
      error(e->rparen,
            "invalid operation: not enough arguments for append() (expected 1, found 0)");
      return;
    }
    Expr* s = args[0];
    expr(s, hint);
    if (!isValid(s))
      return;
    if (isBasic(s->type, BasicKind::UntypedNil)) {
      error(s->pos, "first argument to append must be a slice; have untyped nil");
      return;
    }
    auto* st = dyn_cast<Slice>(underlying(s->type));
    if (!st) {
      error(s->pos, "first argument to append must be a slice; have " + describe(s));
      return;
    }
    if (e->hasDots) {
      if (args.size() != 2) {
        error(e->pos, "can only use ... with final argument in list");
        return;
      }
      Expr* rest = args[1];
      expr(rest, s->type);
      if (!isValid(rest))
        return;
      // append([]byte, string...) is allowed.
      if (isBasic(st->elem, BasicKind::Uint8) && isString(rest->type)) {
        convertUntyped(rest, types.basic(BasicKind::String));
      } else {
        assignment(rest, s->type, "argument to append");
      }
    } else {
      for (size_t i = 1; i < args.size(); i++) {
        expr(args[i], st->elem);
        if (isValid(args[i]))
          assignment(args[i], st->elem, "argument to append");
      }
    }
    e->mode = ExprMode::Value;
    e->type = s->type;
    return;
  }
  case BuiltinId::Copy: {
    if (!needArgs(2, 2))
      return;
    expr(args[0]);
    expr(args[1]);
    if (!isValid(args[0]) || !isValid(args[1]))
      return;
    auto* dst = dyn_cast<Slice>(underlying(args[0]->type));
    if (!dst) {
      error(args[0]->pos, "invalid argument: copy expects slice arguments; found " +
                              describe(args[0]) + " and " + describe(args[1]));
      return;
    }
    Type* srcT = underlying(args[1]->type);
    bool ok = false;
    Type* srcElem = universe->lookupLocal("byte")->type; // a string's elements
    if (auto* src = dyn_cast<Slice>(srcT)) {
      srcElem = src->elem;
      ok = identical(dst->elem, src->elem);
    } else if (isString(srcT) && isBasic(dst->elem, BasicKind::Uint8)) {
      ok = true;
      convertUntyped(args[1], types.basic(BasicKind::String));
    }
    if (!ok) {
      error(e->pos, "invalid argument: arguments to copy " + describe(args[0]) + " and " +
                        describe(args[1]) + " have different element types " +
                        typeString(dst->elem) + " and " + typeString(srcElem));
      return;
    }
    e->mode = ExprMode::Value;
    e->type = intT;
    return;
  }
  case BuiltinId::Delete: {
    if (!needArgs(2, 2))
      return;
    expr(args[0]);
    if (!isValid(args[0]))
      return;
    auto* m = dyn_cast<Map>(underlying(args[0]->type));
    if (!m) {
      error(args[0]->pos, "invalid argument: " + describe(args[0]) + " is not a map");
      expr(args[1]);
      return;
    }
    expr(args[1], m->key);
    if (isValid(args[1]))
      assignment(args[1], m->key, "argument to delete");
    e->mode = ExprMode::NoValue;
    return;
  }
  case BuiltinId::Make: {
    if (args.empty()) {
      error(e->rparen, "invalid operation: not enough arguments for make() (expected 1, found 0)");
      return;
    }
    Type* t = typExpr(args[0]);
    if (isBasic(t, BasicKind::Invalid))
      return;
    Type* u = underlying(t);
    size_t min = 1, max = 1;
    if (isa<Slice>(u)) {
      min = 2;
      max = 3;
    } else if (isa<Map>(u) || isa<Chan>(u)) {
      max = 2;
    } else {
      error(args[0]->pos, "invalid argument: cannot make " + exprString(args[0]) +
                              "; type must be slice, map, or channel");
      return;
    }
    if (args.size() < min) {
      error(e->rparen, "invalid operation: " + exprString(e) + " expects " + std::to_string(min) +
                           " or " + std::to_string(max) + " arguments; found " +
                           std::to_string(args.size()));
      return;
    }
    if (args.size() > max) {
      error(args[max]->pos, "invalid operation: " + exprString(e) + " expects " +
                                std::to_string(min) + " or " + std::to_string(max) +
                                " arguments; found " + std::to_string(args.size()));
      return;
    }
    const Constant* sizes[2] = {nullptr, nullptr};
    for (size_t i = 1; i < args.size(); i++) {
      Expr* a = args[i];
      expr(a);
      if (!isValid(a))
        return;
      // Sizes are checked like indices (types2's check.index): untyped ones become int.
      if (isUntyped(a->type)) {
        convertUntyped(a, intT);
        if (!isValid(a))
          return;
      }
      if (!isInteger(a->type)) {
        error(a->pos, "invalid argument: index " + describe(a) + " must be integer");
        return;
      }
      if (a->mode == ExprMode::Constant && a->constant) {
        const Constant* ci = constants.toInt(a->constant);
        if (ci && ci->intVal.isNegative()) {
          error(a->pos, "invalid argument: index " + describe(a) + " must not be negative");
          return;
        }
        sizes[i - 1] = ci;
      }
    }
    if (sizes[0] && sizes[1] && sizes[0]->intVal > sizes[1]->intVal) {
      error(args[1]->pos, "invalid argument: length and capacity swapped");
      return;
    }
    e->mode = ExprMode::Value;
    e->type = t;
    return;
  }
  case BuiltinId::New: {
    if (!needArgs(1, 1))
      return;
    Type* t = typExpr(args[0]);
    if (isBasic(t, BasicKind::Invalid))
      return;
    e->mode = ExprMode::Value;
    e->type = types.make<Pointer>(t);
    return;
  }
  case BuiltinId::Panic: {
    if (!needArgs(1, 1))
      return;
    expr(args[0], types.emptyInterface());
    if (isValid(args[0]))
      assignment(args[0], types.emptyInterface(), "argument to panic");
    e->mode = ExprMode::NoValue;
    return;
  }
  case BuiltinId::Print:
  case BuiltinId::Println: {
    for (Expr* a : args) {
      expr(a);
      if (!isValid(a))
        continue;
      if (isBasic(a->type, BasicKind::UntypedNil)) {
        error(a->pos, "use of untyped nil in argument to built-in " + name);
        continue;
      }
      if (isUntyped(a->type))
        convertUntyped(a, defaultType(types, a->type));
      // gc's walk has no print routine for arrays and structs (go/types alone accepts them).
      if (Type* u = underlying(a->type); isa<Array>(u) || isa<Struct>(u))
        error(a->pos, "illegal types for operand: print\n\t" + typeString(a->type));
    }
    e->mode = ExprMode::NoValue;
    return;
  }
  case BuiltinId::Recover: {
    if (!needArgs(0, 0))
      return;
    if (fn && fn->decl)
      comp.recoverBodies.insert(fn->decl->body);
    else if (fn && fn->lit)
      comp.recoverBodies.insert(fn->lit->body);
    e->mode = ExprMode::Value;
    e->type = types.emptyInterface();
    return;
  }
  case BuiltinId::Min:
  case BuiltinId::Max: {
    if (args.empty()) {
      error(e->rparen, "invalid operation: not enough arguments for " + exprString(e) +
                           " (expected 1, found 0)");
      return;
    }
    for (Expr* a : args) {
      expr(a, hint);
      if (!isValid(a))
        return;
      if (!isOrdered(a->type)) {
        error(a->pos, "invalid argument: " + describe(a) + " cannot be ordered");
        return;
      }
    }
    // All operands must have one type; untyped ones follow the typed ones.
    Type* t = nullptr;
    for (Expr* a : args)
      if (isTyped(a->type)) {
        t = a->type;
        break;
      }
    bool allConst = true;
    for (Expr* a : args)
      allConst = allConst && a->mode == ExprMode::Constant;
    if (!t) {
      // All untyped: the result is untyped of the "largest" kind.
      Expr* best = args[0];
      for (Expr* a : args) {
        if (isString(a->type) != isString(best->type)) {
          error(a->pos, "invalid argument: mismatched types in " + name);
          return;
        }
        if (isNumeric(a->type) &&
            cast<Basic>(a->type)->basicKind > cast<Basic>(best->type)->basicKind)
          best = a;
      }
      t = best->type;
    }
    for (Expr* a : args) {
      if (isUntyped(a->type) && isTyped(t))
        convertUntyped(a, t);
      if (!isValid(a))
        return;
      if (isTyped(t) && !identical(a->type, t)) {
        error(a->pos, "invalid argument: mismatched types " + typeString(t) +
                          " (previous argument) and " + typeString(a->type) + " (type of " +
                          exprString(a) + ")");
        return;
      }
    }
    e->type = t;
    if (allConst) {
      const Constant* best = args[0]->constant;
      for (Expr* a : args) {
        Op cmp = b->id == BuiltinId::Min ? Op::Lss : Op::Gtr;
        if (constants.compare(cmp, a->constant, best))
          best = a->constant;
      }
      e->mode = ExprMode::Constant;
      e->constant = best;
    } else {
      e->mode = ExprMode::Value;
      if (isUntyped(t)) {
        Type* d = defaultType(types, t);
        for (Expr* a : args)
          convertUntyped(a, d);
        e->type = d;
      }
    }
    return;
  }
  case BuiltinId::Clear: {
    if (!needArgs(1, 1))
      return;
    expr(args[0]);
    if (!isValid(args[0]))
      return;
    Type* u = underlying(args[0]->type);
    if (!isa<Map>(u) && !isa<Slice>(u)) {
      error(args[0]->pos, "invalid argument: cannot clear " + describe(args[0]) +
                              ": argument must be (or constrained by) map or slice");
      return;
    }
    e->mode = ExprMode::NoValue;
    return;
  }
  case BuiltinId::Close: {
    if (!needArgs(1, 1))
      return;
    expr(args[0]);
    if (!isValid(args[0]))
      return;
    auto* ch = dyn_cast<Chan>(underlying(args[0]->type));
    if (!ch) {
      error(args[0]->pos, "invalid operation: cannot close non-channel " + describe(args[0]));
      return;
    }
    if (ch->dir == ChanDirection::RecvOnly) {
      error(args[0]->pos,
            "invalid operation: cannot close receive-only channel " + describe(args[0]));
      return;
    }
    e->mode = ExprMode::NoValue;
    return;
  }
  case BuiltinId::Complex:
  case BuiltinId::Real:
  case BuiltinId::Imag:
    unsupported(e->pos, "complex numbers", /*plural=*/true);
    for (Expr* a : args)
      rawExpr(a, nullptr);
    return;
  }
}

} // namespace minigo
