// This file implements the checking of declarations: collecting package-level objects,
// resolving them lazily in dependency order, methods, function bodies, the rules for main
// and init, unused imports, and the initialisation order of package-level variables.
#include "frontend/checker.h"

#include <llvm/Support/Casting.h>

#include <algorithm>
#include <functional>
#include <set>

namespace minigo {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

namespace {
// Package-level declarations remember the file scope they were declared in, so that lazy
// resolution from inside a function body resolves names at package level.
std::map<const Node*, Scope*> declScopes;
} // namespace

Checker::Checker(Compilation& c)
    : comp(c), types(c.types), objects(c.objects), constants(c.constants), diags(c.diags) {}

void Checker::error(Pos pos, const std::string& msg) { diags.error(pos, msg); }

void Checker::unsupported(Pos pos, const std::string& feature, bool plural) {
  error(pos, feature + (plural ? " are" : " is") + " not supported by minigo");
}

void Checker::declare(Scope* s, Ident* id, Object* obj) {
  if (id)
    id->obj = obj;
  if (obj->name == "_")
    return;
  obj->parent = s;
  if (Object* prev = s->insert(obj)) {
    (void)prev;
    error(obj->pos, obj->name + " redeclared in this block");
  }
}

bool Checker::run() {
  setupUniverse();
  File* file = comp.file;
  auto* mainPkg = new Package("main", "main");
  mainPkg->scope = std::make_unique<Scope>(universe, "package");
  comp.mainPkg = mainPkg;
  pkg = mainPkg;
  if (!file->packageName || file->packageName->name != "main") {
    Pos p = file->packageName ? file->packageName->pos : file->pos;
    error(p, "package " + (file->packageName ? file->packageName->name : std::string("?")) +
                 " is not a main package: minigo builds programs (package main)");
    return false;
  }
  Scope* fileScope = objects.newScope(mainPkg->scope.get(), "file");
  collectPackageObjects(file, mainPkg, mainPkg->scope.get(), fileScope);
  checkPackageDecls(file, mainPkg, fileScope, /*isMain=*/true);
  checkUnusedImports();
  if (!diags.hasErrors())
    computeInitOrder(file);
  return !diags.hasErrors();
}

void Checker::collectPackageObjects(File* file, Package* p, Scope* pkgScope, Scope* fileScope) {
  for (ImportDecl* imp : file->imports) {
    std::string path;
    std::string err;
    const Constant* c = constants.fromLiteral(LitKind::String, imp->path->value, err);
    if (!c || c->strVal.empty()) {
      error(imp->path->pos, "invalid import path: " + imp->path->value);
      continue;
    }
    path = c->strVal;
    Package* imported = importPackage(path, imp->path->pos);
    if (!imported) {
      // The import was reported; a stand-in keeps its uses (http.Get) from being reported
      // again as undefined names.
      imported = new Package(path, path.substr(path.rfind('/') + 1)); // lives for the compilation
      imported->scope = std::make_unique<Scope>(universe, "package");
      imported->unavailable = true;
    }
    std::string local = imported->name;
    Pos pos = imp->path->pos;
    if (imp->localName) {
      local = imp->localName->name;
      pos = imp->localName->pos;
      if (local == ".") {
        unsupported(pos, "dot import");
        continue;
      }
    }
    auto* pn = objects.make<PkgName>(local, pos, imported);
    pn->pkg = p;
    if (imported->unavailable)
      pn->used = true; // no "imported and not used" on top of "not supported"
    if (local == "_") {
      pn->used = true;
      continue;
    }
    if (p != comp.mainPkg)
      pn->used = true; // a standard package's own imports are never reported as unused
    importNames.push_back(pn);
    declare(fileScope, imp->localName, pn);
  }

  // As types2's declarePkgObj: at package level, init and main (in package main) may only
  // name functions; such an object is reported and kept out of the package scope.
  auto declarePkgObj = [&](Ident* id, Object* obj) {
    if (id->name == "init" || (id->name == "main" && p == comp.mainPkg)) {
      error(id->pos, "cannot declare " + id->name + " - must be func");
      id->obj = obj;
      return;
    }
    declare(pkgScope, id, obj);
  };
  for (Decl* d : file->decls) {
    declScopes[d] = fileScope;
    if (auto* cd = dyn_cast<ConstDecl>(d)) {
      for (Ident* id : cd->names) {
        auto* c = objects.make<Const>(id->name, id->pos, nullptr, nullptr);
        c->pkg = p;
        constDecls[c] = cd;
        declarePkgObj(id, c);
      }
    } else if (auto* vd = dyn_cast<VarDecl>(d)) {
      for (Ident* id : vd->names) {
        auto* v = objects.make<Var>(id->name, id->pos, nullptr);
        v->pkg = p;
        v->isGlobal = true;
        v->used = true; // package-level variables are never "declared and not used"
        globalVarDecls[v] = vd;
        declarePkgObj(id, v);
      }
    } else if (auto* td = dyn_cast<TypeDecl>(d)) {
      auto* tn = objects.make<TypeName>(td->name->name, td->name->pos, nullptr);
      tn->pkg = p;
      tn->isAlias = td->isAlias;
      if (!td->isAlias) {
        auto* named = types.make<Named>(tn);
        named->pkgPath = p->path;
        tn->type = named;
      }
      typeDecls[tn] = td;
      declarePkgObj(td->name, tn);
      if (p == comp.mainPkg)
        comp.namedTypes.push_back(tn);
    } else if (auto* fd = dyn_cast<FuncDecl>(d)) {
      auto* f = objects.make<Func>(fd->name->name, fd->name->pos, nullptr);
      f->pkg = p;
      f->decl = fd;
      fd->name->obj = f;
      if (fd->recv) {
        methodDecls.push_back(fd);
        continue;
      }
      if (fd->name->name == "init") {
        if (!fd->funcType->params.empty() || !fd->funcType->results.empty())
          error(fd->name->pos, "func init must have no arguments and no return values");
        continue; // init functions are not declared
      }
      if (fd->name->name == "main" && p == comp.mainPkg) {
        if (!fd->funcType->params.empty() || !fd->funcType->results.empty())
          error(fd->name->pos, "func main must have no arguments and no return values");
      }
      if (!fd->body && p == comp.mainPkg)
        error(fd->name->pos, "missing function body");
      declare(pkgScope, fd->name, f);
    }
  }
  // A package-level name must differ from the names the file's imports declare (types2).
  for (Object* o : fileScope->ordered())
    if (auto* pn = dyn_cast<PkgName>(o))
      if (Object* alt = pkgScope->lookupLocal(pn->name))
        error(alt->pos, alt->name + " already declared through import of package " +
                            pn->imported->name + " (\"" + pn->imported->path + "\")");
}

void Checker::checkPackageDecls(File* file, Package* p, Scope* fileScope, bool isMain) {
  Scope* saved = scope;
  scope = fileScope;
  // Types first, then method signatures (they may refer to any type), then the rest.
  for (Decl* d : file->decls)
    if (auto* td = dyn_cast<TypeDecl>(d))
      if (auto* tn = dyn_cast_or_null<TypeName>(td->name->obj))
        resolveTypeName(tn);
  for (Decl* d : file->decls) {
    auto* fd = dyn_cast<FuncDecl>(d);
    if (!fd)
      continue;
    auto* f = cast<Func>(fd->name->obj);
    if (!f->type)
      f->type = funcSignature(fd->funcType, fd->recv, fileScope);
    if (fd->recv) {
      auto* sig = cast<Signature>(f->type);
      Type* rt = sig->recv ? sig->recv->type : nullptr;
      bool ptr = false;
      if (rt && isa<Pointer>(rt)) {
        rt = cast<Pointer>(rt)->elem;
        ptr = true;
      }
      auto* named = dyn_cast_or_null<Named>(rt);
      if (!named) {
        // As types2: predeclared types are non-local; anything else is named in full (**T).
        if (rt && isa<Basic>(rt) && !isBasic(rt, BasicKind::Invalid))
          error(fd->recv->pos, "cannot define new methods on non-local type " + typeString(rt));
        else if (rt && !isBasic(rt, BasicKind::Invalid))
          error(fd->recv->pos, "invalid receiver type " + typeString(sig->recv->type));
        continue;
      }
      if (named->obj->pkg != p) {
        error(fd->recv->pos, "cannot define new methods on non-local type " + typeString(named));
        continue;
      }
      if (isa<Pointer>(underlying(named)) || isa<Interface>(underlying(named))) {
        error(fd->recv->pos, "invalid receiver type " + named->obj->name +
                                 (isa<Pointer>(underlying(named)) ? " (pointer or interface type)"
                                                                  : " (pointer or interface type)"));
        continue;
      }
      f->pointerReceiver = ptr;
      f->recvBase = named;
      bool dup = false;
      for (Func* m : named->methods)
        if (m->name == f->name && f->name != "_") {
          error(fd->name->pos, "method " + named->obj->name + "." + f->name + " already declared at " +
                                   comp.source->path() + ":" + std::to_string(m->pos.line) + ":" +
                                   std::to_string(m->pos.col));
          dup = true;
        }
      if (auto* st = dyn_cast<Struct>(underlying(named)))
        for (Var* fld : st->fields)
          if (fld->name == f->name) {
            error(fd->name->pos, "field and method with the same name " + f->name);
            dup = true;
          }
      if (!dup)
        named->methods.push_back(f);
    }
  }
  for (Decl* d : file->decls) {
    if (auto* cd = dyn_cast<ConstDecl>(d)) {
      checkConstDecl(cd, fileScope, false);
    } else if (auto* vd = dyn_cast<VarDecl>(d)) {
      checkVarDecl(vd, fileScope, false);
    }
  }
  if (isMain) {
    for (Decl* d : file->decls)
      if (auto* fd = dyn_cast<FuncDecl>(d); fd && fd->body) {
        comp.funcs.push_back(fd);
        checkFuncBody(fd);
      }
    Object* mainObj = p->scope->lookupLocal("main");
    if (!mainObj || !isa<Func>(mainObj))
      error(Pos{1, 1}, "function main is undeclared in the main package");
  }
  scope = saved;
}

// Whether t contains `target` other than inside a named struct type: C++ can spell such a
// type only if it names itself (type List []List), which minigo's lowering cannot do.
static bool refersToSelf(Type* t, Type* target, std::set<Type*>& seen) {
  if (!t)
    return false;
  if (t == target)
    return true;
  if (auto* n = dyn_cast<Named>(t)) {
    if (!seen.insert(n).second || !n->underlying || isa<Struct>(n->underlying))
      return false;
    return refersToSelf(n->underlying, target, seen);
  }
  if (auto* s = dyn_cast<Slice>(t))
    return refersToSelf(s->elem, target, seen);
  if (auto* a = dyn_cast<Array>(t))
    return refersToSelf(a->elem, target, seen);
  if (auto* p = dyn_cast<Pointer>(t))
    return refersToSelf(p->elem, target, seen);
  if (auto* c = dyn_cast<Chan>(t))
    return refersToSelf(c->elem, target, seen);
  if (auto* m = dyn_cast<Map>(t))
    return refersToSelf(m->key, target, seen) || refersToSelf(m->elem, target, seen);
  if (auto* sig = dyn_cast<Signature>(t)) {
    for (size_t i = 0; i < sig->params->size(); i++)
      if (refersToSelf(sig->params->at(i), target, seen))
        return true;
    for (size_t i = 0; i < sig->results->size(); i++)
      if (refersToSelf(sig->results->at(i), target, seen))
        return true;
    return false;
  }
  if (auto* st = dyn_cast<Struct>(t)) {
    for (Var* f : st->fields)
      if (refersToSelf(f->type, target, seen))
        return true;
  }
  return false;
}

void Checker::resolveTypeName(TypeName* tn) {
  auto it = typeDecls.find(tn);
  if (it == typeDecls.end())
    return;
  TypeDecl* td = it->second;
  if (tn->isAlias) {
    if (tn->type)
      return;
    if (resolving.count(tn)) {
      error(tn->pos, "invalid recursive type alias " + tn->name);
      tn->type = types.basic(BasicKind::Invalid);
      return;
    }
    resolving[tn] = typeIndirection;
    Scope* saved = scope;
    scope = declScopes.count(td) ? declScopes[td] : scope;
    tn->type = typExpr(td->type);
    scope = saved;
    resolving.erase(tn);
    return;
  }
  auto* named = cast<Named>(tn->type);
  if (named->underlying)
    return;
  if (resolving.count(tn)) {
    error(tn->pos, "invalid recursive type " + tn->name);
    named->underlying = types.basic(BasicKind::Invalid);
    return;
  }
  resolving[tn] = typeIndirection;
  Scope* saved = scope;
  if (declScopes.count(td))
    scope = declScopes[td];
  Type* rhs = typExpr(td->type);
  named->underlying = underlying(rhs);
  if (!named->underlying)
    named->underlying = types.basic(BasicKind::Invalid);
  std::set<Type*> seen;
  if (!isa<Struct>(named->underlying) && refersToSelf(named->underlying, named, seen))
    unsupported(tn->pos, "the recursive type " + tn->name +
                             " (it refers to itself other than through a struct)");
  scope = saved;
  resolving.erase(tn);
}

void Checker::checkTypeDecl(TypeDecl* d, Scope* s, bool local) {
  // Local type declarations: declare, then resolve (a local type is in scope in its own body).
  auto* tn = objects.make<TypeName>(d->name->name, d->name->pos, nullptr);
  tn->pkg = pkg;
  tn->isAlias = d->isAlias;
  if (!d->isAlias) {
    auto* named = types.make<Named>(tn);
    named->pkgPath = pkg ? pkg->path : "";
    tn->type = named;
    comp.namedTypes.push_back(tn);
  }
  typeDecls[tn] = d;
  declare(s, d->name, tn);
  (void)local;
  resolveTypeName(tn);
}

void Checker::checkConstDecl(ConstDecl* d, Scope* s, bool local) {
  // Already done (package-level constants resolve lazily when first referenced)?
  if (!local && !d->names.empty()) {
    auto* first = dyn_cast_or_null<Const>(d->names[0]->obj);
    if (first && constsDone.count(first))
      return;
  }
  Scope* saved = scope;
  if (!local && declScopes.count(d))
    scope = declScopes[d];
  const Constant* savedIota = iotaValue;
  iotaValue = constants.makeInt(d->iota);

  ConstDecl* src = d->inherited ? d->inherited : d;
  Type* declType = nullptr;
  if (src->type) {
    declType = typExpr(src->type);
    if (!isConstType(declType) && isValid(src->type)) {
      if (!(isa<Basic>(underlying(declType)) &&
            cast<Basic>(underlying(declType))->basicKind == BasicKind::Invalid))
        error(src->type->pos, "invalid constant type " + typeString(declType));
      declType = types.basic(BasicKind::Invalid);
    }
  }
  std::vector<Const*> objs;
  for (size_t i = 0; i < d->names.size(); i++) {
    Ident* id = d->names[i];
    Const* c = local ? objects.make<Const>(id->name, id->pos, nullptr, nullptr)
                     : cast<Const>(id->obj ? id->obj : objects.make<Const>(id->name, id->pos, nullptr, nullptr));
    if (!local)
      constsDone.insert(c);
    objs.push_back(c);
    c->type = types.basic(BasicKind::Invalid);
    c->value = constants.makeInt(0);
    if (i >= src->values.size()) {
      if (src->values.empty() && i == 0)
        error(id->pos, "missing init expr for const declaration");
      else if (i == src->values.size())
        error(id->pos, "missing init expr for const declaration");
      continue;
    }
    Expr* e = src->values[i];
    // An inherited expression is checked again with this spec's iota: re-checking an AST node
    // overwrites its annotations, which is fine because only the values are kept.
    expr(e, declType);
    if (!isValid(e))
      continue;
    if (e->mode != ExprMode::Constant) {
      error(e->pos, exprString(e) + " (" + std::string(modeString(e->mode)) + " of type " +
                        typeString(e->type) + ") is not constant");
      continue;
    }
    if (declType) {
      if (!assignment(e, declType, "constant declaration"))
        continue;
    }
    c->type = e->type;
    c->value = e->constant;
  }
  if (src->values.size() > d->names.size() && !d->inherited)
    error(src->values[d->names.size()]->pos, "extra init expr");
  if (local)
    for (size_t i = 0; i < d->names.size(); i++)
      declare(s, d->names[i], objs[i]);
  iotaValue = savedIota;
  scope = saved;
}

void Checker::checkVarDecl(VarDecl* d, Scope* s, bool local) {
  if (!local) {
    if (varDeclsDone.count(d))
      return;
    if (varDeclsInProgress.count(d)) {
      error(d->pos, "initialization cycle or recursive reference to " + d->names[0]->name);
      return;
    }
    varDeclsInProgress.insert(d);
  }
  Scope* saved = scope;
  FuncContext* savedFn = fn;
  auto savedEnclosing = std::move(enclosing);
  enclosing.clear();
  if (!local && declScopes.count(d)) {
    scope = declScopes[d];
    fn = nullptr;
  }
  Type* declType = d->type ? typExpr(d->type) : nullptr;
  std::vector<Var*> vars;
  for (Ident* id : d->names) {
    Var* v = local ? objects.make<Var>(id->name, id->pos, nullptr) : cast<Var>(id->obj);
    if (local)
      v->pkg = pkg;
    vars.push_back(v);
    v->type = declType;
  }
  if (!d->values.empty()) {
    if (d->values.size() == 1 && d->names.size() > 1) {
      // var a, b = f()
      Expr* e = d->values[0];
      multiExpr(e);
      if (isValid(e)) {
        auto* tuple = dyn_cast_or_null<Tuple>(e->type);
        size_t n = tuple ? tuple->size() : 1;
        if (n != d->names.size()) {
          std::string what = isa<CallExpr>(e) ? exprString(e) + " returns " + std::to_string(n) +
                                                    (n == 1 ? " value" : " values")
                                              : std::to_string(n) + (n == 1 ? " value" : " values");
          error(startPos(e), "assignment mismatch: " + std::to_string(d->names.size()) +
                                      " variables but " + what);
        } else if (tuple) {
          for (size_t i = 0; i < n; i++) {
            Type* t = tuple->at(i);
            if (declType) {
              if (!assignableType(t, declType))
                error(e->pos, "cannot use " + exprString(e) + " (value of type " + typeString(t) +
                                  ") as " + typeString(declType) + " value in assignment");
            } else {
              vars[i]->type = t;
            }
          }
        } else if (e->mode == ExprMode::CommaOk) {
          // v, ok := m[k] and friends
          if (!declType)
            vars[0]->type = defaultType(types, e->type);
          else
            assignment(e, declType, "variable declaration");
          if (!declType)
            vars[1]->type = types.basic(BasicKind::Bool);
          e->mode = ExprMode::CommaOk;
        }
      }
    } else if (d->values.size() != d->names.size()) {
      for (Expr* e : d->values)
        expr(e);
      size_t nv = d->values.size(), nn = d->names.size();
      if (nv > nn)
        error(d->values[nn]->pos, "assignment mismatch: " + std::to_string(nn) +
                                      (nn == 1 ? " variable but " : " variables but ") +
                                      std::to_string(nv) + (nv == 1 ? " value" : " values"));
      else
        error(d->names[nv]->pos, "assignment mismatch: " + std::to_string(nn) +
                                     (nn == 1 ? " variable but " : " variables but ") +
                                     std::to_string(nv) + (nv == 1 ? " value" : " values"));
    } else {
      for (size_t i = 0; i < d->values.size(); i++) {
        Expr* e = d->values[i];
        singleAssign = d->values.size() == 1;
        expr(e, declType);
        singleAssign = false;
        if (!isValid(e))
          continue;
        if (declType) {
          assignment(e, declType, "variable declaration");
        } else {
          if (e->type && isBasic(e->type, BasicKind::UntypedNil)) {
            error(e->pos, "use of untyped nil in variable declaration");
            continue;
          }
          if (isa<Tuple>(e->type)) {
            error(e->pos, "multiple-value " + exprString(e) + " (value of type " +
                              typeString(e->type) + ") in single-value context");
            continue;
          }
          Type* t = defaultType(types, e->type);
          if (isUntyped(e->type))
            assignment(e, t, "variable declaration");
          vars[i]->type = t;
        }
      }
    }
  }
  for (Var* v : vars)
    if (!v->type)
      v->type = types.basic(BasicKind::Invalid);
  if (local)
    for (size_t i = 0; i < d->names.size(); i++)
      declare(s, d->names[i], vars[i]);
  for (size_t i = 0; i < vars.size(); i++)
    if (local && fn)
      varOwner[vars[i]] = fn;
  scope = saved;
  fn = savedFn;
  enclosing = std::move(savedEnclosing);
  if (!local) {
    varDeclsInProgress.erase(d);
    varDeclsDone.insert(d);
  }
}

Signature* Checker::funcSignature(FuncType* ft, Field* recv, Scope* s) {
  Scope* saved = scope;
  scope = s;
  auto collect = [&](const std::vector<Field*>& fields, bool isParams, bool& variadic) {
    auto* tuple = types.make<Tuple>();
    for (size_t i = 0; i < fields.size(); i++) {
      Field* f = fields[i];
      Type* t;
      if (auto* ell = dyn_cast_or_null<Ellipsis>(f->type)) {
        if (!isParams || i + 1 != fields.size() || f->names.size() > 1) {
          error(ell->pos, "can only use ... with final parameter in list");
        }
        variadic = true;
        t = types.make<Slice>(typExpr(ell->elem));
        ell->type = t;
        ell->mode = ExprMode::TypeExpr;
      } else {
        t = typExpr(f->type);
      }
      if (f->names.empty()) {
        auto* v = objects.make<Var>("", f->pos, t);
        v->isParam = true;
        tuple->vars.push_back(v);
      } else {
        for (Ident* id : f->names) {
          auto* v = objects.make<Var>(id->name, id->pos, t);
          v->isParam = true;
          v->used = true;
          id->obj = v;
          tuple->vars.push_back(v);
        }
      }
    }
    return tuple;
  };
  bool variadic = false, dummy = false;
  Tuple* params = collect(ft->params, true, variadic);
  Tuple* results = collect(ft->results, false, dummy);
  auto* sig = types.make<Signature>(params, results, variadic);
  if (recv) {
    bool v = false;
    std::vector<Field*> one{recv};
    Tuple* rt = collect(one, false, v);
    if (!rt->vars.empty())
      sig->recv = rt->vars[0];
  }
  ft->type = sig;
  ft->mode = ExprMode::TypeExpr;
  scope = saved;
  return sig;
}

void Checker::checkFuncBody(FuncDecl* d) {
  auto* f = cast<Func>(d->name->obj);
  auto* sig = cast<Signature>(f->type);
  Scope* s = objects.newScope(declScopes.count(d) ? declScopes[d] : scope, "function");
  s->isFunc = true;
  FuncContext ctx;
  ctx.sig = sig;
  ctx.decl = d;
  ctx.scope = s;
  FuncContext* savedFn = fn;
  fn = &ctx;
  Scope* saved = scope;
  scope = s;
  if (sig->recv && !sig->recv->name.empty() && sig->recv->name != "_") {
    s->insert(sig->recv);
    sig->recv->parent = s;
    varOwner[sig->recv] = fn;
  }
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
  funcBody(sig, d->body, s);
  scope = saved;
  fn = savedFn;
}

void Checker::checkUnusedImports() {
  for (PkgName* pn : importNames)
    if (!pn->used) {
      std::string path = pn->imported->path;
      if (pn->name != pn->imported->name)
        error(pn->pos, "\"" + path + "\" imported as " + pn->name + " and not used");
      else
        error(pn->pos, "\"" + path + "\" imported and not used");
    }
}

// Package-level variables are initialised in dependency order: a variable is initialised
// after every variable its initialiser refers to, directly or through functions it calls.
void Checker::computeInitOrder(File* file) {
  std::vector<VarDecl*> decls;
  std::map<Object*, VarDecl*> declOf;
  std::map<Object*, FuncDecl*> funcOf;
  for (Decl* d : file->decls) {
    if (auto* vd = dyn_cast<VarDecl>(d)) {
      decls.push_back(vd);
      for (Ident* id : vd->names)
        if (id->obj)
          declOf[id->obj] = vd;
    } else if (auto* fd = dyn_cast<FuncDecl>(d)) {
      if (fd->name->obj && !fd->recv)
        funcOf[fd->name->obj] = fd;
    }
  }
  // Collect the package-level objects an AST subtree refers to.
  std::function<void(Node*, std::set<Object*>&)> refs = [&](Node* n, std::set<Object*>& out) {
    if (!n)
      return;
    if (auto* id = dyn_cast<Ident>(n)) {
      if (id->obj && (declOf.count(id->obj) || funcOf.count(id->obj)))
        out.insert(id->obj);
      return;
    }
    if (auto* sel = dyn_cast<SelectorExpr>(n)) {
      refs(sel->x, out);
      // A method value or call: depend on the method's body.
      if (sel->sel->obj && isa<Func>(sel->sel->obj) && cast<Func>(sel->sel->obj)->decl)
        out.insert(sel->sel->obj);
      return;
    }
    // Generic walk over children.
    switch (n->kind()) {
    case Node::CompositeLitKind:
      for (Expr* e : cast<CompositeLit>(n)->elems)
        refs(e, out);
      break;
    case Node::KeyValueExprKind:
      refs(cast<KeyValueExpr>(n)->key, out);
      refs(cast<KeyValueExpr>(n)->value, out);
      break;
    case Node::FuncLitKind:
      refs(cast<FuncLit>(n)->body, out);
      break;
    case Node::ParenExprKind:
      refs(cast<ParenExpr>(n)->x, out);
      break;
    case Node::IndexExprKind:
      refs(cast<IndexExpr>(n)->x, out);
      refs(cast<IndexExpr>(n)->index, out);
      break;
    case Node::SliceExprKind: {
      auto* s = cast<SliceExpr>(n);
      refs(s->x, out);
      refs(s->lo, out);
      refs(s->hi, out);
      refs(s->max, out);
      break;
    }
    case Node::TypeAssertExprKind:
      refs(cast<TypeAssertExpr>(n)->x, out);
      break;
    case Node::CallExprKind:
      refs(cast<CallExpr>(n)->fun, out);
      for (Expr* a : cast<CallExpr>(n)->args)
        refs(a, out);
      break;
    case Node::StarExprKind:
      refs(cast<StarExpr>(n)->x, out);
      break;
    case Node::UnaryExprKind:
      refs(cast<UnaryExpr>(n)->x, out);
      break;
    case Node::BinaryExprKind:
      refs(cast<BinaryExpr>(n)->x, out);
      refs(cast<BinaryExpr>(n)->y, out);
      break;
    case Node::ExprStmtKind:
      refs(cast<ExprStmt>(n)->x, out);
      break;
    case Node::SendStmtKind:
      refs(cast<SendStmt>(n)->chan, out);
      refs(cast<SendStmt>(n)->value, out);
      break;
    case Node::IncDecStmtKind:
      refs(cast<IncDecStmt>(n)->x, out);
      break;
    case Node::AssignStmtKind:
      for (Expr* e : cast<AssignStmt>(n)->lhs)
        refs(e, out);
      for (Expr* e : cast<AssignStmt>(n)->rhs)
        refs(e, out);
      break;
    case Node::DeclStmtKind:
      for (Decl* d : cast<DeclStmt>(n)->decls)
        if (auto* vd = dyn_cast<VarDecl>(d))
          for (Expr* e : vd->values)
            refs(e, out);
      break;
    case Node::GoStmtKind:
      refs(cast<GoStmt>(n)->call, out);
      break;
    case Node::DeferStmtKind:
      refs(cast<DeferStmt>(n)->call, out);
      break;
    case Node::ReturnStmtKind:
      for (Expr* e : cast<ReturnStmt>(n)->results)
        refs(e, out);
      break;
    case Node::BlockStmtKind:
      for (Stmt* s : cast<BlockStmt>(n)->stmts)
        refs(s, out);
      break;
    case Node::IfStmtKind: {
      auto* s = cast<IfStmt>(n);
      refs(s->init, out);
      refs(s->cond, out);
      refs(s->then, out);
      refs(s->elseStmt, out);
      break;
    }
    case Node::CaseClauseKind:
      for (Expr* e : cast<CaseClause>(n)->list)
        refs(e, out);
      for (Stmt* s : cast<CaseClause>(n)->body)
        refs(s, out);
      break;
    case Node::SwitchStmtKind: {
      auto* s = cast<SwitchStmt>(n);
      refs(s->init, out);
      refs(s->tag, out);
      for (auto* c : s->clauses)
        refs(c, out);
      break;
    }
    case Node::TypeSwitchStmtKind: {
      auto* s = cast<TypeSwitchStmt>(n);
      refs(s->init, out);
      refs(s->x, out);
      for (auto* c : s->clauses)
        refs(c, out);
      break;
    }
    case Node::CommClauseKind:
      refs(cast<CommClause>(n)->comm, out);
      for (Stmt* s : cast<CommClause>(n)->body)
        refs(s, out);
      break;
    case Node::SelectStmtKind:
      for (auto* c : cast<SelectStmt>(n)->clauses)
        refs(c, out);
      break;
    case Node::ForStmtKind: {
      auto* s = cast<ForStmt>(n);
      refs(s->init, out);
      refs(s->cond, out);
      refs(s->post, out);
      refs(s->body, out);
      break;
    }
    case Node::RangeStmtKind: {
      auto* s = cast<RangeStmt>(n);
      refs(s->x, out);
      refs(s->body, out);
      break;
    }
    case Node::LabeledStmtKind:
      refs(cast<LabeledStmt>(n)->stmt, out);
      break;
    default:
      break;
    }
  };
  // The variables a declaration depends on, following function bodies transitively.
  std::map<VarDecl*, std::set<VarDecl*>> deps;
  for (VarDecl* vd : decls) {
    std::set<Object*> direct;
    for (Expr* e : vd->values)
      refs(e, direct);
    std::set<Object*> seenFuncs;
    std::vector<Object*> work(direct.begin(), direct.end());
    while (!work.empty()) {
      Object* o = work.back();
      work.pop_back();
      if (declOf.count(o)) {
        if (declOf[o] != vd)
          deps[vd].insert(declOf[o]);
        continue;
      }
      FuncDecl* fd = funcOf.count(o) ? funcOf[o] : nullptr;
      if (!fd) {
        if (auto* f = dyn_cast<Func>(o))
          fd = f->decl;
      }
      if (!fd || seenFuncs.count(o))
        continue;
      seenFuncs.insert(o);
      std::set<Object*> more;
      refs(fd->body, more);
      work.insert(work.end(), more.begin(), more.end());
    }
  }
  std::set<VarDecl*> done;
  std::set<VarDecl*> visiting;
  std::function<void(VarDecl*)> visit = [&](VarDecl* vd) {
    if (done.count(vd) || visiting.count(vd))
      return;
    visiting.insert(vd);
    for (VarDecl* dep : deps[vd])
      visit(dep);
    visiting.erase(vd);
    done.insert(vd);
    comp.globalInitOrder.push_back(vd);
  };
  for (VarDecl* vd : decls)
    visit(vd);
}

} // namespace minigo
