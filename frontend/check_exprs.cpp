// This file implements the checking of expressions: operands, names, literals, unary and
// binary operators with Go's rules for untyped constants, selectors, index and slice
// expressions, composite literals, function literals, type assertions and dereferences.
#include "frontend/checker.h"

#include <llvm/Support/Casting.h>

namespace minigo {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

static Basic* basicOf(Type* t) { return t ? dyn_cast<Basic>(underlying(t)) : nullptr; }

// &x, x[:] of an array and x.M() of a pointer method address x's storage: the variable that
// holds it (through fields and array elements, not through pointers or slices) moves to the
// heap, as the pointer may outlive the frame.
void Checker::markAddressTaken(Expr* x) {
  Expr* base = x;
  while (true) {
    if (auto* sel = dyn_cast<SelectorExpr>(base)) {
      if (sel->x->type && isa<Pointer>(underlying(sel->x->type)))
        break;
      base = sel->x;
    } else if (auto* ix = dyn_cast<IndexExpr>(base)) {
      if (ix->x->type && isa<Slice>(underlying(ix->x->type)))
        break;
      base = ix->x;
    } else if (auto* p = dyn_cast<ParenExpr>(base)) {
      base = p->x;
    } else {
      break;
    }
  }
  if (auto* id = dyn_cast<Ident>(base))
    if (auto* v = dyn_cast_or_null<Var>(id->obj))
      v->escapes = true;
}

void Checker::useExprs(const std::vector<Expr*>& es) {
  for (Expr* e : es)
    if (e && !isValid(e))
      continue;
}

// ---------------------------------------------------------------------------------------------
// Entry points

void Checker::expr(Expr* e, Type* hint) {
  rawExpr(e, hint);
  if (!isValid(e))
    return;
  switch (e->mode) {
  case ExprMode::NoValue:
    error(startPos(e), exprString(e) + " (no value) used as value");
    invalidate(e);
    return;
  case ExprMode::TypeExpr:
    error(startPos(e), exprString(e) + " (type) is not an expression");
    invalidate(e);
    return;
  case ExprMode::Builtin:
    error(startPos(e), exprString(e) + " (built-in) must be called");
    invalidate(e);
    return;
  case ExprMode::Package:
    error(startPos(e), "use of package " + exprString(e) + " without selector");
    invalidate(e);
    return;
  default:
    break;
  }
  if (e->type && isa<Tuple>(e->type)) {
    if (singleAssign)
      error(startPos(e), "assignment mismatch: 1 variable but " + exprString(e) + " returns " +
                        std::to_string(cast<Tuple>(e->type)->size()) + " values");
    else
      error(startPos(e), "multiple-value " + exprString(e) + " (value of type " + typeString(e->type) +
                        ") in single-value context");
    invalidate(e);
  }
}

void Checker::exprOrType(Expr* e, Type* hint) {
  rawExpr(e, hint);
  if (!isValid(e))
    return;
  if (e->mode == ExprMode::NoValue) {
    error(startPos(e), exprString(e) + " (no value) used as value");
    invalidate(e);
  } else if (e->mode == ExprMode::Builtin) {
    error(startPos(e), exprString(e) + " (built-in) must be called");
    invalidate(e);
  } else if (e->mode == ExprMode::Package) {
    error(startPos(e), "use of package " + exprString(e) + " without selector");
    invalidate(e);
  } else if (e->type && isa<Tuple>(e->type)) {
    error(startPos(e), "multiple-value " + exprString(e) + " (value of type " + typeString(e->type) +
                      ") in single-value context");
    invalidate(e);
  }
}

void Checker::multiExpr(Expr* e) {
  rawExpr(e, nullptr);
  if (!isValid(e))
    return;
  if (e->mode == ExprMode::NoValue) {
    error(startPos(e), exprString(e) + " (no value) used as value");
    invalidate(e);
  } else if (e->mode == ExprMode::TypeExpr) {
    error(startPos(e), exprString(e) + " (type) is not an expression");
    invalidate(e);
  } else if (e->mode == ExprMode::Builtin) {
    error(startPos(e), exprString(e) + " (built-in) must be called");
    invalidate(e);
  } else if (e->mode == ExprMode::Package) {
    error(startPos(e), "use of package " + exprString(e) + " without selector");
    invalidate(e);
  }
}

void Checker::rawExpr(Expr* e, Type* hint) {
  // Only the outermost expression of an assignment's right side is in "assignment" context.
  bool single = singleAssign;
  singleAssign = false;
  struct Restore {
    bool& flag;
    bool value;
    ~Restore() { flag = value; }
  } restore{singleAssign, single};
  e->mode = ExprMode::Invalid;
  e->constant = nullptr;
  operand(e, hint);
  // An operand of an invalid type (whose error was reported where the type was written, e.g.
  // `var x Undefined`) is an invalid operand: like Go, report nothing more about its uses.
  // (Built-in function names have the invalid type too, as types2's.)
  if (e->type && isBasic(e->type, BasicKind::Invalid) && e->mode != ExprMode::Builtin &&
      e->mode != ExprMode::Package && e->mode != ExprMode::NoValue)
    invalidate(e);
}

void Checker::operand(Expr* e, Type* hint) {
  switch (e->kind()) {
  case Node::BadExprKind:
    return;
  case Node::IdentKind:
    ident(cast<Ident>(e));
    return;
  case Node::BasicLitKind:
    basicLit(cast<BasicLit>(e));
    return;
  case Node::CompositeLitKind:
    compositeLit(cast<CompositeLit>(e), hint);
    return;
  case Node::FuncLitKind:
    funcLit(cast<FuncLit>(e));
    return;
  case Node::ParenExprKind: {
    auto* p = cast<ParenExpr>(e);
    rawExpr(p->x, hint);
    e->mode = p->x->mode;
    e->type = p->x->type;
    e->constant = p->x->constant;
    return;
  }
  case Node::SelectorExprKind:
    selector(cast<SelectorExpr>(e));
    return;
  case Node::IndexExprKind:
    indexExpr(cast<IndexExpr>(e));
    return;
  case Node::SliceExprKind:
    sliceExpr(cast<SliceExpr>(e));
    return;
  case Node::TypeAssertExprKind:
    typeAssert(cast<TypeAssertExpr>(e));
    return;
  case Node::CallExprKind:
    call(cast<CallExpr>(e), hint);
    return;
  case Node::StarExprKind:
    starExpr(cast<StarExpr>(e));
    return;
  case Node::UnaryExprKind:
    unary(cast<UnaryExpr>(e), hint);
    return;
  case Node::BinaryExprKind:
    binary(cast<BinaryExpr>(e), hint);
    return;
  case Node::KeyValueExprKind:
    error(e->pos, "unexpected key:value expression");
    return;
  case Node::EllipsisKind:
    error(e->pos, "invalid use of ...");
    return;
  default:
    // Type syntax used as an expression: a type (for conversions and composite literals).
    typExpr(e);
    return;
  }
}

// ---------------------------------------------------------------------------------------------
// Operands

void Checker::basicLit(BasicLit* e) {
  std::string err;
  const Constant* c = constants.fromLiteral(e->litKind, e->value, err);
  if (!c) {
    if (e->litKind == LitKind::Imag)
      unsupported(e->pos, "complex numbers", /*plural=*/true);
    else
      error(e->pos, err);
    return;
  }
  e->constant = c;
  e->mode = ExprMode::Constant;
  switch (e->litKind) {
  case LitKind::Int: e->type = types.basic(BasicKind::UntypedInt); break;
  case LitKind::Float: e->type = types.basic(BasicKind::UntypedFloat); break;
  case LitKind::Rune: e->type = types.basic(BasicKind::UntypedRune); break;
  case LitKind::String: e->type = types.basic(BasicKind::UntypedString); break;
  case LitKind::Imag: break;
  }
}

void Checker::ident(Ident* e) {
  if (e->name == "_") {
    error(e->pos, "cannot use _ as value");
    return;
  }
  Object* o = scope->lookup(e->name);
  if (!o) {
    error(e->pos, "undefined: " + e->name);
    return;
  }
  e->obj = o;
  switch (o->kind()) {
  case Object::PkgNameK:
    o->used = true;
    e->mode = ExprMode::Package;
    return;
  case Object::ConstK: {
    auto* c = cast<Const>(o);
    if (c == iotaObj) {
      if (!iotaValue) {
        error(e->pos, "cannot use iota outside constant declaration");
        return;
      }
      e->mode = ExprMode::Constant;
      e->type = types.basic(BasicKind::UntypedInt);
      e->constant = iotaValue;
      return;
    }
    if (!c->value) {
      if (auto it = constDecls.find(c); it != constDecls.end()) {
        if (constsDone.count(c)) {
          error(e->pos, "initialization cycle: " + c->name + " refers to itself");
          return;
        }
        checkConstDecl(it->second, nullptr, false);
      }
    }
    c->used = true;
    if (!c->value || !c->type || isBasic(c->type, BasicKind::Invalid))
      return;
    e->mode = ExprMode::Constant;
    e->type = c->type;
    e->constant = c->value;
    return;
  }
  case Object::TypeNameK: {
    auto* tn = cast<TypeName>(o);
    o->used = true;
    if (e->name == "complex64" || e->name == "complex128") {
      if (!tn->pkg) {
        unsupported(e->pos, "complex numbers", /*plural=*/true);
        return;
      }
    }
    resolveTypeName(tn);
    e->mode = ExprMode::TypeExpr;
    e->type = tn->type;
    return;
  }
  case Object::VarK: {
    auto* v = cast<Var>(o);
    if (v->isGlobal && !v->type) {
      if (auto it = globalVarDecls.find(v); it != globalVarDecls.end())
        checkVarDecl(it->second, nullptr, false);
    }
    if (!v->type || isBasic(v->type, BasicKind::Invalid)) {
      v->used = true;
      return;
    }
    v->used = true;
    // A local variable used inside a function literal that does not declare it is captured.
    if (!v->isGlobal && fn) {
      auto it = varOwner.find(v);
      if (it != varOwner.end() && it->second != fn)
        v->escapes = true;
    }
    e->mode = ExprMode::Variable;
    e->type = v->type;
    return;
  }
  case Object::FuncK: {
    auto* f = cast<Func>(o);
    if (!f->type && f->decl)
      f->type = funcSignature(f->decl->funcType, f->decl->recv, scope);
    f->used = true;
    e->mode = ExprMode::Value;
    e->type = f->type;
    return;
  }
  case Object::BuiltinK:
    e->mode = ExprMode::Builtin;
    e->type = types.basic(BasicKind::Invalid);
    return;
  case Object::NilK:
    e->mode = ExprMode::Value;
    e->type = types.basic(BasicKind::UntypedNil);
    return;
  case Object::LabelK:
    error(e->pos, "undefined: " + e->name);
    return;
  }
}

// ---------------------------------------------------------------------------------------------
// Untyped conversion (types2's implicitTypeAndValue / updateExprType)

bool Checker::checkRepresentable(Expr* e, Type* t, bool report) {
  Basic* b = basicOf(t);
  if (!b || e->mode != ExprMode::Constant || !e->constant)
    return true;
  const Constant* rounded = nullptr;
  if (constants.representable(e->constant, b->basicKind, &rounded)) {
    e->constant = rounded;
    return true;
  }
  if (!report)
    return false;
  // types2's invalidConversion: an implicit conversion of a constant names the underlying
  // basic type.
  const Constant* c = e->constant;
  bool numericConst = c->kind == Constant::Int || c->kind == Constant::Float;
  if (numericConst && isNumeric(b)) {
    const char* what = isInteger(b) && !c->isIntegral() ? " truncated to " : " overflows ";
    error(startPos(e), describe(e) + what + typeString(b));
  } else {
    error(startPos(e), "cannot convert " + describe(e) + " to type " + typeString(b));
  }
  return false;
}

void Checker::updateExprType(Expr* e, Type* t, bool final) {
  if (!e->type || !isUntyped(e->type))
    return;
  switch (e->kind()) {
  case Node::ParenExprKind:
    updateExprType(cast<ParenExpr>(e)->x, t, final);
    break;
  case Node::UnaryExprKind:
    if (cast<UnaryExpr>(e)->op != Op::Not || isBoolean(t))
      updateExprType(cast<UnaryExpr>(e)->x, t, final);
    break;
  case Node::BinaryExprKind: {
    auto* b = cast<BinaryExpr>(e);
    bool cmp = b->op == Op::Eql || b->op == Op::Neq || b->op == Op::Lss || b->op == Op::Leq ||
               b->op == Op::Gtr || b->op == Op::Geq;
    if (cmp) {
      // The operands of a comparison keep their own types.
    } else if (b->op == Op::Shl || b->op == Op::Shr) {
      if (final && b->mode != ExprMode::Constant && !isInteger(t) && !isUntyped(t)) {
        error(b->x->pos, "invalid operation: shifted operand " + exprString(b->x) + " (type " +
                             typeString(t) + ") must be integer");
        invalidate(e);
        return;
      }
      updateExprType(b->x, t, final);
    } else {
      updateExprType(b->x, t, final);
      updateExprType(b->y, t, final);
    }
    break;
  }
  default:
    break;
  }
  e->type = t;
}

void Checker::convertUntyped(Expr* e, Type* target) {
  if (!isValid(e) || !e->type || !isUntyped(e->type) || !target)
    return;
  if (isBasic(target, BasicKind::Invalid))
    return;
  Type* tu = underlying(target);
  Basic* xb = cast<Basic>(e->type);
  if (isUntyped(target)) {
    // Both untyped: the "larger" kind wins (int < rune < float).
    if (isNumeric(e->type) && isNumeric(target)) {
      auto rank = [](BasicKind k) {
        return k == BasicKind::UntypedInt ? 1 : k == BasicKind::UntypedRune ? 2 : 3;
      };
      if (rank(cast<Basic>(target)->basicKind) > rank(xb->basicKind))
        updateExprType(e, target, false);
    }
    return;
  }
  if (xb->basicKind == BasicKind::UntypedNil) {
    if (!hasNil(target)) {
      error(e->pos, "cannot convert nil to type " + typeString(target));
      invalidate(e);
      return;
    }
    e->type = target;
    return;
  }
  if (auto* ib = dyn_cast<Interface>(tu)) {
    // An untyped value assigned to an interface takes its default type.
    if (!ib->isEmpty() && !(ib->allMethods.empty())) {
      Type* d = defaultType(types, e->type);
      std::string cause;
      if (!implements(d, ib, &cause)) {
        error(e->pos, "cannot use " + describe(e) + " as " + typeString(target) + " value: " +
                          typeString(d) + " does not implement " + typeString(target) + " " + cause);
        invalidate(e);
        return;
      }
    }
    Type* d = defaultType(types, e->type);
    checkRepresentable(e, d, true);
    updateExprType(e, d, true);
    return;
  }
  Basic* tb = dyn_cast<Basic>(tu);
  if (!tb) {
    error(e->pos, "cannot convert " + describe(e) + " to type " + typeString(tu));
    invalidate(e);
    return;
  }
  bool ok = false;
  switch (xb->basicKind) {
  case BasicKind::UntypedBool: ok = isBoolean(tb); break;
  case BasicKind::UntypedInt:
  case BasicKind::UntypedRune:
  case BasicKind::UntypedFloat: ok = isNumeric(tb); break;
  case BasicKind::UntypedString: ok = isString(tb); break;
  default: break;
  }
  if (!ok) {
    error(e->pos, "cannot convert " + describe(e) + " to type " + typeString(tu));
    invalidate(e);
    return;
  }
  if (e->mode == ExprMode::Constant && !checkRepresentable(e, target, true)) {
    invalidate(e);
    return;
  }
  updateExprType(e, target, true);
}

bool Checker::matchUntyped(Expr* x, Expr* y) {
  bool xu = isUntyped(x->type), yu = isUntyped(y->type);
  if (!xu && !yu)
    return true;
  // types2's mayConvert: an untyped operand converts to the other operand's type only when
  // the kinds can mix (bool with bool, string with string, nil with types that have nil,
  // numbers with non-pointers); otherwise the operation reports mismatched types.
  if (!isInterface(x->type) && !isInterface(y->type)) {
    if (isBoolean(x->type) != isBoolean(y->type) || isString(x->type) != isString(y->type))
      return false;
    bool xnil = isBasic(x->type, BasicKind::UntypedNil);
    bool ynil = isBasic(y->type, BasicKind::UntypedNil);
    if (xnil || ynil) {
      if (!hasNil(xnil ? y->type : x->type))
        return false;
    } else if (isa<Pointer>(underlying(x->type)) || isa<Pointer>(underlying(y->type))) {
      return false;
    }
  }
  if (xu && !yu) {
    convertUntyped(x, y->type);
    return isValid(x);
  }
  if (yu && !xu) {
    convertUntyped(y, x->type);
    return isValid(y);
  }
  if (isNumeric(x->type) && isNumeric(y->type)) {
    convertUntyped(x, y->type);
    convertUntyped(y, x->type);
  }
  return true;
}

bool Checker::checkShiftCount(Expr* y) {
  // As types2: a constant count must not be negative (-1 and 1.0 count as integers) and an
  // untyped one must be representable as uint; any other count must have an integer type.
  if (y->mode == ExprMode::Constant && y->constant) {
    const Constant* yi = constants.toInt(y->constant);
    if (yi && yi->intVal.isNegative()) {
      error(y->pos, "invalid operation: negative shift count " + describe(y));
      return false;
    }
    if (isUntyped(y->type)) {
      if (!checkRepresentable(y, types.basic(BasicKind::Uint), true))
        return false;
      y->constant = constants.toInt(y->constant);
      updateExprType(y, types.basic(BasicKind::Uint), true);
      return true;
    }
  }
  if (!isInteger(y->type)) {
    error(y->pos, "invalid operation: shift count " + describe(y) + " must be integer");
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Operators

void Checker::unary(UnaryExpr* e, Type* hint) {
  if (e->op == Op::Addr) {
    Expr* x = e->x;
    while (auto* p = dyn_cast<ParenExpr>(x))
      x = p->x;
    if (auto* cl = dyn_cast<CompositeLit>(x)) {
      Type* h = hint && isa<Pointer>(underlying(hint)) ? cast<Pointer>(underlying(hint))->elem : nullptr;
      rawExpr(e->x, h);
      if (!isValid(e->x))
        return;
      (void)cl;
      e->mode = ExprMode::Value;
      e->type = types.make<Pointer>(e->x->type);
      return;
    }
    expr(e->x);
    if (!isValid(e->x))
      return;
    if (e->x->mode != ExprMode::Variable) {
      error(startPos(e->x), "invalid operation: cannot take address of " + describe(e->x));
      return;
    }
    markAddressTaken(x);
    e->mode = ExprMode::Value;
    e->type = types.make<Pointer>(e->x->type);
    return;
  }
  if (e->op == Op::Recv) {
    expr(e->x);
    if (!isValid(e->x))
      return;
    auto* ch = dyn_cast<Chan>(underlying(e->x->type));
    if (!ch) {
      error(startPos(e->x), "invalid operation: cannot receive from non-channel " + describe(e->x));
      return;
    }
    if (ch->dir == ChanDirection::SendOnly) {
      error(startPos(e->x), "invalid operation: cannot receive from send-only channel " + describe(e->x));
      return;
    }
    e->mode = ExprMode::CommaOk;
    e->type = ch->elem;
    return;
  }
  expr(e->x, hint);
  if (!isValid(e->x))
    return;
  Type* t = e->x->type;
  bool ok = false;
  switch (e->op) {
  case Op::Add:
  case Op::Sub: ok = isNumeric(t); break;
  case Op::Xor: ok = isInteger(t); break;
  case Op::Not: ok = isBoolean(t); break;
  default: break;
  }
  if (!ok) {
    error(startPos(e->x), std::string("invalid operation: operator ") + opSpelling(e->op) +
                      " not defined on " + describe(e->x));
    return;
  }
  e->type = t;
  if (e->x->mode == ExprMode::Constant) {
    std::string err;
    unsigned ubits = isUnsigned(t) ? basicSize(basicOf(t)->basicKind) * 8 : 0;
    const Constant* c = constants.unaryOp(e->op, e->x->constant, ubits, err);
    if (!c) {
      error(e->pos, err);
      return;
    }
    e->mode = ExprMode::Constant;
    e->constant = c;
    if (isTyped(t) && !checkRepresentable(e, t, false)) {
      error(startPos(e), describe(e) + " overflows " + typeString(underlying(t)));
      e->mode = ExprMode::Invalid;
    }
    return;
  }
  e->mode = ExprMode::Value;
}

static bool isComparisonOp(Op op) {
  return op == Op::Eql || op == Op::Neq || op == Op::Lss || op == Op::Leq || op == Op::Gtr ||
         op == Op::Geq;
}

void Checker::shiftExpr(BinaryExpr* e) {
  Expr* x = e->x;
  Expr* y = e->y;
  // The right operand: an integer (or an untyped constant representable as uint).
  if (!checkShiftCount(y))
    return;
  if (x->mode == ExprMode::Constant) {
    if (isUntyped(x->type)) {
      const Constant* xi = constants.toInt(x->constant);
      if (!xi) {
        error(x->pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
        return;
      }
      if (y->mode == ExprMode::Constant) {
        std::string err;
        auto s = constants.toInt(y->constant)->toUint64();
        const Constant* r = s ? constants.shift(e->op, xi, *s, err) : nullptr;
        if (!r) {
          error(e->pos, "invalid shift: " + describe(x) + " (shift count too large)");
          return;
        }
        e->mode = ExprMode::Constant;
        e->constant = r;
        e->type = x->type->kind() == Type::BasicT && cast<Basic>(x->type)->basicKind == BasicKind::UntypedFloat
                      ? types.basic(BasicKind::UntypedInt)
                      : x->type;
        return;
      }
      // A non-constant shift of an untyped constant: the constant takes the type it would
      // have without the shift, which the context decides (`var u uint = 1 << s` shifts a
      // uint); the expression stays untyped until then (updateExprType).
      x->constant = xi;
      e->mode = ExprMode::Value;
      e->type = x->type;
      return;
    }
    if (!isInteger(x->type)) {
      error(x->pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
      return;
    }
    if (y->mode == ExprMode::Constant) {
      std::string err;
      auto s = constants.toInt(y->constant)->toUint64();
      const Constant* r = s ? constants.shift(e->op, x->constant, *s, err) : nullptr;
      if (!r) {
        error(e->pos, "invalid shift");
        return;
      }
      e->mode = ExprMode::Constant;
      e->constant = r;
      e->type = x->type;
      if (!checkRepresentable(e, x->type, false)) {
        error(startPos(e), describe(e) + " overflows " + typeString(underlying(x->type)));
        invalidate(e);
      }
      return;
    }
    e->mode = ExprMode::Value;
    e->type = x->type;
    return;
  }
  if (!isInteger(x->type)) {
    error(x->pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
    return;
  }
  e->mode = ExprMode::Value;
  e->type = x->type;
}

// How types2 names the kind of a type in comparison errors (its kindString).
static std::string kindString(Type* t) {
  switch (underlying(t)->kind()) {
  case Type::ArrayT: return "array";
  case Type::SliceT: return "slice";
  case Type::StructT: return "struct";
  case Type::PointerT: return "pointer";
  case Type::SignatureT: return "func";
  case Type::InterfaceT: return "interface";
  case Type::MapT: return "map";
  case Type::ChanT: return "chan";
  default: return typeString(t);
  }
}

// Why values of type t cannot be compared (types2's incomparableCause).
static std::string incomparableCause(Type* t) {
  Type* u = underlying(t);
  if (isa<Slice>(u) || isa<Signature>(u) || isa<Map>(u))
    return kindString(t) + " can only be compared to nil";
  if (auto* st = dyn_cast<Struct>(u)) {
    for (Var* f : st->fields)
      if (!isComparable(f->type))
        return "struct containing " + typeString(f->type) + " cannot be compared";
  }
  return typeString(t) + " cannot be compared";
}

std::string Checker::comparisonCause(Expr* x, Expr* y, Op op, bool xnil, bool ynil) {
  std::string mismatch = "mismatched types " + typeString(x->type) + " and " + typeString(y->type);
  if (!(assignableTo(x, y->type, nullptr) || assignableTo(y, x->type, nullptr)))
    return mismatch;
  if (op == Op::Eql || op == Op::Neq) {
    if (xnil && ynil)
      return "operator " + std::string(opSpelling(op)) + " not defined on nil";
    if (xnil || ynil)
      return hasNil(xnil ? y->type : x->type) ? "" : mismatch;
    if (!isComparable(x->type) || !isComparable(y->type))
      return incomparableCause(isComparable(x->type) ? y->type : x->type);
    return "";
  }
  if (!isOrdered(x->type) || !isOrdered(y->type))
    return "operator " + std::string(opSpelling(op)) + " not defined on " +
           kindString(isOrdered(x->type) ? y->type : x->type);
  return "";
}

void Checker::comparison(BinaryExpr* e) {
  Expr* x = e->x;
  Expr* y = e->y;
  // Whether an operand is the predeclared nil must be known before matchUntyped gives it the
  // other operand's type.
  bool xnil = isBasic(x->type, BasicKind::UntypedNil);
  bool ynil = isBasic(y->type, BasicKind::UntypedNil);
  if (!matchUntyped(x, y)) {
    if (isValid(x) && isValid(y))
      error(startPos(e), "invalid operation: " + exprString(e) + " (mismatched types " +
                             typeString(x->type) + " and " + typeString(y->type) + ")");
    return;
  }
  if (!isValid(x) || !isValid(y))
    return;
  std::string cause = comparisonCause(x, y, e->op, xnil, ynil);
  if (!cause.empty()) {
    error(startPos(e), "invalid operation: " + exprString(e) + " (" + cause + ")");
    return;
  }
  if (x->mode == ExprMode::Constant && y->mode == ExprMode::Constant) {
    e->mode = ExprMode::Constant;
    e->constant = constants.makeBool(constants.compare(e->op, x->constant, y->constant));
  } else {
    e->mode = ExprMode::Value;
    // Untyped operands that remain are given their default types now.
    if (isUntyped(x->type))
      convertUntyped(x, defaultType(types, x->type));
    if (isUntyped(y->type))
      convertUntyped(y, defaultType(types, y->type));
  }
  e->type = types.basic(BasicKind::UntypedBool);
}

void Checker::binary(BinaryExpr* e, Type* hint) {
  expr(e->x, hint);
  expr(e->y, hint);
  if (!isValid(e->x) || !isValid(e->y))
    return;
  if (e->op == Op::Shl || e->op == Op::Shr) {
    shiftExpr(e);
    return;
  }
  if (isComparisonOp(e->op)) {
    comparison(e);
    return;
  }
  Expr* x = e->x;
  Expr* y = e->y;
  if (!matchUntyped(x, y) || !isValid(x) || !isValid(y)) {
    if (isValid(x) && isValid(y))
      error(startPos(e), "invalid operation: " + exprString(e) + " (mismatched types " +
                        typeString(x->type) + " and " + typeString(y->type) + ")");
    invalidate(e);
    return;
  }
  if (!identical(x->type, y->type)) {
    error(startPos(e), "invalid operation: " + exprString(e) + " (mismatched types " +
                      typeString(x->type) + " and " + typeString(y->type) + ")");
    return;
  }
  Type* t = x->type;
  bool ok = false;
  switch (e->op) {
  case Op::Add: ok = isNumeric(t) || isString(t); break;
  case Op::Sub:
  case Op::Mul:
  case Op::Div: ok = isNumeric(t); break;
  case Op::Rem:
  case Op::And:
  case Op::Or:
  case Op::Xor:
  case Op::AndNot: ok = isInteger(t); break;
  case Op::LAnd:
  case Op::LOr: ok = isBoolean(t); break;
  default: break;
  }
  if (!ok) {
    error(e->pos, "invalid operation: operator " + std::string(opSpelling(e->op)) +
                      " not defined on " + describe(x));
    return;
  }
  if ((e->op == Op::Div || e->op == Op::Rem) && y->mode == ExprMode::Constant &&
      (isInteger(t) || isUntyped(t)) && y->constant && y->constant->kind != Constant::String &&
      y->constant->kind != Constant::Bool) {
    bool zero = y->constant->kind == Constant::Int ? y->constant->intVal.isZero()
                                                   : y->constant->floatVal.isZero();
    if (zero && (isInteger(t) || x->mode == ExprMode::Constant)) {
      error(y->pos, "invalid operation: division by zero");
      return;
    }
  }
  if (x->mode == ExprMode::Constant && y->mode == ExprMode::Constant) {
    std::string err;
    bool intDiv = isInteger(t);
    const Constant* c = constants.binaryOp(e->op, x->constant, y->constant, intDiv, err);
    if (!c) {
      error(e->pos, err == "division by zero" ? "invalid operation: division by zero" : err);
      return;
    }
    e->mode = ExprMode::Constant;
    e->constant = c;
    e->type = t;
    if (isTyped(t) && !checkRepresentable(e, t, false)) {
      error(startPos(e), describe(e) + " overflows " + typeString(underlying(t)));
      invalidate(e);
    }
    return;
  }
  e->mode = ExprMode::Value;
  e->type = t;
}

// ---------------------------------------------------------------------------------------------
// Selectors, indexing, literals: see check_selectors.cpp and check_literals.cpp.

} // namespace minigo
