// This file implements the checking of conversions T(x): constant conversions with exact
// representability, numeric and string conversions, and conversions between types with
// identical underlying types.
#include "frontend/checker.h"

#include <llvm/Support/Casting.h>

namespace minigo {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

bool Checker::convertible(Expr* x, Type* t) {
  Type* v = x->type;
  if (assignableTo(x, t, nullptr))
    return true;
  Type* vu = underlying(v);
  Type* tu = underlying(t);
  if (identical(vu, tu, /*ignoreTags=*/true))
    return true;
  if (auto* vp = dyn_cast<Pointer>(v))
    if (auto* tp = dyn_cast<Pointer>(t))
      if (identical(underlying(vp->elem), underlying(tp->elem), /*ignoreTags=*/true))
        return true;
  if (isNumeric(vu) && isNumeric(tu))
    return true;
  if (isString(tu)) {
    if (isInteger(vu))
      return true;
    if (auto* s = dyn_cast<Slice>(vu))
      if (isBasic(s->elem, BasicKind::Uint8) || isBasic(s->elem, BasicKind::Int32))
        return true;
  }
  // Go 1.17: a slice converts to a pointer to an array of its element type.
  if (auto* s = dyn_cast<Slice>(vu))
    if (auto* p = dyn_cast<Pointer>(tu))
      if (auto* a = dyn_cast<Array>(underlying(p->elem)))
        if (identical(s->elem, a->elem))
          return true;
  if (isString(vu)) {
    if (auto* s = dyn_cast<Slice>(tu))
      if (isBasic(s->elem, BasicKind::Uint8) || isBasic(s->elem, BasicKind::Int32))
        return true;
  }
  return false;
}

void Checker::conversion(CallExpr* e, Type* t) {
  if (e->args.size() != 1) {
    if (e->args.empty())
      error(e->rparen, "missing argument in conversion to " + typeString(t));
    else
      error(e->args[1]->pos, "too many arguments in conversion to " + typeString(t));
    for (Expr* a : e->args)
      rawExpr(a, nullptr);
    return;
  }
  if (e->hasDots) {
    error(e->args[0]->pos, "invalid use of ... in conversion to " + typeString(t));
    return;
  }
  Expr* x = e->args[0];
  expr(x, t);
  if (!isValid(x))
    return;
  if (isBasic(t, BasicKind::Invalid))
    return;
  // Constant conversions yield constants: the value must be representable (for numeric
  // targets), integers convert to strings as runes.
  if (x->mode == ExprMode::Constant && isConstType(t)) {
    const Constant* c = x->constant;
    Type* tu = underlying(t);
    if (isString(tu) && (c->kind == Constant::Int) && isInteger(x->type)) {
      std::string s;
      auto r = c->toInt64();
      int64_t v = r ? *r : 0xFFFD;
      if (v < 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        v = 0xFFFD;
      // UTF-8 encode
      uint32_t u = static_cast<uint32_t>(v);
      if (u < 0x80)
        s += static_cast<char>(u);
      else if (u < 0x800) {
        s += static_cast<char>(0xC0 | (u >> 6));
        s += static_cast<char>(0x80 | (u & 0x3F));
      } else if (u < 0x10000) {
        s += static_cast<char>(0xE0 | (u >> 12));
        s += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (u & 0x3F));
      } else {
        s += static_cast<char>(0xF0 | (u >> 18));
        s += static_cast<char>(0x80 | ((u >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (u & 0x3F));
      }
      if (isUntyped(x->type))
        convertUntyped(x, defaultType(types, x->type));
      e->mode = ExprMode::Constant;
      e->constant = constants.makeString(s);
      e->type = t;
      return;
    }
    bool kindsMatch = (isNumeric(tu) && (c->kind == Constant::Int || c->kind == Constant::Float) &&
                       isNumeric(x->type)) ||
                      (isString(tu) && c->kind == Constant::String) ||
                      (isBoolean(tu) && c->kind == Constant::Bool);
    if (!kindsMatch) {
      error(startPos(x), "cannot convert " + describe(x) + " to type " + typeString(t));
      return;
    }
    const Constant* out = c;
    if (!constants.representable(c, cast<Basic>(tu)->basicKind, &out)) {
      // Go 1.22 gives integer-to-integer overflow a concise message (go.dev/issue/63563).
      if (isInteger(x->type) && isInteger(tu))
        error(startPos(x), "constant " + c->toString() + " overflows " + typeString(t));
      else
        error(startPos(x), "cannot convert " + describe(x) + " to type " + typeString(t));
      return;
    }
    if (isUntyped(x->type)) {
      Type* target = isNumeric(tu) && isInteger(tu) == isInteger(x->type) ? t : defaultType(types, x->type);
      x->constant = out;
      updateExprType(x, isNumeric(tu) ? t : target, true);
    }
    e->mode = ExprMode::Constant;
    e->constant = out;
    e->type = t;
    return;
  }
  if (isBasic(x->type, BasicKind::UntypedNil)) {
    if (!hasNil(t)) {
      error(x->pos, "cannot convert nil to type " + typeString(t));
      return;
    }
    x->type = t;
    e->mode = ExprMode::Value;
    e->type = t;
    return;
  }
  if (x->mode == ExprMode::Constant && isUntyped(x->type)) {
    // e.g. interface{}(1) or []byte("s"): the constant takes its default type first.
    Type* d = defaultType(types, x->type);
    if (isInterface(t) || !isConstType(t)) {
      if (isString(x->type) && isa<Slice>(underlying(t)))
        d = types.basic(BasicKind::String);
      convertUntyped(x, d);
      if (!isValid(x))
        return;
    }
  }
  if (auto* s = dyn_cast<Slice>(underlying(x->type))) { // Go 1.20; Go 1.19 rejects it
    if (auto* a = dyn_cast<Array>(underlying(t)); a && identical(s->elem, a->elem)) {
      unsupported(startPos(x), "conversion from slice to array");
      return;
    }
  }
  if (!convertible(x, t)) {
    error(startPos(x), "cannot convert " + describe(x) + " to type " + typeString(t));
    return;
  }
  if (isUntyped(x->type)) {
    // A non-constant untyped operand (a comparison, a shift of an untyped constant) takes
    // the target type itself, as types2 does: float64(1 << s) shifts a float64 (an error).
    if (isInterface(t) || !isConstType(t))
      convertUntyped(x, defaultType(types, x->type));
    else
      updateExprType(x, t, true);
    if (!isValid(x))
      return;
  }
  e->mode = ExprMode::Value;
  e->type = t;
}

} // namespace minigo
