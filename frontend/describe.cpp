// This file implements how expressions and operands are spelled in diagnostics, following
// Go's types2 (operand.go and syntax.String): `x (variable of type int)`,
// `1 (untyped int constant)`, `c (untyped int constant 5)`, `f() (value of type T)`.
#include "frontend/check.h"

#include <llvm/Support/Casting.h>

namespace minigo {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;

const char* modeString(ExprMode m) {
  switch (m) {
  case ExprMode::Invalid: return "invalid operand";
  case ExprMode::NoValue: return "no value";
  case ExprMode::Builtin: return "built-in";
  case ExprMode::TypeExpr: return "type";
  case ExprMode::Constant: return "constant";
  case ExprMode::Variable: return "variable";
  case ExprMode::MapIndex: return "map index expression";
  case ExprMode::Value: return "value";
  case ExprMode::CommaOk: return "comma, ok expression";
  case ExprMode::Package: return "package";
  }
  return "?";
}

static std::string fieldList(const std::vector<Field*>& fs, const char* sep) {
  std::string s;
  for (size_t i = 0; i < fs.size(); i++) {
    if (i)
      s += sep;
    for (size_t j = 0; j < fs[i]->names.size(); j++) {
      if (j)
        s += ", ";
      s += fs[i]->names[j]->name;
    }
    if (!fs[i]->names.empty())
      s += " ";
    s += exprString(fs[i]->type);
  }
  return s;
}

std::string exprString(const Expr* e) {
  if (!e)
    return "";
  switch (e->kind()) {
  case Node::BadExprKind: return "BadExpr";
  case Node::IdentKind: return cast<Ident>(e)->name;
  case Node::BasicLitKind: return cast<BasicLit>(e)->value;
  case Node::CompositeLitKind: {
    // Like syntax.String's short form: elements are elided, but an empty literal stays `{}`.
    auto* c = cast<CompositeLit>(e);
    return (c->litType ? exprString(c->litType) : std::string()) + (c->elems.empty() ? "{}" : "{…}");
  }
  case Node::KeyValueExprKind:
    return exprString(cast<KeyValueExpr>(e)->key) + ": " + exprString(cast<KeyValueExpr>(e)->value);
  case Node::FuncLitKind: {
    auto* f = cast<FuncLit>(e);
    bool empty = !f->body || f->body->stmts.empty();
    return exprString(f->funcType) + (empty ? " {}" : " {…}");
  }
  case Node::ParenExprKind: return "(" + exprString(cast<ParenExpr>(e)->x) + ")";
  case Node::SelectorExprKind:
    return exprString(cast<SelectorExpr>(e)->x) + "." + cast<SelectorExpr>(e)->sel->name;
  case Node::IndexExprKind:
    return exprString(cast<IndexExpr>(e)->x) + "[" + exprString(cast<IndexExpr>(e)->index) + "]";
  case Node::SliceExprKind: {
    auto* s = cast<SliceExpr>(e);
    std::string r = exprString(s->x) + "[" + exprString(s->lo) + ":" + exprString(s->hi);
    if (s->full)
      r += ":" + exprString(s->max);
    return r + "]";
  }
  case Node::TypeAssertExprKind: {
    auto* t = cast<TypeAssertExpr>(e);
    return exprString(t->x) + ".(" + (t->assertedType ? exprString(t->assertedType) : "type") + ")";
  }
  case Node::CallExprKind: {
    auto* c = cast<CallExpr>(e);
    std::string s = exprString(c->fun) + "(";
    for (size_t i = 0; i < c->args.size(); i++) {
      if (i)
        s += ", ";
      s += exprString(c->args[i]);
    }
    if (c->hasDots)
      s += "...";
    return s + ")";
  }
  case Node::StarExprKind: return "*" + exprString(cast<StarExpr>(e)->x);
  case Node::UnaryExprKind: {
    auto* u = cast<UnaryExpr>(e);
    return std::string(opSpelling(u->op)) + exprString(u->x);
  }
  case Node::BinaryExprKind: {
    auto* b = cast<BinaryExpr>(e);
    return exprString(b->x) + " " + opSpelling(b->op) + " " + exprString(b->y);
  }
  case Node::ArrayTypeKind: {
    auto* a = cast<ArrayType>(e);
    return "[" + (a->dotsLen ? std::string("...") : exprString(a->len)) + "]" + exprString(a->elem);
  }
  case Node::SliceTypeKind: return "[]" + exprString(cast<SliceType>(e)->elem);
  case Node::MapTypeKind:
    return "map[" + exprString(cast<MapType>(e)->key) + "]" + exprString(cast<MapType>(e)->value);
  case Node::ChanTypeKind: {
    auto* c = cast<ChanType>(e);
    const char* p = c->dir == ChanDir::SendOnly ? "chan<- " : c->dir == ChanDir::RecvOnly ? "<-chan " : "chan ";
    return p + exprString(c->elem);
  }
  case Node::FuncTypeKind: {
    auto* f = cast<FuncType>(e);
    std::string s = "func(" + fieldList(f->params, ", ") + ")";
    if (f->results.size() == 1 && f->results[0]->names.empty())
      s += " " + exprString(f->results[0]->type);
    else if (!f->results.empty())
      s += " (" + fieldList(f->results, ", ") + ")";
    return s;
  }
  case Node::StructTypeKind: return "struct{" + fieldList(cast<StructType>(e)->fields, "; ") + "}";
  case Node::InterfaceTypeKind: {
    auto* it = cast<InterfaceType>(e);
    return it->methods.empty() ? "interface{}" : "interface{…}";
  }
  case Node::EllipsisKind: return "..." + exprString(cast<Ellipsis>(e)->elem);
  default: return "?";
  }
}

Pos startPos(const Expr* e) {
  while (e) {
    switch (e->kind()) {
    case Node::BinaryExprKind: e = cast<BinaryExpr>(e)->x; continue;
    case Node::IndexExprKind: e = cast<IndexExpr>(e)->x; continue;
    case Node::SliceExprKind: e = cast<SliceExpr>(e)->x; continue;
    case Node::SelectorExprKind: e = cast<SelectorExpr>(e)->x; continue;
    case Node::CallExprKind: e = cast<CallExpr>(e)->fun; continue;
    case Node::TypeAssertExprKind: e = cast<TypeAssertExpr>(e)->x; continue;
    case Node::KeyValueExprKind: e = cast<KeyValueExpr>(e)->key; continue;
    case Node::CompositeLitKind:
      if (cast<CompositeLit>(e)->litType) {
        e = cast<CompositeLit>(e)->litType;
        continue;
      }
      return e->pos;
    default: return e->pos;
    }
  }
  return Pos{};
}

std::string describe(const Expr* e) {
  std::string s = exprString(e);
  if (e->mode == ExprMode::Invalid)
    return s + " (invalid operand)";
  if (e->mode == ExprMode::NoValue)
    return s + " (no value)";
  if (e->mode == ExprMode::TypeExpr)
    return s + " (type)";
  if (e->mode == ExprMode::Builtin)
    return s + " (built-in)";
  if (e->type && isBasic(e->type, BasicKind::UntypedNil) && e->type->kind() == Type::BasicT)
    return "nil";
  std::string inner;
  bool untyped = e->type && isUntyped(e->type);
  if (untyped) {
    inner = llvm::cast<Basic>(e->type)->name + " ";
  }
  inner += modeString(e->mode);
  if (e->mode == ExprMode::Constant && e->constant) {
    std::string v = e->constant->toString();
    if (v != s)
      inner += " " + v;
  }
  if (!untyped && e->type) {
    inner += " of type " + typeString(e->type);
  }
  return s + " (" + inner + ")";
}

} // namespace minigo
