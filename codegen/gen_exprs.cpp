// This file lowers expressions: constants, names, operators with Go's integer semantics
// (wrapping, checked division, shifts), selectors, indexing and slicing with bounds checks,
// composite and function literals, conversions, interface boxing and type assertions.
#include "codegen/emitter.h"

#include <llvm/Support/Casting.h>

#include <cmath>
#include <cstdio>

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

std::string Emitter::stringLiteral(const std::string& bytes) {
  std::string s = "mg::string(\"";
  for (unsigned char c : bytes) {
    if (c == '"' || c == '\\') {
      s += '\\';
      s += static_cast<char>(c);
    } else if (c == '\n') {
      s += "\\n";
    } else if (c == '\t') {
      s += "\\t";
    } else if (c < 0x20 || c >= 0x7f || c == '?') {
      // Octal escapes are never longer than 3 digits, so the next character cannot merge
      // into them (and '?' avoids trigraph-like sequences).
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      s += buf;
    } else {
      s += static_cast<char>(c);
    }
  }
  return s + "\", " + std::to_string(bytes.size()) + ")";
}

std::string Emitter::constant(const Constant* c, Type* t) {
  Type* u = underlying(t);
  if (isa<Interface>(u)) {
    // A constant assigned to an interface is boxed with its default type.
    Type* d = defaultType(comp.types, nullptr);
    (void)d;
  }
  auto* b = dyn_cast_or_null<Basic>(u);
  if (!b)
    return zeroValue(t);
  std::string T = cppType(t);
  switch (c->kind) {
  case Constant::Bool:
    return c->boolVal ? "true" : "false";
  case Constant::String:
    return stringLiteral(c->strVal);
  case Constant::Int:
  case Constant::Float: {
    if (isFloat(u)) {
      double d = c->toDouble();
      if (b->basicKind == BasicKind::Float32)
        d = static_cast<float>(d);
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.17g", d);
      std::string s = buf;
      if (s.find_first_of(".en") == std::string::npos)
        s += ".0";
      if (s == "inf" || s == "-inf" || s == "nan")
        return T + "(0)";
      return b->basicKind == BasicKind::Float32 ? "float(" + s + ")" : "double(" + s + ")";
    }
    if (isUnsigned(u)) {
      auto v = c->toUint64();
      return T + "(" + std::to_string(v ? *v : 0) + "ull)";
    }
    auto v = c->toInt64();
    int64_t x = v ? *v : 0;
    if (x == INT64_MIN)
      return T + "(INT64_MIN)";
    return T + "(" + std::to_string(x) + (x > INT32_MAX || x < INT32_MIN ? "ll" : "") + ")";
  }
  }
  return zeroValue(t);
}

std::string Emitter::localName(Var* v) {
  auto it = names.find(v);
  if (it != names.end())
    return it->second;
  // Package-level variable or something declared outside the emitted scopes.
  std::string n = v->name;
  names[v] = n;
  return n;
}

std::string Emitter::ident(Ident* e) {
  Object* o = e->obj;
  if (!o)
    return "/*unresolved*/";
  switch (o->kind()) {
  case Object::VarK: {
    auto* v = cast<Var>(o);
    std::string n = localName(v);
    if (v->escapes && !v->isGlobal)
      return "(*" + n + ")";
    return n;
  }
  case Object::FuncK:
    return cppType(o->type) + "(&" + funcName(cast<Func>(o)) + ")";
  case Object::NilK:
    return zeroValue(e->type);
  case Object::ConstK:
    return constant(cast<Const>(o)->value, e->type);
  default:
    return "/*" + e->name + "*/";
  }
}

std::string Emitter::expr(Expr* e) {
  if (!hoisted.empty())
    if (auto it = hoisted.find(e); it != hoisted.end())
      return it->second;
  if (e->mode == ExprMode::Constant && e->constant && e->type) {
    if (isUntyped(e->type))
      return constant(e->constant, defaultType(comp.types, e->type));
    return constant(e->constant, e->type);
  }
  switch (e->kind()) {
  case Node::IdentKind:
    return ident(cast<Ident>(e));
  case Node::BasicLitKind:
    return constant(e->constant, e->type);
  case Node::ParenExprKind:
    return "(" + expr(cast<ParenExpr>(e)->x) + ")";
  case Node::BinaryExprKind:
    return binary(cast<BinaryExpr>(e));
  case Node::UnaryExprKind:
    return unary(cast<UnaryExpr>(e));
  case Node::CallExprKind:
    return call(cast<CallExpr>(e));
  case Node::SelectorExprKind:
    return selector(cast<SelectorExpr>(e));
  case Node::IndexExprKind:
    return index(cast<IndexExpr>(e));
  case Node::SliceExprKind:
    return sliceExpr(cast<SliceExpr>(e));
  case Node::StarExprKind:
    return "mg::deref(" + expr(cast<StarExpr>(e)->x) + ")";
  case Node::CompositeLitKind:
    return compositeLit(cast<CompositeLit>(e), e->type);
  case Node::FuncLitKind:
    return funcLit(cast<FuncLit>(e));
  case Node::TypeAssertExprKind:
    return typeAssert(cast<TypeAssertExpr>(e), false);
  default:
    unsupported(e->pos, "this expression");
    return "0";
  }
}

// e as a value of type `target` under Go's assignability: untyped constants take the target
// type, nil becomes the target's zero value, concrete values are boxed into interfaces.
std::string Emitter::exprAs(Expr* e, Type* target) {
  if (!target)
    return expr(e);
  Type* tu = underlying(target);
  Type* et = e->type;
  if (et && isBasic(et, BasicKind::UntypedNil))
    return zeroValue(target);
  if (isOpaqueStdInterface(target)) {
    if (et && !identical(et, target))
      return toOpaqueStdInterface(e->pos, expr(e), et, target);
    return expr(e);
  }
  if (et && isOpaqueStdInterface(et) && isa<Interface>(tu)) {
    unsupported(e->pos, "converting " + typeString(et) + " to " + typeString(target));
    return "{}";
  }
  if (isa<Interface>(tu)) {
    if (e->mode == ExprMode::Constant && e->constant) {
      Type* from = isUntyped(et) ? defaultType(comp.types, et) : et;
      return toIface(constant(e->constant, from), from, target);
    }
    if (et && !isInterface(et)) {
      if (isUntyped(et))
        et = defaultType(comp.types, et);
      return toIface(expr(e), et, target);
    }
    if (et && isInterface(et) && !identical(et, target)) {
      auto* ti = cast<Interface>(tu);
      if (!ti->allMethods.empty())
        return "mg::convert_iface(" + expr(e) + ", " + ifaceInfo(target) + ")";
      return "mg::to_any(" + expr(e) + ")";
    }
    return expr(e);
  }
  if (e->mode == ExprMode::Constant && e->constant)
    return constant(e->constant, target);
  return expr(e);
}

std::string Emitter::toIface(const std::string& value, Type* from, Type* ifaceType) {
  auto* it = cast<Interface>(underlying(ifaceType));
  std::string itype = it->allMethods.empty() ? "nullptr" : ifaceInfo(ifaceType);
  return "mg::to_iface<" + cppType(from) + ">(" + typeInfo(from) + ", " + value + ", " + itype + ")";
}

static bool isComparison(Op op) {
  return op == Op::Eql || op == Op::Neq || op == Op::Lss || op == Op::Leq || op == Op::Gtr ||
         op == Op::Geq;
}

bool isNilExpr(Expr* e) {
  while (auto* p = dyn_cast<ParenExpr>(e))
    e = p->x;
  if (e->type && isBasic(e->type, BasicKind::UntypedNil))
    return true;
  auto* id = dyn_cast<Ident>(e);
  return id && id->obj && isa<Nil>(id->obj);
}

// A C++ test that the value v of type t (one that has nil) is nil.
std::string Emitter::nilTest(const std::string& v, Type* t) {
  Type* u = underlying(t);
  if (isOpaqueStdInterface(t))
    return "(" + v + " == nullptr)";
  if (isa<Interface>(u) || isa<Slice>(u) || isa<Map>(u))
    return v + ".is_nil()";
  return "(" + v + " == nullptr)"; // pointers, channels, funcs
}

std::string Emitter::binary(BinaryExpr* e) {
  Expr* x = e->x;
  Expr* y = e->y;
  std::string op = opSpelling(e->op);
  if (e->op == Op::LAnd || e->op == Op::LOr)
    return "(" + expr(x) + " " + op + " " + expr(y) + ")";
  if (!ordering.count(e) && hasCallOrRecv(x) && hasCallOrRecv(y)) {
    ordering.insert(e);
    std::string r = inOrder({x, y}, [&] { return binary(e); });
    ordering.erase(e);
    return r;
  }
  if (isComparison(e->op)) {
    bool xnil = isNilExpr(x);
    bool ynil = isNilExpr(y);
    if (xnil || ynil) {
      Expr* other = xnil ? y : x;
      std::string test = nilTest(expr(other), other->type);
      return e->op == Op::Eql ? "(" + test + ")" : "(!" + test + ")";
    }
    // Mixed interface/concrete comparison: box the concrete side.
    bool xi = isInterface(x->type), yi = isInterface(y->type);
    std::string a, b;
    if (xi && !yi) {
      a = expr(x);
      b = exprAs(y, x->type);
    } else if (yi && !xi) {
      a = exprAs(x, y->type);
      b = expr(y);
    } else {
      Type* common = isUntyped(x->type) ? y->type : x->type;
      a = exprAs(x, common);
      b = exprAs(y, common);
    }
    return "(" + a + " " + op + " " + b + ")";
  }
  Type* t = e->type;
  if (isUntyped(t))
    t = defaultType(comp.types, t);
  std::string T = cppType(t);
  std::string a = exprAs(x, t);
  std::string b;
  if (e->op == Op::Shl || e->op == Op::Shr) {
    Type* yt = y->type && !isUntyped(y->type) ? y->type : comp.types.basic(BasicKind::Uint);
    b = exprAs(y, yt);
    return std::string(e->op == Op::Shl ? "mg::shl" : "mg::shr") + "<" + T + ">(" + a + ", " + b + ")";
  }
  b = exprAs(y, t);
  if (isString(t))
    return "(" + a + " + " + b + ")";
  if (isFloat(t)) {
    if (e->op == Op::Div)
      return "(" + a + " / " + b + ")";
    return T + "(" + a + " " + op + " " + b + ")";
  }
  // Integers: Go wraps; compute in the operand type (the program is built with -fwrapv).
  switch (e->op) {
  case Op::Div:
    return "mg::div<" + T + ">(" + a + ", " + b + ")";
  case Op::Rem:
    return "mg::mod<" + T + ">(" + a + ", " + b + ")";
  case Op::AndNot:
    return T + "(" + a + " & ~" + b + ")";
  default:
    return T + "(" + a + " " + op + " " + b + ")";
  }
}

std::string Emitter::unary(UnaryExpr* e) {
  switch (e->op) {
  case Op::Addr:
    return addressOf(e->x);
  case Op::Recv:
    return recvExpr(e, false);
  case Op::Not:
    return "(!" + expr(e->x) + ")";
  case Op::Add:
    return expr(e->x);
  case Op::Sub: {
    std::string T = cppType(isUntyped(e->type) ? defaultType(comp.types, e->type) : e->type);
    return T + "(-" + expr(e->x) + ")";
  }
  case Op::Xor: {
    std::string T = cppType(isUntyped(e->type) ? defaultType(comp.types, e->type) : e->type);
    return T + "(~" + expr(e->x) + ")";
  }
  default:
    unsupported(e->pos, "this operator");
    return "0";
  }
}

std::string Emitter::addressOf(Expr* x) {
  Expr* inner = unparen(x);
  if (auto* cl = dyn_cast<CompositeLit>(inner))
    return "mg::gc_new<" + cppType(cl->type) + ">(" + compositeLit(cl, cl->type) + ")";
  if (auto* id = dyn_cast<Ident>(inner)) {
    auto* v = dyn_cast_or_null<Var>(id->obj);
    if (v && v->escapes && !v->isGlobal)
      return localName(v); // the heap cell itself
    return "(&" + expr(inner) + ")";
  }
  return "(&" + lvalue(inner) + ")";
}

std::string Emitter::lvalue(Expr* e) {
  Expr* inner = unparen(e);
  if (auto* ix = dyn_cast<IndexExpr>(inner)) {
    Type* xu = underlying(ix->x->type);
    if (auto* m = dyn_cast<Map>(xu))
      return expr(ix->x) + ".ref(" + exprAs(ix->index, m->key) + ")";
  }
  return expr(inner);
}

std::string Emitter::selector(SelectorExpr* e) {
  Object* o = e->sel->obj;
  // Package member.
  if (auto* pid = dyn_cast<Ident>(e->x); pid && pid->obj && isa<PkgName>(pid->obj)) {
    if (auto* f = dyn_cast_or_null<Func>(o))
      return cppType(f->type) + "(&" + funcName(f) + ")";
    if (auto* c = dyn_cast_or_null<Const>(o))
      return constant(c->value, e->type);
    return stdMemberName(o);
  }
  if (e->x->mode == ExprMode::TypeExpr) {
    // Method expression T.M: a function taking the receiver first.
    auto* m = cast<Func>(o);
    auto* sig = cast<Signature>(e->type);
    std::string params, margs;
    for (size_t i = 0; i < sig->params->size(); i++) {
      params += (i ? ", " : "") + cppType(sig->params->at(i)) + " a" + std::to_string(i);
      if (i)
        margs += ", a" + std::to_string(i);
    }
    // The receiver a0 reaches a promoted method through the embedded fields on the way.
    Selection msel = lookupFieldOrMethod(e->x->type, e->sel->name);
    std::string recv = "a0";
    Type* cur = e->x->type;
    for (Var* f : msel.embeddedPath) {
      if (isa<Pointer>(underlying(cur)))
        recv = "mg::deref(" + recv + ")";
      recv += "." + fieldName(f);
      cur = f->type;
    }
    if (auto* it = dyn_cast<Interface>(underlying(cur))) {
      // I.M (or a method promoted from an embedded interface): calls the method through the
      // interface value's table.
      size_t idx = 0;
      for (size_t i = 0; i < it->allMethods.size(); i++)
        if (it->allMethods[i]->name == m->name)
          idx = i;
      std::string targs;
      for (size_t i = 1; i < sig->params->size(); i++)
        targs += ", " + cppType(sig->params->at(i));
      return cppType(e->type) + "([=](" + params + ") -> " + resultType(sig) +
             " { return mg::call_method<" + resultType(sig) + targs + ">(" + recv + ", " +
             std::to_string(idx) + margs + "); })";
    }
    bool curPtr = isa<Pointer>(underlying(cur));
    if (m->pointerReceiver && !curPtr)
      recv = "(&" + recv + ")";
    else if (!m->pointerReceiver && curPtr)
      recv = "mg::deref(" + recv + ")";
    return cppType(e->type) + "([=](" + params + ") -> " + resultType(sig) + " { return " +
           funcName(m) + "(" + recv + margs + "); })";
  }
  Selection sel = lookupFieldOrMethod(e->x->type, e->sel->name);
  if (sel.kind == Selection::None && isa<Named>(e->x->type) && isa<Pointer>(underlying(e->x->type)))
    sel = lookupFieldOrMethod(underlying(e->x->type), e->sel->name); // fields through type P *T
  // Walk embedded fields.
  std::string base = expr(e->x);
  Type* cur = e->x->type;
  for (Var* f : sel.embeddedPath) {
    if (isa<Pointer>(underlying(cur)))
      base = "mg::deref(" + base + ")";
    base = base + "." + fieldName(f);
    cur = f->type;
  }
  if (sel.kind == Selection::Field) {
    if (isa<Pointer>(underlying(cur)))
      base = "mg::deref(" + base + ")";
    return base + "." + fieldName(cast<Var>(sel.obj));
  }
  if (sel.kind == Selection::Method) {
    // A method value: bind the receiver now (Go evaluates it at this point).
    auto* m = cast<Func>(sel.obj);
    auto* sig = cast<Signature>(m->type);
    std::string params, args;
    for (size_t i = 0; i < sig->params->size(); i++) {
      params += (i ? ", " : "") + cppType(sig->params->at(i)) + " a" + std::to_string(i);
      args += ", a" + std::to_string(i);
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
      return cppType(m->type) + "([mg_recv = mg::method_value_recv(" + base + ")](" + params +
             ") -> " + resultType(sig) + " { return mg::call_method<" + resultType(sig) + targs +
             ">(mg_recv, " + std::to_string(idx) + args + "); })";
    }
    std::string recv;
    bool curPtr = isa<Pointer>(underlying(cur));
    if (m->pointerReceiver)
      recv = curPtr ? base : addressOf(e->x);
    else
      recv = curPtr ? "mg::deref(" + base + ")" : base;
    if (m->pointerReceiver && !curPtr && !sel.embeddedPath.empty())
      recv = "(&" + base + ")";
    return cppType(m->type) + "([mg_recv = " + recv + "](" + params + ") -> " + resultType(sig) +
           " { return " + funcName(m) + "(mg_recv" + args + "); })";
  }
  unsupported(e->pos, "this selector");
  return "0";
}

std::string Emitter::index(IndexExpr* e) {
  Type* xu = underlying(e->x->type);
  std::string x = expr(e->x);
  if (auto* p = dyn_cast<Pointer>(xu)) {
    x = "mg::deref(" + x + ")";
    xu = underlying(p->elem);
  }
  if (auto* m = dyn_cast<Map>(xu))
    return x + ".get(" + exprAs(e->index, m->key) + ")";
  std::string i = exprAs(e->index, isUntyped(e->index->type) ? comp.types.basic(BasicKind::Int) : e->index->type);
  return x + ".at(int64_t(" + i + "))";
}

std::string Emitter::sliceExpr(SliceExpr* e) {
  Type* xu = underlying(e->x->type);
  std::string x = expr(e->x);
  auto idx = [&](Expr* i) {
    return "int64_t(" + exprAs(i, isUntyped(i->type) ? comp.types.basic(BasicKind::Int) : i->type) + ")";
  };
  std::string lo = e->lo ? idx(e->lo) : "0";
  if (isString(xu)) {
    std::string hi = e->hi ? idx(e->hi) : x + ".len()";
    if (!e->hi)
      return "mg::string(" + x + ").sub(" + lo + ")";
    return x + ".sub(" + lo + ", " + hi + ")";
  }
  if (auto* p = dyn_cast<Pointer>(xu)) {
    x = "mg::deref(" + x + ")";
    xu = underlying(p->elem);
  }
  if (isa<Array>(xu)) {
    std::string hi = e->hi ? idx(e->hi) : x + ".len()";
    if (e->full)
      return "mg::slice_array3(" + x + ", " + lo + ", " + hi + ", " + idx(e->max) + ")";
    return "mg::slice_array(" + x + ", " + lo + ", " + hi + ")";
  }
  if (e->full)
    return x + ".sub3(" + lo + ", " + idx(e->hi) + ", " + idx(e->max) + ")";
  if (!e->hi)
    return x + ".sub(" + lo + ")";
  return x + ".sub(" + lo + ", " + idx(e->hi) + ")";
}

std::string Emitter::compositeLit(CompositeLit* e, Type* t) {
  if (!t)
    t = e->type;
  Type* u = underlying(t);
  std::string T = cppType(t);
  auto elem = [&](Expr* v, Type* et) -> std::string {
    if (auto* cl = dyn_cast<CompositeLit>(v); cl && !cl->litType) {
      if (auto* p = dyn_cast<Pointer>(underlying(et)))
        return "mg::gc_new<" + cppType(p->elem) + ">(" + compositeLit(cl, p->elem) + ")";
      return compositeLit(cl, et);
    }
    return exprAs(v, et);
  };
  if (auto* st = dyn_cast<Struct>(u)) {
    if (st->fields.empty())
      return T + "{}";
    std::string tmp = "[&] { " + T + " mg_v{}; ";
    if (!e->elems.empty() && isa<KeyValueExpr>(e->elems[0])) {
      for (Expr* el : e->elems) {
        auto* kv = cast<KeyValueExpr>(el);
        auto* key = cast<Ident>(kv->key);
        auto* f = cast<Var>(key->obj);
        tmp += "mg_v." + fieldName(f) + " = " + elem(kv->value, f->type) + "; ";
      }
    } else {
      for (size_t i = 0; i < e->elems.size() && i < st->fields.size(); i++)
        tmp += "mg_v." + fieldName(st->fields[i]) + " = " + elem(e->elems[i], st->fields[i]->type) +
               "; ";
    }
    return tmp + "return mg_v; }()";
  }
  if (auto* a = dyn_cast<Array>(u)) {
    std::string s = "[&] { " + T + " mg_v{}; ";
    int64_t idx = 0;
    for (Expr* el : e->elems) {
      Expr* v = el;
      if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
        idx = kv->key->constant ? kv->key->constant->toInt64().value_or(0) : 0;
        v = kv->value;
      }
      s += "mg_v.v[" + std::to_string(idx) + "] = " + elem(v, a->elem) + "; ";
      idx++;
    }
    return s + "return mg_v; }()";
  }
  if (auto* sl = dyn_cast<Slice>(u)) {
    bool keyed = false;
    int64_t n = 0, idx = 0;
    for (Expr* el : e->elems) {
      if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
        keyed = true;
        idx = kv->key->constant ? kv->key->constant->toInt64().value_or(0) : 0;
      }
      idx++;
      n = std::max(n, idx);
    }
    if (e->elems.empty())
      return "mg::make_slice<" + cppType(sl->elem) + ">(0)"; // []T{} is empty but not nil
    if (!keyed) {
      std::string s = T + "{";
      for (size_t i = 0; i < e->elems.size(); i++)
        s += (i ? ", " : "") + elem(e->elems[i], sl->elem);
      return s + "}";
    }
    std::string s = "[&] { auto mg_v = mg::make_slice<" + cppType(sl->elem) + ">(" + std::to_string(n) + "); ";
    idx = 0;
    for (Expr* el : e->elems) {
      Expr* v = el;
      if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
        idx = kv->key->constant ? kv->key->constant->toInt64().value_or(0) : 0;
        v = kv->value;
      }
      s += "mg_v[" + std::to_string(idx) + "] = " + elem(v, sl->elem) + "; ";
      idx++;
    }
    return s + "return mg_v; }()";
  }
  if (auto* m = dyn_cast<Map>(u)) {
    std::string s = "[&] { auto mg_v = mg::make_map<" + cppType(m->key) + ", " + cppType(m->elem) + ">(" +
                    std::to_string(e->elems.size()) + "); ";
    for (Expr* el : e->elems) {
      auto* kv = cast<KeyValueExpr>(el);
      auto set = [&] {
        return "mg_v.set(" + elem(kv->key, m->key) + ", " + elem(kv->value, m->elem) + ")";
      };
      s += inOrder({kv->key, kv->value}, set) + "; ";
    }
    return s + "return mg_v; }()";
  }
  unsupported(e->pos, "this composite literal");
  return "0";
}

std::string Emitter::typeAssert(TypeAssertExpr* e, bool commaOk) {
  Type* t = e->type;
  std::string x = expr(e->x);
  if (isInterface(t)) {
    if (commaOk)
      return "mg::assert_iface_ok(" + x + ", " + ifaceInfo(t) + ")";
    return "mg::assert_iface(" + x + ", " + ifaceInfo(t) + ")";
  }
  if (commaOk)
    return "mg::assert_type_ok<" + cppType(t) + ">(" + x + ", " + typeInfo(t) + ")";
  return "mg::assert_type<" + cppType(t) + ">(" + x + ", " + typeInfo(t) + ", " + ifaceInfo(e->x->type) + ")";
}

std::string Emitter::convertExpr(Expr* x, Type* to) {
  Type* from = x->type;
  Type* tu = underlying(to);
  Type* fu = from ? underlying(from) : nullptr;
  if (isa<Interface>(tu))
    return exprAs(x, to);
  if (from && isBasic(from, BasicKind::UntypedNil))
    return zeroValue(to);
  std::string T = cppType(to);
  if (isString(tu)) {
    if (fu && isInteger(fu))
      return "mg::string_from_rune(int64_t(" + expr(x) + "))";
    if (auto* s = dyn_cast_or_null<Slice>(fu)) {
      if (isBasic(s->elem, BasicKind::Uint8))
        return "mg::string_from_bytes(" + expr(x) + ")";
      return "mg::string_from_runes(" + expr(x) + ")";
    }
    return expr(x);
  }
  if (auto* s = dyn_cast<Slice>(tu); s && fu && isString(fu)) {
    if (isBasic(s->elem, BasicKind::Uint8))
      return "mg::bytes_from_string(" + expr(x) + ")";
    return "mg::runes_from_string(" + expr(x) + ")";
  }
  if (auto* p = dyn_cast<Pointer>(tu); p && fu && isa<Slice>(fu)) // (*[N]T)(s)
    return "mg::slice_to_array_ptr<" + cppType(p->elem) + ">(" + expr(x) + ")";
  if (isNumeric(tu) && fu && isNumeric(fu)) {
    if (isInteger(tu) && isFloat(fu))
      return "mg::float_to_int<" + T + ">(" + expr(x) + ")";
    return T + "(" + expr(x) + ")";
  }
  if (isa<Struct>(tu) && fu && !identical(from, to) && isa<Struct>(fu))
    return convertStruct(expr(x), from, to);
  if (auto* tp = dyn_cast<Pointer>(tu); tp && fu && cppType(from) != T)
    if (isa<Pointer>(fu)) // *T1 to *T2: identical underlying types (ignoring tags), one layout
      return "reinterpret_cast<" + T + ">(" + expr(x) + ")";
  return castTo(to, expr(x));
}

// A value of struct type `from` as struct type `to`, whose fields are identical ignoring tags:
// copied field by field, converting fields whose C++ types differ (structs with other tags).
std::string Emitter::convertStruct(const std::string& v, Type* from, Type* to) {
  std::string T = cppType(to);
  if (cppType(from) == T)
    return v;
  auto* fs = dyn_cast<Struct>(underlying(from));
  auto* ts = dyn_cast<Struct>(underlying(to));
  if (!fs || !ts) // e.g. arrays of such structs: the same layout
    return "[&] { auto mg_s = " + v + "; return *reinterpret_cast<" + T + "*>(&mg_s); }()";
  std::string src = freshTemp("src");
  std::string s = "[&] { auto " + src + " = " + v + "; " + T + " mg_v{}; ";
  for (size_t i = 0; i < ts->fields.size(); i++)
    s += "mg_v." + fieldName(ts->fields[i]) + " = " +
         convertStruct(src + "." + fieldName(fs->fields[i]), fs->fields[i]->type,
                       ts->fields[i]->type) +
         "; ";
  return s + "return mg_v; }()";
}

std::string Emitter::funcLit(FuncLit* e) {
  auto* sig = cast<Signature>(e->type);
  return cppType(sig) + "(" + lambdaFor(sig, e->body, "=") + ")";
}

} // namespace minigo
