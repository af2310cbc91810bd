// This file lowers statements. Go's control flow maps onto C++ with a few rules:
// loops get a fresh block per iteration (Go 1.22 per-iteration variables fall out of
// declaring the variables inside it), break/continue become gotos to labels placed after
// the statement and at the end of each iteration (Go's break leaves a switch or select, which
// are lowered to if-chains and gotos), switch clauses are labelled blocks so that fallthrough
// simply flows into the next one.
#include "codegen/emitter.h"

#include <llvm/Support/Casting.h>

#include <functional>

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

std::string Emitter::freshTemp(const std::string& base) {
  return "mg_" + base + std::to_string(++tempCounter);
}

std::string Emitter::declareLocal(Var* v, const std::string& init) {
  std::string base = v->name;
  bool clash = isReservedCppName(base) || globalNames.count(base);
  std::string name = clash ? base + "_" : base;
  int n = nameUses[name]++;
  if (n > 0)
    name += "_" + std::to_string(n);
  names[v] = name;
  std::string T = cppType(v->type);
  if (v->escapes)
    out->line(T + "* " + name + " = mg::gc_new<" + T + ">(" + init + ");");
  else
    out->line(T + " " + name + " = " + init + ";");
  if (v->name != "_" && !v->escapes)
    out->line("(void)" + name + ";");
  return name;
}

void Emitter::block(const std::vector<Stmt*>& stmts) {
  for (Stmt* s : stmts)
    stmt(s);
}

void Emitter::simpleStmt(Stmt* s) {
  if (s)
    stmt(s);
}

void Emitter::stmt(Stmt* s) {
  out->at(s->pos.line);
  switch (s->kind()) {
  case Node::EmptyStmtKind:
  case Node::BadStmtKind:
    return;
  case Node::ExprStmtKind: {
    Expr* x = unparen(cast<ExprStmt>(s)->x);
    out->line(expr(x) + ";");
    return;
  }
  case Node::SendStmtKind: {
    auto* ss = cast<SendStmt>(s);
    auto* ch = cast<Chan>(underlying(ss->chan->type));
    out->line(expr(ss->chan) + ".send(" + exprAs(ss->value, ch->elem) + ");");
    return;
  }
  case Node::IncDecStmtKind: {
    auto* ids = cast<IncDecStmt>(s);
    std::string T = cppType(ids->x->type);
    Expr* x = unparen(ids->x);
    if (auto* ix = dyn_cast<IndexExpr>(x); ix && isa<Map>(underlying(ix->x->type))) {
      out->line("{ auto& mg_r = " + lvalue(x) + "; mg_r = " + T + "(mg_r " + (ids->isInc ? "+" : "-") + " 1); }");
      return;
    }
    std::string lv = lvalue(x);
    out->line(lv + " = " + T + "(" + lv + (ids->isInc ? " + 1);" : " - 1);"));
    return;
  }
  case Node::AssignStmtKind: {
    auto* as = cast<AssignStmt>(s);
    if (as->assign == AssignOp::Define)
      define(as);
    else
      assign(as);
    return;
  }
  case Node::DeclStmtKind:
    for (Decl* d : cast<DeclStmt>(s)->decls)
      if (auto* vd = dyn_cast<VarDecl>(d))
        varDecl(vd);
    return;
  case Node::GoStmtKind:
    goStmt(cast<GoStmt>(s));
    return;
  case Node::DeferStmtKind:
    deferStmt(cast<DeferStmt>(s));
    return;
  case Node::ReturnStmtKind:
    returnStmt(cast<ReturnStmt>(s));
    return;
  case Node::BranchStmtKind:
    branch(cast<BranchStmt>(s));
    return;
  case Node::BlockStmtKind:
    out->line("{");
    out->indent();
    block(cast<BlockStmt>(s)->stmts);
    out->dedent();
    out->line("}");
    return;
  case Node::IfStmtKind:
    ifStmt(cast<IfStmt>(s));
    return;
  case Node::ForStmtKind:
    forStmt(cast<ForStmt>(s), "");
    return;
  case Node::RangeStmtKind:
    rangeStmt(cast<RangeStmt>(s), "");
    return;
  case Node::SwitchStmtKind:
    switchStmt(cast<SwitchStmt>(s), "");
    return;
  case Node::TypeSwitchStmtKind:
    typeSwitchStmt(cast<TypeSwitchStmt>(s), "");
    return;
  case Node::SelectStmtKind:
    selectStmt(cast<SelectStmt>(s), "");
    return;
  case Node::LabeledStmtKind: {
    // Every Go label becomes a C++ label for goto (labels of break/continue targets are
    // emitted by the loop or switch); unused ones are marked so.
    auto* ls = cast<LabeledStmt>(s);
    if (ls->label->name != "_")
      out->line("mg_label_" + ls->label->name + ": __attribute__((unused));");
    stmt(ls->stmt);
    return;
  }
  default:
    unsupported(s->pos, "this statement");
  }
}

// Values of a comma-ok right-hand side (m[k], x.(T), <-ch) as a tuple.
static bool isCommaOk(Expr* r) {
  r = unparen(r);
  if (r->mode != ExprMode::CommaOk)
    return false;
  return isa<IndexExpr>(r) || isa<TypeAssertExpr>(r) || (isa<UnaryExpr>(r) && cast<UnaryExpr>(r)->op == Op::Recv);
}

// The C++ tuple for the right side of a multi-value assignment: a multi-result call, or a
// comma-ok form (map lookup, type assertion, receive) asked for its second result.
static std::string tupleValue(Emitter& em, Expr* r) {
  if (isCommaOk(r)) {
    if (auto* ix = dyn_cast<IndexExpr>(r))
      return em.expr(ix->x) + ".lookup(" + em.exprAs(ix->index, cast<Map>(underlying(ix->x->type))->key) + ")";
    if (auto* ta = dyn_cast<TypeAssertExpr>(r))
      return em.typeAssert(ta, true);
    return em.recvExpr(cast<UnaryExpr>(r), true);
  }
  return em.expr(r);
}

void Emitter::varDecl(VarDecl* d) {
  if (d->values.size() == 1 && d->names.size() > 1) {
    Expr* r = unparen(d->values[0]);
    std::string t = freshTemp();
    std::string init = tupleValue(*this, r);
    out->line("auto " + t + " = " + init + ";");
    for (size_t i = 0; i < d->names.size(); i++) {
      auto* v = dyn_cast_or_null<Var>(d->names[i]->obj);
      if (!v || v->name == "_")
        continue;
      declareLocal(v, "std::get<" + std::to_string(i) + ">(" + t + ")");
    }
    return;
  }
  for (size_t i = 0; i < d->names.size(); i++) {
    auto* v = dyn_cast_or_null<Var>(d->names[i]->obj);
    if (!v)
      continue;
    std::string init = i < d->values.size() ? exprAs(d->values[i], v->type) : zeroValue(v->type);
    if (v->name == "_") {
      if (i < d->values.size())
        out->line("(void)(" + init + ");");
      continue;
    }
    declareLocal(v, init);
  }
}


void Emitter::define(AssignStmt* s) {
  size_t nl = s->lhs.size();
  if (s->rhs.size() == nl) {
    // New variables are declared; existing ones assigned. Right sides are evaluated first.
    std::vector<std::string> vals;
    for (size_t i = 0; i < nl; i++) {
      auto* id = cast<Ident>(s->lhs[i]);
      Type* t = id->obj ? id->obj->type : s->rhs[i]->type;
      vals.push_back(exprAs(s->rhs[i], t));
    }
    if (nl > 1) {
      for (size_t i = 0; i < nl; i++) {
        std::string t = freshTemp();
        out->line("auto " + t + " = " + vals[i] + ";");
        vals[i] = t;
      }
    }
    for (size_t i = 0; i < nl; i++) {
      auto* id = cast<Ident>(s->lhs[i]);
      auto* v = dyn_cast_or_null<Var>(id->obj);
      if (!v || id->name == "_") {
        out->line("(void)(" + vals[i] + ");");
        continue;
      }
      if (!(v->pos == id->pos))
        out->line(ident(id) + " = " + vals[i] + ";");
      else
        declareLocal(v, vals[i]);
    }
    return;
  }
  // a, b := f()  /  v, ok := m[k]
  Expr* r = unparen(s->rhs[0]);
  std::string t = freshTemp();
  std::string init = tupleValue(*this, r);
  out->line("auto " + t + " = " + init + ";");
  for (size_t i = 0; i < nl; i++) {
    auto* id = cast<Ident>(s->lhs[i]);
    auto* v = dyn_cast_or_null<Var>(id->obj);
    std::string val = "std::get<" + std::to_string(i) + ">(" + t + ")";
    if (!v || id->name == "_")
      continue;
    if (names.count(v) && !(v->pos == id->pos)) {
      Type* srcT = nullptr;
      if (auto* tup = dyn_cast_or_null<Tuple>(r->type))
        srcT = tup->at(i);
      if (srcT && isInterface(v->type) && !isInterface(srcT))
        val = toIface(val, srcT, v->type);
      out->line(ident(id) + " = " + val + ";");
    } else {
      Type* srcT = nullptr;
      if (auto* tup = dyn_cast_or_null<Tuple>(r->type))
        srcT = tup->at(i);
      if (srcT && isInterface(v->type) && !isInterface(srcT))
        val = toIface(val, srcT, v->type);
      declareLocal(v, val);
    }
  }
}

// Several left-hand sides: Go evaluates the operands of their index expressions and pointer
// indirections first (left to right, before the right-hand sides), then assigns left to
// right. Phase one binds each location (a map and key, or a C++ reference); phase two stores.
std::function<void(const std::string&)> Emitter::prepareStore(Expr* l) {
  Expr* x = unparen(l);
  if (auto* id = dyn_cast<Ident>(x); id && id->name == "_")
    return [this](const std::string& val) { out->line("(void)(" + val + ");"); };
  if (auto* ix = dyn_cast<IndexExpr>(x); ix && isa<Map>(underlying(ix->x->type))) {
    auto* m = cast<Map>(underlying(ix->x->type));
    std::string mt = freshTemp("m"), kt = freshTemp("k");
    out->line("auto " + mt + " = " + expr(ix->x) + ";");
    out->line("auto " + kt + " = " + exprAs(ix->index, m->key) + ";");
    return [this, mt, kt](const std::string& val) {
      out->line(mt + ".set(" + kt + ", " + val + ");");
    };
  }
  if (isa<Ident>(x))
    return [this, x](const std::string& val) { out->line(lvalue(x) + " = " + val + ";"); };
  std::string ref = freshTemp("ref");
  out->line("auto& " + ref + " = " + lvalue(x) + ";");
  return [this, ref](const std::string& val) { out->line(ref + " = " + val + ";"); };
}

// A single assignment evaluates the calls in the left side's index operands and pointer
// indirections before the right side (C++ evaluates the right side of `=` first).
void Emitter::assign(AssignStmt* s) {
  if (s->lhs.size() == 1 && s->rhs.size() == 1) {
    std::vector<Expr*> operands;
    lhsOperands(unparen(s->lhs[0]), operands);
    operands.push_back(s->rhs[0]);
    std::vector<std::string> temps;
    std::string decls = hoistOperands(operands, temps);
    if (!decls.empty()) {
      out->line("{");
      out->indent();
      out->line(decls);
      assignValues(s);
      unhoist(operands);
      out->dedent();
      out->line("}");
      return;
    }
  }
  assignValues(s);
}

void Emitter::assignValues(AssignStmt* s) {
  if (s->assign == AssignOp::OpAssign) {
    Expr* x = unparen(s->lhs[0]);
    Type* t = x->type;
    std::string T = cppType(t);
    std::string rhs;
    Expr* y = s->rhs[0];
    if (s->op == Op::Shl || s->op == Op::Shr)
      rhs = exprAs(y, isUntyped(y->type) ? comp.types.basic(BasicKind::Uint) : y->type);
    else
      rhs = exprAs(y, t);
    std::string r = freshTemp("r");
    out->line("{");
    out->indent();
    out->line("auto " + r + " = " + rhs + ";");
    out->line("auto& mg_lhs = " + lvalue(x) + ";");
    std::string v;
    switch (s->op) {
    case Op::Shl: v = "mg::shl<" + T + ">(mg_lhs, " + r + ")"; break;
    case Op::Shr: v = "mg::shr<" + T + ">(mg_lhs, " + r + ")"; break;
    case Op::Div: v = isInteger(t) ? "mg::div<" + T + ">(mg_lhs, " + r + ")" : "mg_lhs / " + r; break;
    case Op::Rem: v = "mg::mod<" + T + ">(mg_lhs, " + r + ")"; break;
    case Op::AndNot: v = T + "(mg_lhs & ~" + r + ")"; break;
    default: v = isString(t) ? "mg_lhs + " + r : T + "(mg_lhs " + opSpelling(s->op) + " " + r + ")"; break;
    }
    out->line("mg_lhs = " + v + ";");
    out->dedent();
    out->line("}");
    return;
  }
  size_t nl = s->lhs.size();
  auto store = [&](Expr* l, const std::string& val) {
    Expr* x = unparen(l);
    if (auto* id = dyn_cast<Ident>(x); id && id->name == "_") {
      out->line("(void)(" + val + ");");
      return;
    }
    if (auto* ix = dyn_cast<IndexExpr>(x); ix && isa<Map>(underlying(ix->x->type))) {
      auto* m = cast<Map>(underlying(ix->x->type));
      out->line(expr(ix->x) + ".set(" + exprAs(ix->index, m->key) + ", " + val + ");");
      return;
    }
    out->line(lvalue(x) + " = " + val + ";");
  };
  if (s->rhs.size() == nl) {
    if (nl == 1) {
      Expr* l = unparen(s->lhs[0]);
      Type* t = l->type;
      if (auto* id = dyn_cast<Ident>(l); id && id->name == "_")
        t = nullptr;
      store(l, t ? exprAs(s->rhs[0], t) : expr(s->rhs[0]));
      return;
    }
    out->line("{");
    out->indent();
    std::vector<std::function<void(const std::string&)>> stores;
    for (size_t i = 0; i < nl; i++)
      stores.push_back(prepareStore(s->lhs[i]));
    std::vector<std::string> temps;
    for (size_t i = 0; i < nl; i++) {
      Expr* l = unparen(s->lhs[i]);
      Type* t = l->type;
      if (auto* id = dyn_cast<Ident>(l); id && id->name == "_")
        t = nullptr;
      std::string tmp = freshTemp();
      out->line("auto " + tmp + " = " + (t ? exprAs(s->rhs[i], t) : expr(s->rhs[i])) + ";");
      temps.push_back(tmp);
    }
    for (size_t i = 0; i < nl; i++)
      stores[i](temps[i]);
    out->dedent();
    out->line("}");
    return;
  }
  Expr* r = unparen(s->rhs[0]);
  std::string t = freshTemp();
  out->line("{");
  out->indent();
  std::vector<std::function<void(const std::string&)>> stores;
  for (size_t i = 0; i < nl; i++)
    stores.push_back(prepareStore(s->lhs[i]));
  std::string init = tupleValue(*this, r);
  out->line("auto " + t + " = " + init + ";");
  auto* tup = dyn_cast_or_null<Tuple>(r->type);
  for (size_t i = 0; i < nl; i++) {
    std::string val = "std::get<" + std::to_string(i) + ">(" + t + ")";
    Expr* l = unparen(s->lhs[i]);
    if (tup && l->type && isInterface(l->type) && !isInterface(tup->at(i)))
      val = toIface(val, tup->at(i), l->type);
    stores[i](val);
  }
  out->dedent();
  out->line("}");
}

void Emitter::returnStmt(ReturnStmt* s) {
  Signature* sig = fn->sig;
  size_t nr = sig->results->size();
  std::string value;
  if (s->results.empty()) {
    if (nr == 0) {
      value = "";
    } else if (nr == 1) {
      value = fn->resultNames[0];
    } else {
      value = resultType(sig) + "{";
      for (size_t i = 0; i < nr; i++)
        value += (i ? ", " : "") + fn->resultNames[i];
      value += "}";
    }
    if (fn->hasDefer) {
      out->line("goto " + fn->doneLabel + ";");
      return;
    }
    out->line(value.empty() ? "return;" : "return " + value + ";");
    return;
  }
  if (s->results.size() == 1 && nr > 1) {
    // return f() with a multi-value f
    Expr* r = s->results[0];
    auto* tup = cast<Tuple>(r->type);
    std::string t = freshTemp();
    std::string conv = resultType(sig) + "{";
    for (size_t i = 0; i < nr; i++) {
      std::string v = "std::get<" + std::to_string(i) + ">(" + t + ")";
      if (isInterface(sig->results->at(i)) && !isInterface(tup->at(i)))
        v = toIface(v, tup->at(i), sig->results->at(i));
      conv += (i ? ", " : "") + v;
    }
    conv += "}";
    out->line("{");
    out->indent();
    out->line("auto " + t + " = " + expr(r) + ";");
    if (fn->hasDefer) {
      for (size_t i = 0; i < nr; i++) {
        std::string v = "std::get<" + std::to_string(i) + ">(" + t + ")";
        if (isInterface(sig->results->at(i)) && !isInterface(tup->at(i)))
          v = toIface(v, tup->at(i), sig->results->at(i));
        out->line(fn->resultNames[i] + " = " + v + ";");
      }
      out->line("goto " + fn->doneLabel + ";");
    } else {
      out->line("return " + conv + ";");
    }
    out->dedent();
    out->line("}");
    return;
  }
  std::vector<std::string> vals;
  for (size_t i = 0; i < nr; i++)
    vals.push_back(exprAs(s->results[i], sig->results->at(i)));
  if (fn->hasDefer) {
    if (nr > 1) {
      // Evaluate all results before assigning any (they may refer to each other).
      out->line("{");
      out->indent();
      std::vector<std::string> temps;
      for (size_t i = 0; i < nr; i++) {
        std::string t = freshTemp();
        out->line("auto " + t + " = " + vals[i] + ";");
        temps.push_back(t);
      }
      for (size_t i = 0; i < nr; i++)
        out->line(fn->resultNames[i] + " = " + temps[i] + ";");
      out->line("goto " + fn->doneLabel + ";");
      out->dedent();
      out->line("}");
    } else {
      out->line(fn->resultNames[0] + " = " + vals[0] + ";");
      out->line("goto " + fn->doneLabel + ";");
    }
    return;
  }
  if (nr == 1) {
    out->line("return " + vals[0] + ";");
    return;
  }
  std::string v = resultType(sig) + "{";
  for (size_t i = 0; i < nr; i++)
    v += (i ? ", " : "") + vals[i];
  out->line("return " + v + "};");
}

void Emitter::ifStmt(IfStmt* s) {
  bool scoped = s->init != nullptr;
  if (scoped) {
    out->line("{");
    out->indent();
    simpleStmt(s->init);
  }
  out->at(s->pos.line);
  out->line("if (" + expr(s->cond) + ") {");
  out->indent();
  block(s->then->stmts);
  out->dedent();
  if (s->elseStmt) {
    out->line("} else {");
    out->indent();
    if (auto* b = dyn_cast<BlockStmt>(s->elseStmt))
      block(b->stmts);
    else
      stmt(s->elseStmt);
    out->dedent();
  }
  out->line("}");
  if (scoped) {
    out->dedent();
    out->line("}");
  }
}

// Emits a loop body in its own block followed by the continue label, so that a `goto` to the
// label never jumps past a declaration still in scope.
static void loopBody(Emitter& em, Stmt* loop, BlockStmt* body) {
  std::string cont = "mg_continue_" + std::to_string(++em.tempCounter);
  std::string brk = "mg_break_" + std::to_string(em.tempCounter);
  em.continueLabels[loop] = cont;
  em.breakLabels[loop] = brk;
  em.out->line("{");
  em.out->indent();
  em.block(body->stmts);
  em.out->dedent();
  em.out->line("}");
  if (em.usedContinueLabels.count(loop))
    em.out->line(cont + ":;");
}

static void breakLabel(Emitter& em, Stmt* s) {
  if (em.usedBreakLabels.count(s))
    em.out->line(em.breakLabels[s] + ":;");
}

void Emitter::forStmt(ForStmt* s, const std::string& label) {
  (void)label;
  out->line("{");
  out->indent();
  simpleStmt(s->init);
  // Go 1.22: each iteration has its own copy of variables declared by the init statement.
  // Only escaping variables (captured or address-taken) can tell the difference; they get a
  // fresh heap cell before the post statement.
  std::vector<Var*> perIteration;
  if (auto* as = dyn_cast_or_null<AssignStmt>(s->init); as && as->assign == AssignOp::Define)
    for (Expr* l : as->lhs)
      if (auto* v = dyn_cast_or_null<Var>(cast<Ident>(l)->obj); v && v->escapes)
        perIteration.push_back(v);
  out->at(s->pos.line);
  std::string cond = s->cond ? expr(s->cond) : "";
  out->line("for (;;) {");
  out->indent();
  if (!cond.empty())
    out->line("if (!(" + cond + ")) break;");
  loopBody(*this, s, s->body);
  for (Var* v : perIteration) {
    std::string n = localName(v);
    out->line(n + " = mg::gc_new<" + cppType(v->type) + ">(*" + n + ");");
  }
  if (s->post)
    simpleStmt(s->post);
  out->dedent();
  out->line("}");
  out->dedent();
  out->line("}");
  breakLabel(*this, s);
}

// The array ranged over by `range x` when x is an array or a pointer to one.
static Array* arrayOrPointee(Type* u) {
  if (auto* p = dyn_cast<Pointer>(u))
    u = underlying(p->elem);
  return dyn_cast<Array>(u);
}

// Whether a range statement has a second iteration variable other than _.
static bool hasValueVar(RangeStmt* s) {
  if (!s->value)
    return false;
  auto* id = dyn_cast<Ident>(unparen(s->value));
  return !(id && id->name == "_");
}

void Emitter::rangeStmt(RangeStmt* s, const std::string& label) {
  (void)label;
  Type* xt = s->x->type;
  Type* u = underlying(xt);
  out->line("{");
  out->indent();
  auto bindVar = [&](Expr* lhs, const std::string& value, Type* valueType) {
    if (!lhs)
      return;
    auto* id = dyn_cast<Ident>(unparen(lhs));
    if (id && id->name == "_")
      return;
    if (s->define) {
      auto* v = cast<Var>(id->obj);
      declareLocal(v, value);
    } else {
      Expr* l = unparen(lhs);
      std::string val = value;
      if (isInterface(l->type) && !isInterface(valueType))
        val = toIface(value, valueType, l->type);
      if (auto* ix = dyn_cast<IndexExpr>(l); ix && isa<Map>(underlying(ix->x->type)))
        out->line(expr(ix->x) + ".set(" + exprAs(ix->index, cast<Map>(underlying(ix->x->type))->key) + ", " + val + ");");
      else
        out->line(lvalue(l) + " = " + val + ";");
    }
  };
  // Both iteration values: assigned (not declared) variables take them as the parallel
  // assignment `k, v = key, value`, whose left-hand operands are evaluated before either store.
  auto bindVars = [&](const std::string& key, Type* keyType, const std::string& value,
                      Type* valueType) {
    if (s->define || !s->key || !s->value) {
      bindVar(s->key, key, keyType);
      bindVar(s->value, value, valueType);
      return;
    }
    auto storeKey = prepareStore(s->key);
    auto storeValue = prepareStore(s->value);
    auto conv = [&](const std::string& v, Type* t, Expr* lhs) {
      Expr* l = unparen(lhs);
      return l->type && isInterface(l->type) && !isInterface(t) ? toIface(v, t, l->type) : v;
    };
    std::string vt = freshTemp("v");
    out->line("auto " + vt + " = " + conv(value, valueType, s->value) + ";");
    storeKey(conv(key, keyType, s->key));
    storeValue(vt);
  };
  std::string x = freshTemp("range");
  std::string i = freshTemp("i");
  Type* intT = comp.types.basic(BasicKind::Int);
  if (isInteger(u)) {
    std::string T = cppType(isUntyped(xt) ? intT : xt);
    out->line("auto " + x + " = " + exprAs(s->x, isUntyped(xt) ? intT : xt) + ";");
    out->line("for (" + T + " " + i + " = 0; " + i + " < " + x + "; " + i + "++) {");
    out->indent();
    out->line("{");
    out->indent();
    bindVar(s->key, i, isUntyped(xt) ? intT : xt);
  } else if (isString(u)) {
    out->line("mg::string " + x + " = " + exprAs(s->x, comp.types.basic(BasicKind::String)) + ";");
    std::string next = freshTemp("next");
    out->line("for (int64_t " + i + " = 0, " + next + " = 0; " + i + " < " + x + ".len(); " + i + " = " + next + ") {");
    out->indent();
    std::string rw = freshTemp("rune");
    out->line("auto " + rw + " = mg::decode_rune(" + x + ", " + i + ");");
    out->line(next + " = " + i + " + " + rw + ".second;");
    out->line("{");
    out->indent();
    bindVars(i, intT, rw + ".first", comp.types.basic(BasicKind::Int32));
  } else if (Array* a = arrayOrPointee(u); a && !hasValueVar(s)) {
    // Only the index is used: the loop runs len(array) times, x is evaluated only for its
    // calls and receives (spec: not at all when len(x) is constant) and never dereferenced.
    if (containsCallOrRecv(s->x))
      out->line("(void)(" + expr(s->x) + ");");
    out->line("for (int64_t " + i + " = 0; " + i + " < " + std::to_string(a->len) + "; " + i +
              "++) {");
    out->indent();
    out->line("{");
    out->indent();
    bindVar(s->key, i, intT);
  } else if (isa<Slice>(u) || isa<Array>(u) || isa<Pointer>(u)) {
    Type* elem;
    std::string src = expr(s->x);
    if (auto* p = dyn_cast<Pointer>(u)) {
      auto* a = cast<Array>(underlying(p->elem));
      elem = a->elem;
      out->line("auto* " + x + " = &mg::deref(" + src + ");");
      x = "(*" + x + ")";
    } else {
      elem = isa<Slice>(u) ? cast<Slice>(u)->elem : cast<Array>(u)->elem;
      // Ranging over an array copies it (when the value is used); a slice is a view.
      out->line("auto " + x + " = " + src + ";");
    }
    std::string n = freshTemp("n");
    out->line("int64_t " + n + " = " + x + ".len();");
    out->line("for (int64_t " + i + " = 0; " + i + " < " + n + "; " + i + "++) {");
    out->indent();
    out->line("{");
    out->indent();
    bindVars(i, intT, x + "[" + i + "]", elem);
  } else if (auto* m = dyn_cast<Map>(u)) {
    out->line("for (auto " + i + " = " + expr(s->x) + ".iterate(); " + i + ".next();) {");
    out->indent();
    out->line("{");
    out->indent();
    bindVars(i + ".key()", m->key, i + ".value()", m->elem);
  } else if (auto* c = dyn_cast<Chan>(u)) {
    out->line("auto " + x + " = " + expr(s->x) + ";");
    out->line("for (;;) {");
    out->indent();
    std::string r = freshTemp("recv");
    out->line("auto " + r + " = " + x + ".recv_ok();");
    out->line("if (!std::get<1>(" + r + ")) break;");
    out->line("{");
    out->indent();
    bindVar(s->key, "std::get<0>(" + r + ")", c->elem);
  } else {
    unsupported(s->pos, "range over this type");
    out->line("{");
    out->line("{");
  }
  std::string cont = "mg_continue_" + std::to_string(++tempCounter);
  std::string brk = "mg_break_" + std::to_string(tempCounter);
  continueLabels[s] = cont;
  breakLabels[s] = brk;
  out->line("{");
  out->indent();
  block(s->body->stmts);
  out->dedent();
  out->line("}");
  out->dedent();
  out->line("}");
  if (usedContinueLabels.count(s))
    out->line(cont + ":;");
  out->dedent();
  out->line("}");
  out->dedent();
  out->line("}");
  breakLabel(*this, s);
}

void Emitter::switchStmt(SwitchStmt* s, const std::string& label) {
  (void)label;
  std::string id = std::to_string(++tempCounter);
  std::string end = "mg_break_" + id;
  breakLabels[s] = end;
  out->line("{");
  out->indent();
  simpleStmt(s->init);
  out->at(s->pos.line);
  std::string tag;
  Type* tagT = nullptr;
  if (s->tag) {
    tagT = isUntyped(s->tag->type) ? defaultType(comp.types, s->tag->type) : s->tag->type;
    tag = "mg_tag" + id;
    out->line("auto " + tag + " = " + exprAs(s->tag, tagT) + ";");
  }
  int defaultIdx = -1;
  for (size_t ci = 0; ci < s->clauses.size(); ci++) {
    CaseClause* c = s->clauses[ci];
    if (c->isDefault) {
      defaultIdx = static_cast<int>(ci);
      continue;
    }
    std::string cond;
    for (Expr* e : c->list) {
      std::string one;
      if (!tagT && !isInterface(e->type)) {
        one = "(" + expr(e) + ")";
      } else if (isNilExpr(e)) {
        one = nilTest(tag, tagT);
      } else {
        // A missing tag is true; an interface on one side only boxes the other side.
        std::string t = tagT ? tag : "true";
        Type* tt = tagT ? tagT : comp.types.basic(BasicKind::Bool);
        if (isInterface(e->type) && !isInterface(tt))
          one = "(" + toIface(t, tt, e->type) + " == " + expr(e) + ")";
        else
          one = "(" + t + " == " + exprAs(e, tt) + ")";
      }
      cond += (cond.empty() ? "" : " || ") + one;
    }
    out->at(c->pos.line);
    out->line("if (" + cond + ") goto mg_case_" + id + "_" + std::to_string(ci) + ";");
  }
  if (defaultIdx >= 0)
    out->line("goto mg_case_" + id + "_" + std::to_string(defaultIdx) + ";");
  else
    out->line("goto " + end + ";");
  usedBreakLabels.insert(s);
  for (size_t ci = 0; ci < s->clauses.size(); ci++) {
    CaseClause* c = s->clauses[ci];
    out->line("mg_case_" + id + "_" + std::to_string(ci) + ":;");
    out->line("{");
    out->indent();
    block(c->body);
    out->dedent();
    out->line("}");
    bool falls = !c->body.empty() && isa<BranchStmt>(c->body.back()) &&
                 cast<BranchStmt>(c->body.back())->branch == BranchKind::Fallthrough;
    if (!falls)
      out->line("goto " + end + ";");
  }
  out->dedent();
  out->line("}");
  out->line(end + ":;");
}

void Emitter::typeSwitchStmt(TypeSwitchStmt* s, const std::string& label) {
  (void)label;
  std::string id = std::to_string(++tempCounter);
  std::string end = "mg_break_" + id;
  breakLabels[s] = end;
  out->line("{");
  out->indent();
  simpleStmt(s->init);
  std::string x = "mg_x" + id;
  out->line("mg::iface " + x + " = " + expr(s->x) + ";");
  bool first = true;
  CaseClause* def = nullptr;
  auto clauseBody = [&](CaseClause* c) {
    out->indent();
    if (c->implicitObj) {
      auto* v = cast<Var>(c->implicitObj);
      std::string init;
      if (c->list.size() == 1 && !isInterface(v->type) && !(isa<Ident>(c->list[0]) && cast<Ident>(c->list[0])->name == "nil"))
        init = x + ".as<" + cppType(v->type) + ">()";
      else if (isInterface(v->type) && c->list.size() == 1 && !identical(v->type, s->x->type) &&
               !cast<Interface>(underlying(v->type))->allMethods.empty())
        init = "mg::convert_iface(" + x + ", " + ifaceInfo(v->type) + ")";
      else
        init = x;
      declareLocal(v, init);
    }
    block(c->body);
    out->dedent();
  };
  for (CaseClause* c : s->clauses) {
    if (c->isDefault) {
      def = c;
      continue;
    }
    std::string cond;
    for (Expr* e : c->list) {
      std::string one;
      if (auto* nid = dyn_cast<Ident>(e); nid && nid->name == "nil" && nid->obj && isa<Nil>(nid->obj))
        one = x + ".is_nil()";
      else if (isInterface(e->type))
        one = "mg::implements(" + x + ".type, " + ifaceInfo(e->type) + ")";
      else
        one = "mg::same_type(" + x + ".type, " + typeInfo(e->type) + ")";
      cond += (cond.empty() ? "" : " || ") + one;
    }
    out->at(c->pos.line);
    out->line(std::string(first ? "if (" : "} else if (") + cond + ") {");
    first = false;
    clauseBody(c);
  }
  if (def) {
    out->line(first ? "{" : "} else {");
    clauseBody(def);
    first = false;
  }
  if (!first)
    out->line("}");
  out->dedent();
  out->line("}");
  if (usedBreakLabels.count(s))
    out->line(end + ":;");
}

void Emitter::selectStmt(SelectStmt* s, const std::string& label) {
  (void)label;
  std::string id = std::to_string(++tempCounter);
  std::string end = "mg_break_" + id;
  breakLabels[s] = end;
  out->line("{");
  out->indent();
  int n = 0;
  bool hasDefault = false;
  std::vector<std::string> caseExprs;
  struct RecvInfo {
    std::string value, ok;
  };
  std::vector<RecvInfo> recv(s->clauses.size());
  std::vector<int> indexOf(s->clauses.size(), -1);
  for (size_t ci = 0; ci < s->clauses.size(); ci++) {
    CommClause* c = s->clauses[ci];
    if (!c->comm) {
      hasDefault = true;
      continue;
    }
    indexOf[ci] = n++;
    if (auto* ss = dyn_cast<SendStmt>(c->comm)) {
      auto* ch = cast<Chan>(underlying(ss->chan->type));
      std::string chv = freshTemp("ch");
      out->line("auto " + chv + " = " + expr(ss->chan) + ";");
      caseExprs.push_back("mg::select_send(" + chv + ", " +
                          castTo(ch->elem, exprAs(ss->value, ch->elem)) + ")");
      continue;
    }
    Expr* rx = nullptr;
    if (auto* es = dyn_cast<ExprStmt>(c->comm))
      rx = unparen(es->x);
    else
      rx = unparen(cast<AssignStmt>(c->comm)->rhs[0]);
    auto* u = cast<UnaryExpr>(rx);
    auto* ch = cast<Chan>(underlying(u->x->type));
    std::string val = freshTemp("v"), ok = freshTemp("ok");
    out->line(cppType(ch->elem) + " " + val + "{};");
    out->line("bool " + ok + " = false;");
    recv[ci] = {val, ok};
    caseExprs.push_back("mg::select_recv(" + expr(u->x) + ", &" + val + ", &" + ok + ")");
  }
  std::string cases = "mg_cases" + id;
  out->at(s->pos.line);
  if (n > 0) {
    std::string list;
    for (size_t i = 0; i < caseExprs.size(); i++)
      list += (i ? ", " : "") + caseExprs[i];
    out->line("mg::select_case " + cases + "[] = {" + list + "};");
    out->line("switch (mg::select(" + cases + ", " + std::to_string(n) + ", " + (hasDefault ? "true" : "false") + ")) {");
  } else {
    out->line("switch (mg::select(nullptr, 0, " + std::string(hasDefault ? "true" : "false") + ")) {");
  }
  for (size_t ci = 0; ci < s->clauses.size(); ci++) {
    CommClause* c = s->clauses[ci];
    out->line(indexOf[ci] < 0 ? "default: {" : "case " + std::to_string(indexOf[ci]) + ": {");
    out->indent();
    if (auto* as = dyn_cast_or_null<AssignStmt>(c->comm)) {
      std::vector<std::string> vals = {recv[ci].value, recv[ci].ok};
      for (size_t i = 0; i < as->lhs.size(); i++) {
        Expr* l = unparen(as->lhs[i]);
        auto* lid = dyn_cast<Ident>(l);
        if (lid && lid->name == "_")
          continue;
        if (as->assign == AssignOp::Define)
          declareLocal(cast<Var>(lid->obj), vals[i]);
        else
          out->line(lvalue(l) + " = " + vals[i] + ";");
      }
    }
    block(c->body);
    out->line("break;");
    out->dedent();
    out->line("}");
  }
  out->line("}");
  out->dedent();
  out->line("}");
  if (usedBreakLabels.count(s))
    out->line(end + ":;");
}

void Emitter::branch(BranchStmt* s) {
  switch (s->branch) {
  case BranchKind::Break:
    if (s->target) {
      usedBreakLabels.insert(s->target);
      auto it = breakLabels.find(s->target);
      if (it != breakLabels.end()) {
        out->line("goto " + it->second + ";");
        return;
      }
      // The label is assigned when the loop body is emitted: reserve it now.
      out->line("goto mg_break_" + std::to_string(tempCounter) + ";");
      return;
    }
    break;
  case BranchKind::Continue:
    if (s->target) {
      usedContinueLabels.insert(s->target);
      out->line("goto " + continueLabels[s->target] + ";");
      return;
    }
    break;
  case BranchKind::Fallthrough:
    return; // the next clause follows directly
  case BranchKind::Goto:
    out->line("goto mg_label_" + s->label->name + ";");
    return;
  }
  unsupported(s->pos, "this branch statement");
}

// Go evaluates the function value's arguments at the go or defer statement, in the calling
// goroutine; the call itself happens later. Non-constant arguments are copied into
// temporaries now, and the lambda captures the temporaries.
static std::string deferredCall(Emitter& em, CallExpr* c) {
  std::vector<Expr*> saved = c->args;
  bool spread = c->args.size() == 1 && c->args[0]->type && isa<Tuple>(c->args[0]->type);
  if (!spread) {
    for (size_t i = 0; i < c->args.size(); i++) {
      Expr* a = c->args[i];
      if (a->mode == ExprMode::Constant || a->mode == ExprMode::TypeExpr || !a->type ||
          isBasic(a->type, BasicKind::UntypedNil))
        continue;
      Type* t = isUntyped(a->type) ? defaultType(em.comp.types, a->type) : a->type;
      std::string tmp = em.freshTemp("arg");
      em.out->line("auto " + tmp + " = " + em.exprAs(a, t) + ";");
      auto* v = em.comp.objects.make<Var>(tmp, a->pos, t);
      em.names[v] = tmp;
      auto* id = em.comp.ast.make<Ident>(a->pos, tmp);
      id->obj = v;
      id->type = t;
      id->mode = ExprMode::Variable;
      c->args[i] = id;
    }
  }
  // The receiver of a method call is evaluated now too: `defer mu.Unlock()` unlocks this mu
  // (its address is taken now), `defer v.Show()` shows v as it is now.
  SelectorExpr* msel = nullptr;
  Expr* savedRecv = nullptr;
  if (auto* sel = dyn_cast<SelectorExpr>(unparen(c->fun));
      sel && sel->sel->obj && isa<Func>(sel->sel->obj) && sel->x->mode != ExprMode::TypeExpr &&
      sel->x->mode != ExprMode::Package && sel->x->type) {
    auto* m = cast<Func>(sel->sel->obj);
    Type* xt = sel->x->type;
    Named* sn = stdNamed(xt);
    bool byAddress = (m->pointerReceiver || (sn && em.stdHasMemberMethods(sn) && !isInterface(xt))) &&
                     !isa<Pointer>(underlying(xt)) && !isInterface(xt) &&
                     sel->x->mode == ExprMode::Variable;
    std::string tmp = em.freshTemp("recv");
    Type* tmpType = byAddress ? em.comp.types.make<Pointer>(xt) : xt;
    em.out->line("auto " + tmp + " = " + (byAddress ? em.addressOf(sel->x) : em.expr(sel->x)) + ";");
    auto* v = em.comp.objects.make<Var>(tmp, sel->x->pos, tmpType);
    em.names[v] = tmp;
    auto* id = em.comp.ast.make<Ident>(sel->x->pos, tmp);
    id->obj = v;
    id->type = tmpType;
    id->mode = ExprMode::Variable;
    Expr* recv = id;
    if (byAddress) {
      auto* star = em.comp.ast.make<StarExpr>(sel->x->pos, id);
      star->type = xt;
      star->mode = ExprMode::Variable;
      recv = star;
    }
    msel = sel;
    savedRecv = sel->x;
    sel->x = recv;
  }
  std::string text = em.call(c);
  c->args = saved;
  if (msel)
    msel->x = savedRecv;
  return text;
}

void Emitter::goStmt(GoStmt* s) {
  auto* c = cast<CallExpr>(unparen(s->call));
  out->line("{");
  out->indent();
  std::string callText = deferredCall(*this, c);
  out->line("mg::go([=]() mutable { " + callText + "; });");
  out->dedent();
  out->line("}");
}

// Whether the target of a deferred call may call recover() itself: it must then be armed to
// recover (mg::arm_recover). Function values not known here are armed too.
static bool deferredMayRecover(Compilation& comp, CallExpr* c) {
  Expr* f = unparen(c->fun);
  if (auto* lit = dyn_cast<FuncLit>(f))
    return comp.recoverBodies.count(lit->body) > 0;
  Object* o = nullptr;
  if (auto* id = dyn_cast<Ident>(f))
    o = id->obj;
  else if (auto* sel = dyn_cast<SelectorExpr>(f)) {
    if (sel->x->type && isInterface(sel->x->type))
      return true; // the dynamic method is the deferred function
    o = sel->sel->obj;
  }
  if (auto* fn = dyn_cast_or_null<Func>(o); fn && fn->decl)
    return comp.recoverBodies.count(fn->decl->body) > 0;
  if (o && (isa<Func>(o) || isa<Builtin>(o)))
    return false; // library functions, interface methods, builtins
  return true;
}

void Emitter::deferStmt(DeferStmt* s) {
  auto* c = cast<CallExpr>(unparen(s->call));
  out->line("{");
  out->indent();
  // `defer recover()`: recover is then the deferred function, not called by one; it returns
  // nil and stops nothing.
  bool savedDirect = fn->directRecover;
  fn->directRecover = false;
  std::string callText = deferredCall(*this, c);
  fn->directRecover = savedDirect;
  std::string arm = deferredMayRecover(comp, c) ? "mg::arm_recover(); " : "";
  out->line("mg_defer.push([=]() mutable { " + arm + callText + "; });");
  out->dedent();
  out->line("}");
}

} // namespace minigo
