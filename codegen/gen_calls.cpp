// This file lowers calls: functions, function values, methods (static and through
// interfaces), standard-library functions (mg::<pkg>::<Name>), conversions, the built-in
// functions, and channel receives.
#include "codegen/emitter.h"

#include <llvm/Support/Casting.h>

namespace minigo {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

static Expr* unparen(Expr* e) {
  while (auto* p = dyn_cast<ParenExpr>(e))
    e = p->x;
  return e;
}

// The argument list for a call of a function with signature `sig`, converting each argument
// to its parameter type and packing variadic arguments into a slice.
std::string Emitter::callArgs(CallExpr* e, Signature* sig) {
  size_t np = sig->params->size();
  std::vector<std::string> parts;
  if (e->args.size() == 1 && e->args[0]->type && isa<Tuple>(e->args[0]->type)) {
    // f(g()) with multi-value g: unpacked by the caller (see call()).
    return "";
  }
  for (size_t i = 0; i < e->args.size(); i++) {
    if (sig->variadic && i >= np - 1 && !e->hasDots)
      break;
    parts.push_back(exprAs(e->args[i], sig->params->at(i)));
  }
  if (sig->variadic && !e->hasDots) {
    Type* sliceT = sig->params->at(np - 1);
    Type* elem = cast<Slice>(underlying(sliceT))->elem;
    if (e->args.size() < np) {
      parts.push_back(cppType(sliceT) + "{}");
    } else {
      std::string s = cppType(sliceT) + "{";
      for (size_t i = np - 1; i < e->args.size(); i++)
        s += (i > np - 1 ? ", " : "") + exprAs(e->args[i], elem);
      parts.push_back(s + "}");
    }
  }
  std::string out;
  for (size_t i = 0; i < parts.size(); i++)
    out += (i ? ", " : "") + parts[i];
  return out;
}

// Unpacks f(g()) where g returns several values.
static bool spreadCall(CallExpr* e) {
  return e->args.size() == 1 && e->args[0]->type && isa<Tuple>(e->args[0]->type);
}

std::string Emitter::call(CallExpr* e) {
  Expr* fun = unparen(e->fun);
  if (fun->mode == ExprMode::TypeExpr)
    return convertExpr(e->args[0], fun->type);
  if (fun->mode == ExprMode::Builtin) {
    auto* id = cast<Ident>(fun);
    return builtinCall(e, cast<Builtin>(id->obj));
  }
  auto* sig = cast<Signature>(underlying(fun->type));
  std::string callee;
  std::string recvPrefix;
  if (auto* id = dyn_cast<Ident>(fun); id && id->obj && isa<Func>(id->obj)) {
    callee = funcName(cast<Func>(id->obj));
  } else if (auto* sel = dyn_cast<SelectorExpr>(fun)) {
    if (auto* pid = dyn_cast<Ident>(sel->x); pid && pid->obj && isa<PkgName>(pid->obj)) {
      auto* f = cast<Func>(sel->sel->obj);
      if (f->pkg->path == "errors" && f->name == "As")
        return errorsAsCall(e);
      callee = funcName(f);
    } else if (sel->x->mode != ExprMode::TypeExpr && sel->sel->obj && isa<Func>(sel->sel->obj)) {
      return methodCall(e, sel);
    } else {
      callee = expr(fun);
    }
  } else {
    callee = expr(fun);
  }
  if (spreadCall(e)) {
    auto* tup = cast<Tuple>(e->args[0]->type);
    std::string s = "[&] { auto mg_t = " + expr(e->args[0]) + "; return " + callee + "(";
    size_t np = sig->params->size();
    for (size_t i = 0; i < tup->size(); i++) {
      std::string v = "std::get<" + std::to_string(i) + ">(mg_t)";
      if (sig->variadic && i >= np - 1) {
        if (i == np - 1)
          s += std::string(i ? ", " : "") + cppType(sig->params->at(np - 1)) + "{";
        else
          s += ", ";
        Type* elem = cast<Slice>(sig->params->at(np - 1))->elem;
        s += isInterface(elem) && !isInterface(tup->at(i)) ? toIface(v, tup->at(i), elem) : v;
        if (i + 1 == tup->size())
          s += "}";
        continue;
      }
      Type* pt = sig->params->at(i);
      s += (i ? ", " : "") + (isInterface(pt) && !isInterface(tup->at(i)) ? toIface(v, tup->at(i), pt) : v);
    }
    if (sig->variadic && tup->size() < np)
      s += std::string(tup->size() ? ", " : "") + cppType(sig->params->at(np - 1)) + "{}";
    return s + "); }()";
  }
  return callee + "(" + callArgs(e, sig) + ")";
}

std::string Emitter::methodCall(CallExpr* e, SelectorExpr* sel) {
  auto* m = cast<Func>(sel->sel->obj);
  auto* sig = cast<Signature>(m->type);
  Selection s = lookupFieldOrMethod(sel->x->type, sel->sel->name);
  std::string base = expr(sel->x);
  Type* cur = sel->x->type;
  for (Var* f : s.embeddedPath) {
    if (isa<Pointer>(underlying(cur)))
      base = "mg::deref(" + base + ")";
    base = base + "." + fieldName(f);
    cur = f->type;
  }
  std::string args = spreadCall(e) ? "" : callArgs(e, sig);
  if (Named* sn = stdNamed(isa<Pointer>(cur) ? cast<Pointer>(cur)->elem : cur)) {
    if (spreadCall(e)) {
      unsupported(e->pos, "passing a multi-value call to a library method");
      return "0";
    }
    if (isInterface(sn) && !stdHasMemberMethods(sn)) {
      if (isOpaqueStdInterface(sn)) {
        unsupported(e->pos, "calling methods of " + typeString(sn));
        return "0";
      }
    } else {
      return stdMethodCall(m, sn, base, isa<Pointer>(cur), args);
    }
  }
  if (isInterface(cur)) {
    auto* it = cast<Interface>(underlying(cur));
    size_t idx = 0;
    for (size_t i = 0; i < it->allMethods.size(); i++)
      if (it->allMethods[i]->name == m->name)
        idx = i;
    std::string targs;
    for (size_t i = 0; i < sig->params->size(); i++)
      targs += ", " + cppType(sig->params->at(i));
    if (spreadCall(e)) {
      unsupported(e->pos, "passing a multi-value call to an interface method");
      return "0";
    }
    return "mg::call_method<" + resultType(sig) + targs + ">(" + base + ", " + std::to_string(idx) +
           (args.empty() ? "" : ", " + args) + ")";
  }
  bool curPtr = isa<Pointer>(underlying(cur));
  std::string recv;
  if (m->pointerReceiver) {
    if (curPtr)
      recv = base;
    else if (s.embeddedPath.empty())
      recv = addressOf(sel->x);
    else
      recv = "(&" + base + ")";
  } else {
    recv = curPtr ? "mg::deref(" + base + ")" : base;
  }
  if (spreadCall(e)) {
    unsupported(e->pos, "passing a multi-value call to a method");
    return "0";
  }
  return funcName(m) + "(" + recv + (args.empty() ? "" : ", " + args) + ")";
}

std::string Emitter::recvExpr(UnaryExpr* e, bool commaOk) {
  std::string ch = expr(e->x);
  return commaOk ? ch + ".recv_ok()" : ch + ".recv()";
}

std::string Emitter::builtinCall(CallExpr* e, Builtin* b) {
  auto& args = e->args;
  auto argType = [&](Expr* a) { return isUntyped(a->type) ? defaultType(comp.types, a->type) : a->type; };
  switch (b->id) {
  case BuiltinId::Len:
  case BuiltinId::Cap: {
    if (e->mode == ExprMode::Constant)
      return constant(e->constant, e->type);
    Type* u = underlying(args[0]->type);
    if (auto* p = dyn_cast<Pointer>(u))
      u = underlying(p->elem);
    std::string x = expr(args[0]);
    // An array's length is its type's; the operand (calls, receives) is evaluated but never
    // dereferenced, so len/cap of a nil array pointer is the array length too.
    if (auto* a = dyn_cast<Array>(u))
      return "((void)(" + x + "), int64_t(" + std::to_string(a->len) + "))";
    return "int64_t(" + x + (b->id == BuiltinId::Len ? ".len()" : ".cap()") + ")";
  }
  case BuiltinId::Append: {
    Type* st = args[0]->type;
    Type* elem = cast<Slice>(underlying(st))->elem;
    std::string s = expr(args[0]);
    if (isBasic(args[0]->type, BasicKind::UntypedNil))
      s = zeroValue(e->type);
    if (e->hasDots) {
      if (isString(args[1]->type))
        return "mg::append_string(" + s + ", " + exprAs(args[1], comp.types.basic(BasicKind::String)) + ")";
      return "mg::append_slice(" + s + ", " + exprAs(args[1], st) + ")";
    }
    if (args.size() == 1)
      return s;
    std::string out = "mg::append(" + s;
    for (size_t i = 1; i < args.size(); i++)
      out += ", " + castTo(elem, exprAs(args[i], elem));
    return out + ")";
  }
  case BuiltinId::Copy:
    if (isString(args[1]->type))
      return "mg::copy_string(" + expr(args[0]) + ", " + exprAs(args[1], comp.types.basic(BasicKind::String)) + ")";
    return "mg::copy(" + expr(args[0]) + ", " + expr(args[1]) + ")";
  case BuiltinId::Delete: {
    auto* m = cast<Map>(underlying(args[0]->type));
    return expr(args[0]) + ".erase(" + exprAs(args[1], m->key) + ")";
  }
  case BuiltinId::Make: {
    Type* t = args[0]->type;
    Type* u = underlying(t);
    auto size = [&](Expr* a) { return "int64_t(" + exprAs(a, argType(a)) + ")"; };
    if (auto* s = dyn_cast<Slice>(u)) {
      std::string len = size(args[1]);
      std::string cap = args.size() > 2 ? size(args[2]) : len;
      if (args.size() > 2)
        return "mg::make_slice<" + cppType(s->elem) + ">(" + len + ", " + cap + ")";
      return "mg::make_slice<" + cppType(s->elem) + ">(" + len + ")";
    }
    if (auto* m = dyn_cast<Map>(u))
      return "mg::make_map<" + cppType(m->key) + ", " + cppType(m->elem) + ">(" +
             (args.size() > 1 ? size(args[1]) : "0") + ")";
    if (auto* c = dyn_cast<Chan>(u))
      return "mg::make_chan<" + cppType(c->elem) + ">(" + (args.size() > 1 ? size(args[1]) : "0") + ")";
    unsupported(e->pos, "make of this type");
    return "0";
  }
  case BuiltinId::New:
    return "mg::gc_new<" + cppType(args[0]->type) + ">()";
  case BuiltinId::Panic:
    return "mg::panic_value(" + exprAs(args[0], comp.types.emptyInterface()) + ")";
  case BuiltinId::Recover:
    return fn && fn->directRecover ? "mg::recover(mg_direct)" : "mg::recover(false)";
  case BuiltinId::Print:
  case BuiltinId::Println: {
    std::string s = b->id == BuiltinId::Print ? "mg::builtin_print(" : "mg::builtin_println(";
    for (size_t i = 0; i < args.size(); i++)
      s += (i ? ", " : "") + exprAs(args[i], argType(args[i]));
    return s + ")";
  }
  case BuiltinId::Min:
  case BuiltinId::Max: {
    if (e->mode == ExprMode::Constant)
      return constant(e->constant, e->type);
    std::string s = b->id == BuiltinId::Min ? "mg::go_min(" : "mg::go_max(";
    for (size_t i = 0; i < args.size(); i++)
      s += (i ? ", " : "") + exprAs(args[i], e->type);
    return s + ")";
  }
  case BuiltinId::Clear: {
    Type* u = underlying(args[0]->type);
    if (isa<Map>(u))
      return expr(args[0]) + ".clear()";
    return "mg::clear_slice(" + expr(args[0]) + ")";
  }
  case BuiltinId::Close:
    return "mg::close_chan(" + expr(args[0]) + ")";
  default:
    unsupported(e->pos, "built-in " + b->name);
    return "0";
  }
}

std::string Emitter::stdCall(CallExpr* e, Func* f) {
  (void)f;
  return call(e);
}

} // namespace minigo
