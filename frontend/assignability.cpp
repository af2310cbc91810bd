// This file implements Go's assignability rules and interface satisfaction, and the
// "cannot use x (...) as T value in <context>" diagnostics built on them.
#include "frontend/checker.h"

#include <llvm/Support/Casting.h>

namespace minigo {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

// Finds the method `name` in the method set of t (methods declared on a named type, on the
// pointer to it, promoted through embedded fields, or an interface's methods).
static Func* findMethod(Type* t, const std::string& name, bool& needsPointer) {
  needsPointer = false;
  bool isPtr = false;
  Type* base = t;
  if (auto* p = dyn_cast<Pointer>(t)) {
    base = p->elem;
    isPtr = true;
  }
  if (auto* it = dyn_cast<Interface>(underlying(base))) {
    if (isPtr)
      return nullptr;
    for (Func* m : it->allMethods)
      if (m->name == name)
        return m;
    return nullptr;
  }
  if (auto* n = dyn_cast<Named>(base)) {
    for (Func* m : n->methods)
      if (m->name == name) {
        needsPointer = m->pointerReceiver && !isPtr;
        return m;
      }
  }
  // Promoted methods through embedded fields (breadth-first would be exact; depth-first
  // suffices for the programs minigo accepts, ambiguity aside).
  if (auto* st = dyn_cast<Struct>(underlying(base))) {
    for (Var* f : st->fields) {
      if (!f->embedded)
        continue;
      bool np = false;
      Type* ft = f->type;
      if (Func* m = findMethod(ft, name, np)) {
        bool embeddedPtr = isa<Pointer>(ft);
        needsPointer = np && !embeddedPtr && !isPtr;
        return m;
      }
    }
  }
  return nullptr;
}

// Reports whether t implements it; if not and cause is given, it receives types2's
// parenthesised explanation: "(missing method M)", "(method M has pointer receiver)" or
// "(wrong type for method M)\n\t\thave M(int)\n\t\twant M()".
bool Checker::implements(Type* t, Interface* it, std::string* cause) {
  if (!it->complete)
    completeInterface(it, Pos{});
  auto funcString = [](Func* f) { return f->name + typeString(f->type).substr(4); };
  if (auto* ti = dyn_cast<Interface>(underlying(t))) {
    for (Func* m : it->allMethods) {
      Func* have = nullptr;
      for (Func* x : ti->allMethods)
        if (x->name == m->name)
          have = x;
      if (!have || !identical(have->type, m->type)) {
        if (cause)
          *cause = have ? "(wrong type for method " + m->name + ")\n\t\thave " + funcString(have) +
                              "\n\t\twant " + funcString(m)
                        : "(missing method " + m->name + ")";
        return false;
      }
    }
    return true;
  }
  for (Func* m : it->allMethods) {
    bool needsPtr = false;
    Func* f = findMethod(t, m->name, needsPtr);
    if (!f) {
      if (cause)
        *cause = "(missing method " + m->name + ")";
      return false;
    }
    if (!identical(f->type, m->type)) {
      if (cause)
        *cause = "(wrong type for method " + m->name + ")\n\t\thave " + funcString(f) +
                 "\n\t\twant " + funcString(m);
      return false;
    }
    if (needsPtr) {
      if (cause)
        *cause = "(method " + m->name + " has pointer receiver)";
      return false;
    }
  }
  return true;
}

bool Checker::assignableType(Type* v, Type* t) {
  if (identical(v, t))
    return true;
  Type* vu = underlying(v);
  Type* tu = underlying(t);
  if (identical(vu, tu) && (!isNamed(v) || !isNamed(t)) && !isa<Basic>(vu))
    return true;
  if (auto* it = dyn_cast<Interface>(tu))
    return implements(v, it, nullptr);
  if (auto* vc = dyn_cast<Chan>(vu))
    if (auto* tc = dyn_cast<Chan>(tu))
      if (vc->dir == ChanDirection::Both && identical(vc->elem, tc->elem) &&
          (!isNamed(v) || !isNamed(t)))
        return true;
  return false;
}

bool Checker::assignableTo(Expr* x, Type* t, std::string* cause) {
  Type* v = x->type;
  if (!v || !t)
    return false;
  if (isUntyped(v)) {
    if (isBasic(v, BasicKind::UntypedNil))
      return hasNil(t);
    Type* tu = underlying(t);
    if (isa<Interface>(tu))
      return cast<Interface>(tu)->allMethods.empty() ||
             implements(defaultType(types, v), cast<Interface>(tu), nullptr);
    auto* tb = dyn_cast<Basic>(tu);
    if (!tb)
      return false;
    if (x->mode == ExprMode::Constant && x->constant)
      return constants.representable(x->constant, tb->basicKind, nullptr);
    if (isBoolean(v))
      return isBoolean(tb);
    if (isNumeric(v))
      return isNumeric(tb);
    if (isString(v))
      return isString(tb);
    return false;
  }
  (void)cause;
  return assignableType(v, t);
}

bool Checker::assignment(Expr* x, Type* t, const std::string& context) {
  if (!isValid(x) || !t || isBasic(t, BasicKind::Invalid))
    return false;
  if (isa<Tuple>(x->type)) {
    error(startPos(x), "multiple-value " + exprString(x) + " (value of type " +
                           typeString(x->type) + ") in single-value context");
    invalidate(x);
    return false;
  }
  if (isUntyped(x->type)) {
    Type* tu = underlying(t);
    if (isBasic(x->type, BasicKind::UntypedNil)) {
      if (!hasNil(t)) {
        error(startPos(x), "cannot use nil as " + typeString(t) + " value in " + context);
        invalidate(x);
        return false;
      }
      x->type = t;
      return true;
    }
    if (auto* tb = dyn_cast<Basic>(tu)) {
      bool kindOk = (isBoolean(x->type) && isBoolean(tb)) || (isNumeric(x->type) && isNumeric(tb)) ||
                    (isString(x->type) && isString(tb));
      if (!kindOk) {
        error(startPos(x),
              "cannot use " + describe(x) + " as " + typeString(t) + " value in " + context);
        invalidate(x);
        return false;
      }
      if (x->mode == ExprMode::Constant) {
        const Constant* c = x->constant;
        const Constant* rounded = nullptr;
        if (!constants.representable(c, tb->basicKind, &rounded)) {
          if (isInteger(tb) && !c->isIntegral())
            error(startPos(x), "cannot use " + describe(x) + " as " + typeString(t) + " value in " +
                                   context + " (truncated)");
          else if (isNumeric(tb))
            error(startPos(x), "cannot use " + describe(x) + " as " + typeString(t) + " value in " +
                                   context + " (overflows)");
          else
            error(startPos(x),
                  "cannot use " + describe(x) + " as " + typeString(t) + " value in " + context);
          invalidate(x);
          return false;
        }
        x->constant = rounded;
      }
      updateExprType(x, t, true);
      return true;
    }
    if (isa<Interface>(tu)) {
      Type* d = defaultType(types, x->type);
      convertUntyped(x, d);
      if (!isValid(x))
        return false;
      // fall through to the typed check below
    } else {
      error(startPos(x),
            "cannot use " + describe(x) + " as " + typeString(t) + " value in " + context);
      invalidate(x);
      return false;
    }
  }
  if (assignableType(x->type, t))
    return true;
  std::string msg = "cannot use " + describe(x) + " as " + typeString(t) + " value in " + context;
  if (auto* it = dyn_cast<Interface>(underlying(t))) {
    std::string cause;
    if (!implements(x->type, it, &cause))
      msg += ": " + typeString(x->type) + " does not implement " + typeString(t) + " " + cause;
  }
  error(startPos(x), msg);
  return false;
}

} // namespace minigo
