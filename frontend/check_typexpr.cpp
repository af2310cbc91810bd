// This file implements the checking of type expressions: names, qualified names, pointer,
// array, slice, map, channel, function, struct and interface types.
#include "frontend/checker.h"

#include <llvm/Support/Casting.h>

#include <algorithm>
#include <set>

namespace minigo {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

static Type* markType(Expr* e, Type* t) {
  e->type = t;
  e->mode = ExprMode::TypeExpr;
  return t;
}

namespace {
// Counts one level of indirection while the element types of a pointer, slice, map, chan or
// func type are resolved.
struct Indirect {
  int& n;
  explicit Indirect(int& c) : n(c) { ++n; }
  ~Indirect() { --n; }
};
} // namespace

Type* Checker::typExprOrNull(Expr* e) {
  // Only names and selectors can denote either a type or a value; other type syntax is a type.
  if (auto* id = dyn_cast<Ident>(e)) {
    Object* o = scope->lookup(id->name);
    if (!o || !isa<TypeName>(o))
      return nullptr;
  }
  if (auto* p = dyn_cast<ParenExpr>(e))
    return typExprOrNull(p->x);
  if (auto* sel = dyn_cast<SelectorExpr>(e)) {
    auto* pid = dyn_cast<Ident>(sel->x);
    if (!pid)
      return nullptr;
    auto* pn = dyn_cast_or_null<PkgName>(scope->lookup(pid->name));
    if (!pn)
      return nullptr;
    Object* o = pn->imported->scope->lookupLocal(sel->sel->name);
    if (!o || !isa<TypeName>(o))
      return nullptr;
  }
  if (auto* st = dyn_cast<StarExpr>(e)) {
    Indirect ind(typeIndirection);
    Type* elem = typExprOrNull(st->x);
    if (!elem)
      return nullptr;
    // As types2: *T of an invalid T is invalid, so its uses report nothing more.
    if (isBasic(elem, BasicKind::Invalid))
      return markType(e, elem);
    return markType(e, types.make<Pointer>(elem));
  }
  if (isa<Ident>(e) || isa<SelectorExpr>(e) || isa<ArrayType>(e) || isa<SliceType>(e) ||
      isa<MapType>(e) || isa<ChanType>(e) || isa<FuncType>(e) || isa<StructType>(e) ||
      isa<InterfaceType>(e))
    return typExpr(e);
  return nullptr;
}

Type* Checker::typExpr(Expr* e) {
  Type* invalid = types.basic(BasicKind::Invalid);
  switch (e->kind()) {
  case Node::IdentKind: {
    auto* id = cast<Ident>(e);
    if (id->name == "_") {
      error(id->pos, "cannot use _ as value or type");
      return markType(e, invalid);
    }
    Object* o = scope->lookup(id->name);
    if (!o) {
      error(id->pos, "undefined: " + id->name);
      return markType(e, invalid);
    }
    id->obj = o;
    o->used = true;
    auto* tn = dyn_cast<TypeName>(o);
    if (!tn) {
      rawExpr(id, nullptr); // for types2's operand description: main (value of type func())
      error(id->pos, (isValid(id) ? describe(id) : id->name) + " is not a type");
      return markType(e, invalid);
    }
    if (id->name == "complex64" || id->name == "complex128") {
      if (!tn->pkg) {
        unsupported(id->pos, "complex numbers", /*plural=*/true);
        return markType(e, invalid);
      }
    }
    // A reference to a type still being resolved is fine when an indirection lies between
    // its declaration and here (type L struct{ next *L }): the Named type exists, its
    // underlying type is filled in when its declaration is done.
    auto r = resolving.find(tn);
    if (!(r != resolving.end() && typeIndirection > r->second && !tn->isAlias))
      resolveTypeName(tn);
    return markType(e, tn->type ? tn->type : invalid);
  }
  case Node::SelectorExprKind: {
    auto* sel = cast<SelectorExpr>(e);
    auto* pid = dyn_cast<Ident>(sel->x);
    PkgName* pn = pid ? dyn_cast_or_null<PkgName>(scope->lookup(pid->name)) : nullptr;
    if (!pn) {
      // Not a qualified type name: check it as an expression (int.x is undefined, v.f is a
      // value), then report what it is.
      exprOrType(e, nullptr);
      if (isValid(e) && e->mode != ExprMode::TypeExpr)
        error(sel->x->pos, describe(e) + " is not a type");
      return markType(e, isValid(e) && e->mode == ExprMode::TypeExpr ? e->type : invalid);
    }
    pn->used = true;
    pid->obj = pn;
    pid->mode = ExprMode::Package;
    Object* o = pn->imported->scope->lookupLocal(sel->sel->name);
    if (!o) {
      error(sel->x->pos, "undefined: " + exprString(e));
      return markType(e, invalid);
    }
    sel->sel->obj = o;
    auto* tn = dyn_cast<TypeName>(o);
    if (!tn) {
      error(sel->x->pos, exprString(e) + " is not a type");
      return markType(e, invalid);
    }
    resolveTypeName(tn);
    return markType(e, tn->type);
  }
  case Node::ParenExprKind:
    return markType(e, typExpr(cast<ParenExpr>(e)->x));
  case Node::StarExprKind: {
    Indirect ind(typeIndirection);
    Type* elem = typExpr(cast<StarExpr>(e)->x);
    if (isBasic(elem, BasicKind::Invalid)) // as types2: *T of an invalid T is invalid
      return markType(e, elem);
    return markType(e, types.make<Pointer>(elem));
  }
  case Node::SliceTypeKind: {
    Indirect ind(typeIndirection);
    return markType(e, types.make<Slice>(typExpr(cast<SliceType>(e)->elem)));
  }
  case Node::ArrayTypeKind: {
    auto* at = cast<ArrayType>(e);
    Type* elem = typExpr(at->elem);
    if (at->dotsLen) {
      error(at->pos, "invalid use of [...] array (outside a composite literal)");
      return markType(e, invalid);
    }
    // As types2's arrayLength: a name must be a constant (a variable or an undefined name
    // may be a type parameter missing its constraint), then the value a non-negative int.
    if (auto* id = dyn_cast<Ident>(at->len)) {
      Object* o = scope->lookup(id->name);
      if (!o) {
        error(id->pos, "undefined array length " + id->name + " or missing type constraint");
        return markType(e, invalid);
      }
      if (!isa<Const>(o)) {
        error(id->pos, "invalid array length " + id->name);
        return markType(e, invalid);
      }
    }
    expr(at->len);
    if (!isValid(at->len))
      return markType(e, invalid);
    if (at->len->mode != ExprMode::Constant) {
      error(at->len->pos, "array length " + describe(at->len) + " must be constant");
      return markType(e, invalid);
    }
    std::optional<int64_t> n;
    if (isUntyped(at->len->type) || isInteger(at->len->type))
      if (const Constant* ci = constants.toInt(at->len->constant);
          ci && constants.representable(ci, BasicKind::Int, nullptr))
        n = ci->toInt64();
    if (!n || *n < 0) {
      if (isInteger(at->len->type))
        error(at->len->pos, "invalid array length " + describe(at->len));
      else
        error(at->len->pos, "array length " + describe(at->len) + " must be integer");
      return markType(e, invalid);
    }
    return markType(e, types.make<Array>(elem, *n));
  }
  case Node::MapTypeKind: {
    Indirect ind(typeIndirection);
    auto* mt = cast<MapType>(e);
    Type* k = typExpr(mt->key);
    Type* v = typExpr(mt->value);
    if (!isComparable(k) && !(isa<Basic>(k) && cast<Basic>(k)->basicKind == BasicKind::Invalid)) {
      // A named type whose underlying type is not yet known is accepted here.
      if (!(isa<Named>(k) && !cast<Named>(k)->underlying))
        error(mt->key->pos, "invalid map key type " + typeString(k));
    }
    return markType(e, types.make<Map>(k, v));
  }
  case Node::ChanTypeKind: {
    Indirect ind(typeIndirection);
    auto* ct = cast<ChanType>(e);
    ChanDirection dir = ct->dir == ChanDir::Both       ? ChanDirection::Both
                        : ct->dir == ChanDir::SendOnly ? ChanDirection::SendOnly
                                                       : ChanDirection::RecvOnly;
    return markType(e, types.make<Chan>(dir, typExpr(ct->elem)));
  }
  case Node::FuncTypeKind: {
    Indirect ind(typeIndirection);
    return markType(e, funcSignature(cast<FuncType>(e), nullptr, scope));
  }
  case Node::StructTypeKind: {
    auto* st = cast<StructType>(e);
    auto* s = types.make<Struct>();
    std::set<std::string> seen;
    for (Field* f : st->fields) {
      Type* t = typExpr(f->type);
      std::string tag;
      if (f->tag) {
        std::string err;
        if (const Constant* c = constants.fromLiteral(LitKind::String, f->tag->value, err))
          tag = c->strVal;
      }
      auto add = [&](const std::string& name, Pos pos, bool embedded) {
        auto* v = objects.make<Var>(name, pos, t);
        v->isField = true;
        v->embedded = embedded;
        v->pkg = pkg;
        if (name != "_" && !seen.insert(name).second)
          error(pos, name + " redeclared");
        s->fields.push_back(v);
        s->tags.push_back(tag);
        return v;
      };
      if (f->names.empty()) {
        // Embedded field: T or *T, named after the type name.
        Expr* te = f->type;
        if (auto* star = dyn_cast<StarExpr>(te))
          te = star->x;
        std::string name;
        if (auto* id = dyn_cast<Ident>(te))
          name = id->name;
        else if (auto* sel = dyn_cast<SelectorExpr>(te))
          name = sel->sel->name;
        else {
          error(f->type->pos, "embedded field type must be a type name");
          continue;
        }
        Type* base = t;
        if (auto* p = dyn_cast<Pointer>(t))
          base = p->elem;
        // (A type still being resolved, reached through a pointer, has no underlying yet.)
        if (Type* ub = underlying(base); ub && isa<Pointer>(ub) && isa<Named>(base))
          error(f->type->pos, "embedded field type cannot be a pointer");
        add(name, f->type->pos, true);
      } else {
        for (Ident* id : f->names) {
          id->obj = add(id->name, id->pos, false);
        }
      }
    }
    return markType(e, s);
  }
  case Node::InterfaceTypeKind: {
    auto* it = cast<InterfaceType>(e);
    auto* iface = types.make<Interface>();
    for (Field* f : it->methods) {
      if (f->names.empty()) {
        Type* t = typExpr(f->type);
        if (!isInterface(t)) {
          if (!(isa<Basic>(t) && cast<Basic>(t)->basicKind == BasicKind::Invalid))
            unsupported(f->type->pos, "interface with type constraints");
          continue;
        }
        iface->embeddeds.push_back(t);
        continue;
      }
      Signature* sig;
      {
        Indirect ind(typeIndirection);
        sig = funcSignature(cast<FuncType>(f->type), nullptr, scope);
      }
      auto* m = objects.make<Func>(f->names[0]->name, f->names[0]->pos, sig);
      m->pkg = pkg;
      f->names[0]->obj = m;
      iface->methods.push_back(m);
    }
    completeInterface(iface, e->pos);
    return markType(e, iface);
  }
  case Node::EllipsisKind:
    error(e->pos, "invalid use of ...");
    return markType(e, invalid);
  default:
    exprOrType(e);
    if (isValid(e) && e->mode != ExprMode::TypeExpr)
      error(e->pos, exprString(e) + " is not a type");
    return markType(e, isValid(e) && e->type ? e->type : invalid);
  }
}

void Checker::completeInterface(Interface* it, Pos pos) {
  if (it->complete)
    return;
  it->complete = true;
  std::vector<Func*> all = it->methods;
  for (Type* e : it->embeddeds) {
    auto* ei = dyn_cast<Interface>(underlying(e));
    if (!ei)
      continue;
    completeInterface(ei, pos);
    for (Func* m : ei->allMethods) {
      bool dup = false;
      for (Func* x : all)
        if (x->name == m->name) {
          dup = true;
          if (!identical(x->type, m->type))
            error(pos, "duplicate method " + m->name);
        }
      if (!dup)
        all.push_back(m);
    }
  }
  std::set<std::string> names;
  for (Func* m : it->methods)
    if (!names.insert(m->name).second)
      error(m->pos, "duplicate method " + m->name);
  std::sort(all.begin(), all.end(), [](Func* a, Func* b) { return a->name < b->name; });
  all.erase(std::unique(all.begin(), all.end(),
                        [](Func* a, Func* b) { return a->name == b->name; }),
            all.end());
  it->allMethods = all;
}

} // namespace minigo
