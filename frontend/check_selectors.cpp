// This file implements selectors (package members, struct fields, methods, promoted fields
// and methods through embedding), index and slice expressions, dereferences, type
// assertions, composite literals and function literals.
#include "frontend/checker.h"

#include <llvm/Support/Casting.h>

#include <cctype>
#include <map>
#include <set>

namespace minigo {

static std::string differentCaseHint(Type* t, const std::string& name);

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

// Breadth-first search through embedded fields, as Go's spec prescribes: the shallowest
// depth wins; two matches at the same depth are ambiguous.
Selection lookupFieldOrMethod(Type* t, const std::string& name) {
  Selection result;
  struct Entry {
    Type* type;
    std::vector<Var*> path;
    bool indirect;
  };
  bool startPtr = false;
  if (auto* p = dyn_cast<Pointer>(t)) {
    t = p->elem;
    startPtr = true;
  }
  std::vector<Entry> current{{t, {}, startPtr}};
  std::set<Type*> seen;
  while (!current.empty()) {
    std::vector<Entry> next;
    int found = 0;
    Selection here;
    for (auto& e : current) {
      Type* typ = e.type;
      if (auto* n = dyn_cast<Named>(typ)) {
        if (seen.count(n))
          continue;
        seen.insert(n);
        for (Func* m : n->methods)
          if (m->name == name) {
            found++;
            here.kind = Selection::Method;
            here.obj = m;
            here.embeddedPath = e.path;
            here.indirect = e.indirect;
          }
      }
      Type* u = underlying(typ);
      if (auto* st = dyn_cast_or_null<Struct>(u)) {
        for (Var* f : st->fields) {
          if (f->name == name) {
            found++;
            here.kind = Selection::Field;
            here.obj = f;
            here.embeddedPath = e.path;
            here.indirect = e.indirect;
          }
          if (f->embedded) {
            Type* ft = f->type;
            bool ind = e.indirect;
            if (auto* p = dyn_cast<Pointer>(ft)) {
              ft = p->elem;
              ind = true;
            }
            auto path = e.path;
            path.push_back(f);
            next.push_back({ft, path, ind});
          }
        }
      } else if (auto* it = dyn_cast_or_null<Interface>(u)) {
        for (Func* m : it->allMethods)
          if (m->name == name) {
            found++;
            here.kind = Selection::Method;
            here.obj = m;
            here.embeddedPath = e.path;
            here.indirect = e.indirect;
          }
      }
    }
    if (found == 1)
      return here;
    if (found > 1) {
      result.kind = Selection::Ambiguous;
      return result;
    }
    current = std::move(next);
  }
  return result;
}

void Checker::selector(SelectorExpr* e) {
  const std::string& name = e->sel->name;
  // Qualified identifier: pkg.Name
  if (auto* id = dyn_cast<Ident>(e->x)) {
    if (auto* pn = dyn_cast_or_null<PkgName>(scope->lookup(id->name))) {
      pn->used = true;
      id->obj = pn;
      id->mode = ExprMode::Package;
      if (pn->imported->unavailable)
        return; // the import itself was reported
      Object* o = pn->imported->scope->lookupLocal(name);
      if (!o || name.empty() || !isupper(static_cast<unsigned char>(name[0]))) {
        if (!name.empty() && isupper(static_cast<unsigned char>(name[0])))
          error(e->sel->pos, pn->imported->path + "." + name + " is not supported by minigo");
        else
          error(e->sel->pos, "undefined: " + exprString(e));
        return;
      }
      e->sel->obj = o;
      switch (o->kind()) {
      case Object::ConstK:
        e->mode = ExprMode::Constant;
        e->type = o->type;
        e->constant = cast<Const>(o)->value;
        return;
      case Object::TypeNameK:
        e->mode = ExprMode::TypeExpr;
        e->type = o->type;
        return;
      case Object::VarK:
        e->mode = ExprMode::Variable;
        e->type = o->type;
        return;
      case Object::FuncK:
        e->mode = ExprMode::Value;
        e->type = o->type;
        return;
      default:
        return;
      }
    }
  }
  exprOrType(e->x);
  if (!isValid(e->x))
    return;
  Expr* x = e->x;
  if (x->mode == ExprMode::TypeExpr) {
    // Method expression T.M or (*T).M
    Selection sel = lookupFieldOrMethod(x->type, name);
    if (sel.kind != Selection::Method) {
      error(e->sel->pos, exprString(x) + "." + name + " undefined (type " + typeString(x->type) +
                             " has no field or method " + name + differentCaseHint(x->type, name) + ")");
      return;
    }
    auto* m = cast<Func>(sel.obj);
    auto* msig = cast<Signature>(m->type);
    if (m->pointerReceiver && !isa<Pointer>(x->type) && !isInterface(x->type)) {
      error(e->sel->pos, "invalid method expression " + exprString(x) + "." + name +
                             " (needs pointer receiver (*" + typeString(x->type) + ")." + name + ")");
      return;
    }
    auto* params = types.make<Tuple>();
    params->vars.push_back(objects.make<Var>("", Pos{}, x->type));
    for (Var* v : msig->params->vars)
      params->vars.push_back(v);
    e->sel->obj = m;
    e->mode = ExprMode::Value;
    e->type = types.make<Signature>(params, msig->results, msig->variadic);
    return;
  }
  if (isa<Tuple>(x->type) || x->mode == ExprMode::NoValue) {
    error(x->pos, "multiple-value " + exprString(x) + " in single-value context");
    return;
  }
  Type* t = x->type;
  if (auto* p = dyn_cast<Pointer>(underlying(t)); p && isa<Pointer>(underlying(p->elem))) {
    error(e->sel->pos, exprString(e) + " undefined (type " + typeString(t) +
                           " has no field or method " + name + ")");
    return;
  }
  Selection sel = lookupFieldOrMethod(isa<Pointer>(underlying(t)) && !isa<Named>(t) ? t : t, name);
  if (sel.kind == Selection::None && isa<Named>(t) && isa<Pointer>(underlying(t))) {
    sel = lookupFieldOrMethod(underlying(t), name);
    if (sel.kind == Selection::Method)
      sel.kind = Selection::None; // methods of the pointed-to type are not in the set
  }
  if (sel.kind == Selection::Ambiguous) {
    error(e->sel->pos, "ambiguous selector " + exprString(e));
    return;
  }
  if (sel.kind == Selection::None) {
    std::string what = isInterface(t) ? "method" : "field or method";
    if (auto* p = dyn_cast<Pointer>(t); p && isInterface(p->elem))
      error(e->sel->pos, exprString(e) + " undefined (type " + typeString(t) +
                             " is pointer to interface, not interface)");
    else
      error(e->sel->pos, exprString(e) + " undefined (type " + typeString(t) + " has no " + what +
                             " " + name + differentCaseHint(t, name) + ")");
    return;
  }
  if (sel.obj->pkg && sel.obj->pkg != comp.mainPkg && !isupper(static_cast<unsigned char>(name[0]))) {
    error(e->sel->pos, exprString(e) + " undefined (cannot refer to unexported " +
                           (sel.kind == Selection::Field ? "field " : "method ") + name + ")");
    return;
  }
  e->sel->obj = sel.obj;
  if (sel.kind == Selection::Field) {
    // x.f is addressable if x is, or if a pointer was followed.
    bool viaPtr = isa<Pointer>(underlying(t)) || sel.indirect;
    e->mode = (x->mode == ExprMode::Variable || viaPtr) ? ExprMode::Variable : ExprMode::Value;
    e->type = sel.obj->type;
    return;
  }
  auto* m = cast<Func>(sel.obj);
  if (m->pointerReceiver && !isa<Pointer>(underlying(t)) && !sel.indirect) {
    if (x->mode != ExprMode::Variable) {
      error(e->sel->pos, "cannot call pointer method " + name + " on " + typeString(t));
      return;
    }
    // Calling a pointer method on an addressable value takes its address.
    markAddressTaken(x);
  }
  e->mode = ExprMode::Value;
  e->type = m->type;
}

// types2's lookupError detail: a field or method whose name differs from the selector only
// in case is named (", but does have method Foo").
static std::string differentCaseHint(Type* t, const std::string& name) {
  auto fold = [](std::string s) {
    for (char& c : s)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  std::string want = fold(name);
  if (auto* p = dyn_cast<Pointer>(t))
    t = p->elem;
  if (auto* st = dyn_cast<Struct>(underlying(t)))
    for (Var* f : st->fields)
      if (fold(f->name) == want)
        return ", but does have field " + f->name;
  if (auto* n = dyn_cast<Named>(t))
    for (Func* m : n->methods)
      if (fold(m->name) == want)
        return ", but does have method " + m->name;
  if (auto* it = dyn_cast<Interface>(underlying(t)))
    for (Func* m : it->allMethods)
      if (fold(m->name) == want)
        return ", but does have method " + m->name;
  return "";
}

void Checker::starExpr(StarExpr* e) {
  exprOrType(e->x);
  if (!isValid(e->x))
    return;
  if (e->x->mode == ExprMode::TypeExpr) {
    e->mode = ExprMode::TypeExpr;
    e->type = types.make<Pointer>(e->x->type);
    return;
  }
  if (isBasic(e->x->type, BasicKind::UntypedNil)) {
    error(startPos(e->x), "invalid operation: cannot indirect nil");
    return;
  }
  auto* p = dyn_cast<Pointer>(underlying(e->x->type));
  if (!p) {
    error(startPos(e->x), "invalid operation: cannot indirect " + describe(e->x));
    return;
  }
  e->mode = ExprMode::Variable;
  e->type = p->elem;
}

static bool constIndex(Checker& c, Expr* idx, int64_t length, const char* what, int64_t* out) {
  c.expr(idx);
  if (!c.isValid(idx))
    return false;
  // As types2's isValidIndex: an untyped index is given type int first ("a" cannot be
  // converted, 1.5 is truncated), then it must be an integer, and a constant one in range.
  if (isUntyped(idx->type)) {
    c.convertUntyped(idx, c.types.basic(BasicKind::Int));
    if (!c.isValid(idx))
      return false;
  }
  if (!isInteger(idx->type)) {
    c.error(idx->pos, std::string("invalid argument: ") + what + " " + describe(idx) +
                          " must be integer");
    return false;
  }
  if (idx->mode != ExprMode::Constant || !idx->constant)
    return true;
  const Constant* ci = c.constants.toInt(idx->constant);
  if (!ci)
    return true;
  if (ci->intVal.isNegative()) {
    c.error(idx->pos, std::string("invalid argument: ") + what + " " + describe(idx) +
                          " must not be negative");
    return false;
  }
  auto v = ci->toInt64();
  if (length >= 0 && (!v || *v >= length)) {
    c.error(idx->pos, std::string("invalid argument: ") + what + " " + ci->toString() +
                          " out of bounds [0:" + std::to_string(length) + "]");
    return false;
  }
  if (out && v)
    *out = *v;
  return true;
}

void Checker::indexExpr(IndexExpr* e) {
  exprOrType(e->x);
  if (!isValid(e->x))
    return;
  if (e->x->mode == ExprMode::TypeExpr) {
    unsupported(e->pos, "generic type instantiation");
    return;
  }
  Type* t = e->x->type;
  Type* u = underlying(t);
  if (auto* p = dyn_cast<Pointer>(u); p && isa<Array>(underlying(p->elem)))
    u = underlying(p->elem);
  if (isString(u)) {
    int64_t len = e->x->mode == ExprMode::Constant ? static_cast<int64_t>(e->x->constant->strVal.size()) : -1;
    int64_t iv = 0;
    if (!constIndex(*this, e->index, len, "index", &iv))
      return;
    // Indexing a string, even a constant one, yields a non-constant byte (Go spec, "Index
    // expressions"): "abc"[0] + 200 is valid Go and wraps at run time.
    (void)iv;
    e->type = universe->lookupLocal("byte")->type;
    e->mode = ExprMode::Value;
    if (isUntyped(e->x->type))
      convertUntyped(e->x, types.basic(BasicKind::String));
    return;
  }
  if (auto* a = dyn_cast<Array>(u)) {
    if (!constIndex(*this, e->index, a->len, "index", nullptr))
      return;
    bool viaPtr = isa<Pointer>(underlying(t));
    e->mode = (e->x->mode == ExprMode::Variable || viaPtr) ? ExprMode::Variable : ExprMode::Value;
    e->type = a->elem;
    return;
  }
  if (auto* s = dyn_cast<Slice>(u)) {
    if (!constIndex(*this, e->index, -1, "index", nullptr))
      return;
    e->mode = ExprMode::Variable;
    e->type = s->elem;
    return;
  }
  if (auto* m = dyn_cast<Map>(u)) {
    expr(e->index, m->key);
    if (!isValid(e->index))
      return;
    if (!assignment(e->index, m->key, "map index"))
      return;
    e->mode = ExprMode::MapIndex;
    e->type = m->elem;
    return;
  }
  error(e->pos, "invalid operation: cannot index " + describe(e->x));
  expr(e->index);
}

void Checker::sliceExpr(SliceExpr* e) {
  expr(e->x);
  if (!isValid(e->x))
    return;
  Type* t = e->x->type;
  Type* u = underlying(t);
  int64_t length = -1;
  if (isString(u)) {
    if (e->full) {
      error(e->pos, "invalid operation: 3-index slice of string");
      return;
    }
    if (e->x->mode == ExprMode::Constant)
      length = static_cast<int64_t>(e->x->constant->strVal.size());
    if (isUntyped(t)) {
      convertUntyped(e->x, types.basic(BasicKind::String));
      t = e->x->type;
    }
    e->type = t;
  } else if (auto* a = dyn_cast<Array>(u)) {
    if (e->x->mode != ExprMode::Variable) {
      error(e->pos, "invalid operation: " + exprString(e->x) + " (slice of unaddressable value)");
      return;
    }
    length = a->len;
    e->type = types.make<Slice>(a->elem);
    markAddressTaken(e->x);
  } else if (auto* p = dyn_cast<Pointer>(u); p && isa<Array>(underlying(p->elem))) {
    auto* a = cast<Array>(underlying(p->elem));
    length = a->len;
    e->type = types.make<Slice>(a->elem);
  } else if (isa<Slice>(u)) {
    e->type = t;
  } else {
    error(e->pos, "cannot slice " + describe(e->x));
    return;
  }
  int64_t vals[3] = {-1, -1, -1};
  Expr* idx[3] = {e->lo, e->hi, e->max};
  if (e->full && (!e->hi || !e->max)) {
    error(e->pos, "middle index required in 3-index slice");
    return;
  }
  for (int i = 0; i < 3; i++) {
    if (!idx[i])
      continue;
    int64_t v = -1;
    if (!constIndex(*this, idx[i], length >= 0 ? length + 1 : -1, "index", &v))
      return;
    if (idx[i]->mode == ExprMode::Constant)
      vals[i] = v;
  }
  for (int i = 0; i < 3; i++)
    for (int j = i + 1; j < 3; j++)
      if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
        error(idx[j]->pos, "invalid slice indices: " + std::to_string(vals[j]) + " < " +
                               std::to_string(vals[i]));
        return;
      }
  e->mode = ExprMode::Value;
}

void Checker::typeAssert(TypeAssertExpr* e) {
  expr(e->x);
  if (!isValid(e->x))
    return;
  if (!e->assertedType) {
    error(e->pos, "invalid syntax tree: use of .(type) outside type switch");
    return;
  }
  if (!isInterface(e->x->type)) {
    error(e->x->pos, "invalid operation: " + exprString(e->x) + " (" +
                         std::string(modeString(e->x->mode)) + " of type " +
                         typeString(e->x->type) + ") is not an interface");
    return;
  }
  Type* t = typExpr(e->assertedType);
  if (isBasic(t, BasicKind::Invalid))
    return;
  if (!isInterface(t)) {
    std::string cause;
    if (!implements(t, cast<Interface>(underlying(e->x->type)), &cause)) {
      error(e->assertedType->pos, "impossible type assertion: " + exprString(e) + "\n\t" +
                                      typeString(t) + " does not implement " +
                                      typeString(e->x->type) + " " + cause);
      return;
    }
  }
  e->mode = ExprMode::CommaOk;
  e->type = t;
}

void Checker::funcLit(FuncLit* e) {
  auto* sig = funcSignature(e->funcType, nullptr, scope);
  Scope* s = objects.newScope(scope, "function");
  s->isFunc = true;
  FuncContext ctx;
  ctx.sig = sig;
  ctx.lit = e;
  ctx.scope = s;
  FuncContext* savedFn = fn;
  auto savedEnclosing = std::move(enclosing);
  enclosing.clear();
  fn = &ctx;
  Scope* saved = scope;
  scope = s;
  for (Var* v : sig->params->vars)
    if (!v->name.empty() && v->name != "_") {
      if (s->insert(v))
        error(v->pos, v->name + " redeclared in this block");
      v->parent = s;
      varOwner[v] = fn;
    }
  for (Var* v : sig->results->vars)
    if (!v->name.empty() && v->name != "_") {
      if (s->insert(v))
        error(v->pos, v->name + " redeclared in this block");
      v->parent = s;
      varOwner[v] = fn;
    }
  funcBody(sig, e->body, s);
  scope = saved;
  fn = savedFn;
  enclosing = std::move(savedEnclosing);
  funcLits.push_back(e);
  e->mode = ExprMode::Value;
  e->type = sig;
}

void Checker::compositeLit(CompositeLit* e, Type* hint) {
  Type* t = nullptr;
  if (e->litType) {
    if (auto* at = dyn_cast<ArrayType>(e->litType); at && at->dotsLen) {
      Type* elem = typExpr(at->elem);
      // The length is the number of elements (or the largest index + 1).
      int64_t n = 0, idx = 0;
      for (Expr* el : e->elems) {
        if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
          expr(kv->key);
          if (isValid(kv->key) && kv->key->mode == ExprMode::Constant)
            if (auto v = kv->key->constant->toInt64())
              idx = *v;
        }
        idx++;
        n = std::max(n, idx);
      }
      t = types.make<Array>(elem, n);
      at->type = t;
      at->mode = ExprMode::TypeExpr;
    } else {
      t = typExpr(e->litType);
    }
  } else if (hint) {
    t = hint;
    if (auto* p = dyn_cast<Pointer>(underlying(hint)))
      t = p->elem; // &T elided: {...} in []*T{{...}}
  } else {
    error(e->pos, "invalid composite literal type: missing type");
    for (Expr* el : e->elems)
      if (auto* kv = dyn_cast<KeyValueExpr>(el))
        rawExpr(kv->value, nullptr);
      else
        rawExpr(el, nullptr);
    return;
  }
  if (isBasic(t, BasicKind::Invalid))
    return;
  Type* u = underlying(t);
  auto elemValue = [&](Expr* v, Type* et, const std::string& ctx) {
    if (auto* cl = dyn_cast<CompositeLit>(v); cl && !cl->litType) {
      compositeLit(cl, et);
      return;
    }
    if (auto* un = dyn_cast<UnaryExpr>(v); un && un->op == Op::Addr) {
      // &{...} is not valid Go; only elided {...} for *T elements.
    }
    expr(v, et);
    if (isValid(v))
      assignment(v, et, ctx);
  };
  if (auto* st = dyn_cast<Struct>(u)) {
    if (e->elems.empty()) {
    } else if (isa<KeyValueExpr>(e->elems[0])) {
      std::set<std::string> seen;
      for (Expr* el : e->elems) {
        auto* kv = dyn_cast<KeyValueExpr>(el);
        if (!kv) {
          error(el->pos, "mixture of field:value and value elements in struct literal");
          continue;
        }
        auto* key = dyn_cast<Ident>(kv->key);
        if (!key) {
          error(kv->key->pos, "invalid field name " + exprString(kv->key) + " in struct literal");
          continue;
        }
        Var* field = nullptr;
        for (Var* f : st->fields)
          if (f->name == key->name)
            field = f;
        if (!field) {
          error(key->pos, "unknown field " + key->name + " in struct literal of type " + typeString(t));
          rawExpr(kv->value, nullptr);
          continue;
        }
        key->obj = field;
        if (!seen.insert(key->name).second)
          error(key->pos, "duplicate field name " + key->name + " in struct literal");
        elemValue(kv->value, field->type, "struct literal");
      }
    } else {
      for (size_t i = 0; i < e->elems.size(); i++) {
        Expr* el = e->elems[i];
        if (isa<KeyValueExpr>(el)) {
          error(el->pos, "mixture of field:value and value elements in struct literal");
          continue;
        }
        if (i >= st->fields.size()) {
          error(el->pos, "too many values in struct literal of type " + typeString(t));
          break;
        }
        elemValue(el, st->fields[i]->type, "struct literal");
      }
      if (e->elems.size() < st->fields.size())
        error(e->rbrace, "too few values in struct literal of type " + typeString(t));
    }
  } else if (isa<Array>(u) || isa<Slice>(u)) {
    Type* et = isa<Array>(u) ? cast<Array>(u)->elem : cast<Slice>(u)->elem;
    int64_t length = isa<Array>(u) ? cast<Array>(u)->len : -1;
    int64_t idx = 0;
    std::set<int64_t> seen;
    for (Expr* el : e->elems) {
      Expr* v = el;
      if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
        int64_t k = 0;
        if (constIndex(*this, kv->key, length, "index", &k)) {
          if (kv->key->mode != ExprMode::Constant)
            error(kv->key->pos, "index " + exprString(kv->key) + " must be integer constant");
          else
            idx = k;
        }
        v = kv->value;
      } else if (length >= 0 && idx >= length) {
        error(el->pos, "index " + std::to_string(idx) + " is out of bounds (>= " + std::to_string(length) + ")");
      }
      if (!seen.insert(idx).second)
        error(el->pos, "duplicate index " + std::to_string(idx) + " in array or slice literal");
      elemValue(v, et, "array or slice literal");
      idx++;
    }
  } else if (auto* m = dyn_cast<Map>(u)) {
    std::set<std::string> seenKeys;
    for (Expr* el : e->elems) {
      auto* kv = dyn_cast<KeyValueExpr>(el);
      if (!kv) {
        error(el->pos, "missing key in map literal");
        rawExpr(el, nullptr);
        continue;
      }
      elemValue(kv->key, m->key, "map literal");
      if (isValid(kv->key) && kv->key->mode == ExprMode::Constant) {
        // With interface keys, byte(1) and float32(1) are different keys: the type is part of it.
        std::string k = typeString(kv->key->type) + " " + kv->key->constant->toString();
        if (!seenKeys.insert(k).second)
          error(kv->key->pos, "duplicate key " + exprString(kv->key) + " in map literal");
      }
      elemValue(kv->value, m->elem, "map literal");
    }
  } else {
    error(e->pos, "invalid composite literal type " + typeString(t));
    return;
  }
  e->mode = ExprMode::Value;
  e->type = t;
}

} // namespace minigo
