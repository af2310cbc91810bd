// This file implements the checking of statements and function bodies: scopes and unused
// variables, assignments and short variable declarations, control flow (if, for, range,
// switch, type switch, select), branches and labels, go and defer, returns and Go's
// terminating-statement rule for "missing return".
#include "frontend/checker.h"

#include <llvm/Support/Casting.h>

namespace minigo {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;
using llvm::isa_and_nonnull;

void Checker::openScope(const char* what) { scope = objects.newScope(scope, what); }

void Checker::closeScope() {
  reportUnused(scope);
  scope = scope->parent;
}

void Checker::reportUnused(Scope* s) {
  for (Object* o : s->ordered())
    if (auto* v = dyn_cast<Var>(o))
      if (!v->used && !v->isParam && !v->isGlobal && v->name != "_")
        error(v->pos, "declared and not used: " + v->name);
}

void Checker::funcBody(Signature* sig, BlockStmt* body, Scope* s) {
  (void)sig;
  Scope* saved = scope;
  scope = s;
  auto savedEnclosing = std::move(enclosing);
  enclosing.clear();
  // Labels are function-scoped: collect them first so that forward gotos resolve.
  stmtList(body->stmts);
  resolveGotos();
  if (sig->results->size() > 0 && !isTerminatingList(body->stmts))
    error(body->rbrace, "missing return");
  for (auto& [name, ls] : fn->labels)
    if (!ls->label->obj || !ls->label->obj->used)
      error(ls->label->pos, "label " + name + " defined and not used");
  reportUnused(s);
  enclosing = std::move(savedEnclosing);
  scope = saved;
}

void Checker::stmtList(const std::vector<Stmt*>& list) {
  blocks.push_back({&list, 0});
  for (size_t i = 0; i < list.size(); i++) {
    blocks.back().index = i;
    stmt(list[i]);
  }
  blocks.pop_back();
}

// Whether s declares variables in the block it appears in (what a goto must not jump over).
static Pos varDeclIn(Stmt* s) {
  if (auto* as = dyn_cast<AssignStmt>(s); as && as->assign == AssignOp::Define)
    return as->lhs.empty() ? as->pos : as->lhs[0]->pos;
  if (auto* ds = dyn_cast<DeclStmt>(s))
    for (Decl* d : ds->decls)
      if (auto* vd = dyn_cast<VarDecl>(d))
        return vd->names.empty() ? vd->pos : vd->names[0]->pos;
  if (auto* ls = dyn_cast<LabeledStmt>(s))
    return varDeclIn(ls->stmt);
  return Pos{};
}

// Go's goto rules: the label exists in the function, the goto is not outside a block that
// contains the label, and a forward jump skips no variable declaration of the label's block.
void Checker::resolveGotos() {
  for (auto& [g, from] : fn->gotos) {
    const std::string& name = g->label->name;
    auto it = fn->labels.find(name);
    if (it == fn->labels.end()) {
      error(g->label->pos, "label " + name + " not defined");
      continue;
    }
    LabeledStmt* ls = it->second;
    if (ls->label->obj)
      ls->label->obj->used = true;
    g->target = ls;
    const std::vector<BlockPos>& to = fn->labelBlocks[ls];
    size_t k = to.size() - 1; // the label's block
    bool enclosing = to.size() <= from.size();
    for (size_t i = 0; enclosing && i <= k; i++)
      if (to[i].list != from[i].list || (i < k && to[i].index != from[i].index))
        enclosing = false;
    if (!enclosing) {
      error(g->label->pos, "goto " + name + " jumps into block");
      continue;
    }
    for (size_t j = from[k].index + 1; j < to[k].index; j++) {
      Pos p = varDeclIn((*to[k].list)[j]);
      if (p.line) {
        error(g->label->pos, "goto " + name + " jumps over variable declaration at line " +
                                 std::to_string(p.line));
        break;
      }
    }
  }
}

void Checker::simpleStmt(Stmt* s) {
  if (s)
    stmt(s);
}

void Checker::stmt(Stmt* s) {
  switch (s->kind()) {
  case Node::BadStmtKind:
  case Node::EmptyStmtKind:
    return;
  case Node::ExprStmtKind: {
    auto* es = cast<ExprStmt>(s);
    Expr* x = es->x;
    rawExpr(x, nullptr);
    if (!isValid(x))
      return;
    Expr* inner = x;
    while (auto* p = dyn_cast<ParenExpr>(inner))
      inner = p->x;
    bool isCall = isa<CallExpr>(inner);
    bool isRecv = isa<UnaryExpr>(inner) && cast<UnaryExpr>(inner)->op == Op::Recv;
    if (isCall) {
      auto* c = cast<CallExpr>(inner);
      // Calls of some built-ins and conversions may not stand alone.
      if (c->fun->mode == ExprMode::TypeExpr) {
        error(startPos(x), exprString(x) + " (" + std::string(modeString(x->mode)) + " of type " +
                          typeString(x->type) + ") is not used");
      } else if (c->fun->mode == ExprMode::Builtin) {
        auto* id = dyn_cast<Ident>(c->fun);
        std::string n = id ? id->name : "";
        if (n == "len" || n == "cap" || n == "append" || n == "make" || n == "new" ||
            n == "min" || n == "max" || n == "complex" || n == "real" || n == "imag")
          error(startPos(x), exprString(x) + " (" + std::string(modeString(x->mode)) + " of type " +
                            typeString(x->type) + ") is not used");
      }
      return;
    }
    if (isRecv)
      return;
    if (x->mode == ExprMode::TypeExpr) {
      error(startPos(x), exprString(x) + " (type) is not an expression");
      return;
    }
    error(startPos(x), describe(x) + " is not used");
    return;
  }
  case Node::SendStmtKind: {
    auto* ss = cast<SendStmt>(s);
    expr(ss->chan);
    if (!isValid(ss->chan)) {
      expr(ss->value);
      return;
    }
    auto* ch = dyn_cast<Chan>(underlying(ss->chan->type));
    if (!ch) {
      expr(ss->value);
      error(startPos(ss->chan), "invalid operation: cannot send to non-channel " + describe(ss->chan));
      return;
    }
    if (ch->dir == ChanDirection::RecvOnly) {
      expr(ss->value);
      error(startPos(ss->chan), "invalid operation: cannot send to receive-only channel " + describe(ss->chan));
      return;
    }
    expr(ss->value, ch->elem);
    if (isValid(ss->value))
      assignment(ss->value, ch->elem, "send");
    return;
  }
  case Node::IncDecStmtKind:
    incDec(cast<IncDecStmt>(s));
    return;
  case Node::AssignStmtKind: {
    auto* as = cast<AssignStmt>(s);
    if (as->assign == AssignOp::Define)
      shortVarDecl(as);
    else
      assignStmt(as);
    return;
  }
  case Node::DeclStmtKind:
    for (Decl* d : cast<DeclStmt>(s)->decls) {
      if (auto* cd = dyn_cast<ConstDecl>(d))
        checkConstDecl(cd, scope, true);
      else if (auto* vd = dyn_cast<VarDecl>(d))
        checkVarDecl(vd, scope, true);
      else if (auto* td = dyn_cast<TypeDecl>(d))
        checkTypeDecl(td, scope, true);
    }
    return;
  case Node::GoStmtKind:
    goDeferStmt(s, cast<GoStmt>(s)->call, "go");
    return;
  case Node::DeferStmtKind:
    goDeferStmt(s, cast<DeferStmt>(s)->call, "defer");
    return;
  case Node::ReturnStmtKind:
    returnStmt(cast<ReturnStmt>(s));
    return;
  case Node::BranchStmtKind:
    branchStmt(cast<BranchStmt>(s));
    return;
  case Node::BlockStmtKind:
    openScope("block");
    stmtList(cast<BlockStmt>(s)->stmts);
    closeScope();
    return;
  case Node::IfStmtKind:
    ifStmt(cast<IfStmt>(s));
    return;
  case Node::SwitchStmtKind:
    switchStmt(cast<SwitchStmt>(s));
    return;
  case Node::TypeSwitchStmtKind:
    typeSwitchStmt(cast<TypeSwitchStmt>(s));
    return;
  case Node::SelectStmtKind:
    selectStmt(cast<SelectStmt>(s));
    return;
  case Node::ForStmtKind:
    forStmt(cast<ForStmt>(s));
    return;
  case Node::RangeStmtKind:
    rangeStmt(cast<RangeStmt>(s));
    return;
  case Node::LabeledStmtKind:
    labeledStmt(cast<LabeledStmt>(s));
    return;
  case Node::CaseClauseKind:
  case Node::CommClauseKind:
    return;
  default:
    return;
  }
}

// Resolves an assignment's left-hand side without counting it as a use of the variable.
// A variable that an assignment operation or x++ also reads counts as used, as in types2.
void Checker::markUsed(Expr* x) {
  while (auto* p = dyn_cast<ParenExpr>(x))
    x = p->x;
  if (auto* id = dyn_cast<Ident>(x))
    if (auto* v = dyn_cast_or_null<Var>(id->obj))
      v->used = true;
}

Type* Checker::checkLhs(Expr* lhs) {
  Expr* inner = lhs;
  while (auto* p = dyn_cast<ParenExpr>(inner))
    inner = p->x;
  if (auto* id = dyn_cast<Ident>(inner)) {
    if (id->name == "_") {
      id->mode = ExprMode::Variable;
      id->type = nullptr;
      return nullptr;
    }
    Object* o = scope->lookup(id->name);
    if (auto* v = dyn_cast_or_null<Var>(o)) {
      bool wasUsed = v->used;
      expr(lhs);
      v->used = wasUsed;
      return isValid(lhs) ? lhs->type : nullptr;
    }
  }
  expr(lhs);
  if (!isValid(lhs))
    return nullptr;
  if (lhs->mode == ExprMode::Variable || lhs->mode == ExprMode::MapIndex)
    return lhs->type;
  if (auto* sel = dyn_cast<SelectorExpr>(inner);
      sel && sel->x->type && isValid(sel->x) && isa<MapType>(sel->x) == false) {
    if (auto* ix = dyn_cast<IndexExpr>(sel->x); ix && ix->x->type && isa<Map>(underlying(ix->x->type))) {
      error(startPos(lhs), "cannot assign to struct field " + exprString(lhs) + " in map");
      return nullptr;
    }
  }
  if (lhs->mode == ExprMode::Constant || lhs->mode == ExprMode::Value ||
      lhs->mode == ExprMode::CommaOk) {
    if (isString(lhs->type) && isa<IndexExpr>(inner))
      error(startPos(lhs), "cannot assign to " + exprString(lhs) + " (neither addressable nor a map index expression)");
    else
      error(startPos(lhs), "cannot assign to " + exprString(lhs) + " (neither addressable nor a map index expression)");
  } else {
    error(startPos(lhs), "cannot assign to " + describe(lhs));
  }
  return nullptr;
}

void Checker::assignVar(Expr* lhs, Expr* rhs, Type* rhsType) {
  (void)rhsType;
  Type* t = checkLhs(lhs);
  if (!rhs)
    return;
  if (!t) {
    // Assignment to _ : the value gets its default type.
    singleAssign = true;
    expr(rhs);
    singleAssign = false;
    if (isValid(rhs)) {
      if (isBasic(rhs->type, BasicKind::UntypedNil))
        error(rhs->pos, "use of untyped nil in assignment");
      else if (isUntyped(rhs->type))
        convertUntyped(rhs, defaultType(types, rhs->type));
    }
    return;
  }
  singleAssign = true;
  expr(rhs, t);
  singleAssign = false;
  if (isValid(rhs))
    assignment(rhs, t, "assignment");
}

void Checker::assignStmt(AssignStmt* s) {
  if (s->assign == AssignOp::OpAssign) {
    // x op= y is x = x op y with x evaluated once.
    if (s->lhs.size() != 1 || s->rhs.size() != 1) {
      error(s->pos, "assignment operation " + std::string(opSpelling(s->op)) + "= requires single-valued expressions");
      return;
    }
    Type* t = checkLhs(s->lhs[0]);
    markUsed(s->lhs[0]); // x op= y reads x
    expr(s->rhs[0], t);
    if (!t || !isValid(s->rhs[0]))
      return;
    BinaryExpr tmp(s->pos, s->op, s->lhs[0], s->rhs[0]);
    // Reuse the binary operator rules on already-checked operands.
    Expr* x = s->lhs[0];
    Expr* y = s->rhs[0];
    if (s->op == Op::Shl || s->op == Op::Shr) {
      if (!isInteger(t)) {
        error(x->pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
        return;
      }
      checkShiftCount(y);
      return;
    }
    bool matched = matchUntyped(x, y);
    if (!isValid(x) || !isValid(y))
      return;
    if (!matched || !identical(t, y->type)) {
      error(startPos(x), "invalid operation: " + exprString(x) + " " + opSpelling(s->op) + "= " +
                        exprString(y) + " (mismatched types " + typeString(t) + " and " +
                        typeString(y->type) + ")");
      return;
    }
    bool ok = false;
    switch (s->op) {
    case Op::Add: ok = isNumeric(t) || isString(t); break;
    case Op::Sub:
    case Op::Mul:
    case Op::Div: ok = isNumeric(t); break;
    default: ok = isInteger(t); break;
    }
    if (!ok) {
      error(s->pos, "invalid operation: operator " + std::string(opSpelling(s->op)) +
                        " not defined on " + describe(x));
      return;
    }
    if ((s->op == Op::Div || s->op == Op::Rem) && y->mode == ExprMode::Constant && isInteger(t) &&
        y->constant->kind == Constant::Int && y->constant->intVal.isZero())
      error(y->pos, "invalid operation: division by zero");
    return;
  }
  size_t nl = s->lhs.size(), nr = s->rhs.size();
  if (nl == nr) {
    if (nl == 1) {
      assignVar(s->lhs[0], s->rhs[0], nullptr);
      return;
    }
    // Parallel assignment: check all left sides, then the right sides.
    std::vector<Type*> lt;
    for (Expr* l : s->lhs)
      lt.push_back(checkLhs(l));
    for (size_t i = 0; i < nr; i++) {
      expr(s->rhs[i], lt[i]);
      if (!isValid(s->rhs[i]))
        continue;
      if (lt[i])
        assignment(s->rhs[i], lt[i], "assignment");
      else if (isUntyped(s->rhs[i]->type) && !isBasic(s->rhs[i]->type, BasicKind::UntypedNil))
        convertUntyped(s->rhs[i], defaultType(types, s->rhs[i]->type));
    }
    return;
  }
  if (nr == 1) {
    Expr* r = s->rhs[0];
    std::vector<Type*> lt;
    for (Expr* l : s->lhs)
      lt.push_back(checkLhs(l));
    multiExpr(r);
    if (!isValid(r))
      return;
    if (auto* tup = dyn_cast_or_null<Tuple>(r->type)) {
      if (tup->size() != nl) {
        error(startPos(s->rhs[0]), "assignment mismatch: " + std::to_string(nl) + " variables but " +
                                  exprString(r) + " returns " + std::to_string(tup->size()) +
                                  (tup->size() == 1 ? " value" : " values"));
        return;
      }
      for (size_t i = 0; i < nl; i++)
        if (lt[i] && !assignableType(tup->at(i), lt[i]))
          error(r->pos, "cannot use " + exprString(r) + " (value of type " + typeString(tup->at(i)) +
                            ") as " + typeString(lt[i]) + " value in assignment");
      return;
    }
    if (nl == 2 && (r->mode == ExprMode::CommaOk || r->mode == ExprMode::MapIndex)) {
      if (lt[0])
        assignment(r, lt[0], "assignment");
      else if (isUntyped(r->type))
        convertUntyped(r, defaultType(types, r->type));
      if (lt[1] && !isBoolean(lt[1]))
        error(s->lhs[1]->pos, "cannot use " + exprString(r) + " (untyped bool value) as " +
                                  typeString(lt[1]) + " value in assignment");
      r->mode = ExprMode::CommaOk;
      return;
    }
  }
  for (Expr* r : s->rhs)
    if (!isValid(r))
      expr(r);
  if (nr == 1 && isa<CallExpr>(s->rhs[0]))
    error(startPos(s->rhs[0]), "assignment mismatch: " + std::to_string(nl) + " variables but " +
                              exprString(s->rhs[0]) + " returns 1 value");
  else
    error(startPos(s->rhs[0]), "assignment mismatch: " + std::to_string(nl) +
                              (nl == 1 ? " variable but " : " variables but ") + std::to_string(nr) +
                              (nr == 1 ? " value" : " values"));
}

void Checker::shortVarDecl(AssignStmt* s) {
  // Which names are new? At least one must be.
  std::vector<Var*> newVars;
  std::vector<Var*> lhsVars(s->lhs.size(), nullptr);
  std::vector<bool> isNew(s->lhs.size(), false);
  bool anyNew = false;
  bool bad = false;
  std::set<std::string> seen;
  for (size_t i = 0; i < s->lhs.size(); i++) {
    auto* id = dyn_cast<Ident>(s->lhs[i]);
    if (!id) {
      rawExpr(s->lhs[i], nullptr); // as types2's useLHS: the names in it count as used
      error(s->lhs[i]->pos, "non-name " + exprString(s->lhs[i]) + " on left side of :=");
      bad = true;
      continue;
    }
    if (id->name != "_" && !seen.insert(id->name).second) {
      error(id->pos, id->name + " repeated on left side of :=");
      bad = true;
      continue;
    }
    if (id->name == "_") {
      isNew[i] = true; // a blank is a fresh anonymous variable
      continue;
    }
    Object* prev = scope->lookupLocal(id->name);
    if (auto* v = dyn_cast_or_null<Var>(prev)) {
      lhsVars[i] = v;
      id->obj = v;
      continue;
    }
    if (prev) {
      error(id->pos, "cannot assign to " + id->name);
      bad = true;
      continue;
    }
    auto* v = objects.make<Var>(id->name, id->pos, nullptr);
    v->pkg = pkg;
    lhsVars[i] = v;
    isNew[i] = true;
    anyNew = true;
    id->obj = v;
  }
  if (!anyNew && !bad)
    error(s->pos, "no new variables on left side of :=");
  // Right-hand sides, with existing variables' types as hints.
  size_t nl = s->lhs.size(), nr = s->rhs.size();
  std::vector<Type*> rt(nl, nullptr);
  if (nl == nr) {
    for (size_t i = 0; i < nr; i++) {
      Type* hint = (!isNew[i] && lhsVars[i]) ? lhsVars[i]->type : nullptr;
      singleAssign = nl == 1;
      expr(s->rhs[i], hint);
      singleAssign = false;
      Expr* r = s->rhs[i];
      if (!isValid(r))
        continue;
      if (!isNew[i] && lhsVars[i]) {
        assignment(r, lhsVars[i]->type, "assignment");
        rt[i] = lhsVars[i]->type;
      } else {
        if (isBasic(r->type, BasicKind::UntypedNil)) {
          error(r->pos, "use of untyped nil in assignment");
          continue;
        }
        Type* t = defaultType(types, r->type);
        if (isUntyped(r->type) && !assignment(r, t, "assignment"))
          continue;
        rt[i] = t;
      }
    }
  } else if (nr == 1) {
    Expr* r = s->rhs[0];
    multiExpr(r);
    if (isValid(r)) {
      if (auto* tup = dyn_cast_or_null<Tuple>(r->type)) {
        if (tup->size() != nl)
          error(startPos(s->rhs[0]), "assignment mismatch: " + std::to_string(nl) + " variables but " +
                                    exprString(r) + " returns " + std::to_string(tup->size()) +
                                    (tup->size() == 1 ? " value" : " values"));
        else
          for (size_t i = 0; i < nl; i++) {
            rt[i] = tup->at(i);
            if (!isNew[i] && lhsVars[i] && !assignableType(tup->at(i), lhsVars[i]->type))
              error(r->pos, "cannot use " + exprString(r) + " (value of type " +
                                typeString(tup->at(i)) + ") as " + typeString(lhsVars[i]->type) +
                                " value in assignment");
          }
      } else if (nl == 2 && (r->mode == ExprMode::CommaOk || r->mode == ExprMode::MapIndex)) {
        if (!isNew[0] && lhsVars[0])
          assignment(r, lhsVars[0]->type, "assignment");
        else if (isUntyped(r->type))
          convertUntyped(r, defaultType(types, r->type));
        rt[0] = r->type;
        rt[1] = types.basic(BasicKind::Bool);
        r->mode = ExprMode::CommaOk;
      } else {
        error(startPos(s->rhs[0]), "assignment mismatch: " + std::to_string(nl) + " variables but " +
                                  (isa<CallExpr>(r) ? exprString(r) + " returns 1 value" : std::string("1 value")));
      }
    }
  } else {
    for (Expr* r : s->rhs)
      expr(r);
    error(startPos(s->rhs[0]), "assignment mismatch: " + std::to_string(nl) +
                              (nl == 1 ? " variable but " : " variables but ") + std::to_string(nr) +
                              (nr == 1 ? " value" : " values"));
  }
  for (size_t i = 0; i < nl; i++) {
    if (!isNew[i] || !lhsVars[i])
      continue;
    Var* v = lhsVars[i];
    v->type = rt[i] ? rt[i] : types.basic(BasicKind::Invalid);
    if (isBasic(v->type, BasicKind::Invalid))
      v->used = true; // no follow-on "declared and not used" after an error
    declare(scope, cast<Ident>(s->lhs[i]), v);
    if (fn)
      varOwner[v] = fn;
  }
}

void Checker::incDec(IncDecStmt* s) {
  Type* t = checkLhs(s->x);
  markUsed(s->x); // x++ reads x
  if (!t)
    return;
  if (!isNumeric(t)) {
    error(startPos(s->x), std::string("invalid operation: ") + exprString(s->x) + (s->isInc ? "++" : "--") +
                      " (non-numeric type " + typeString(t) + ")");
  }
}

void Checker::returnStmt(ReturnStmt* s) {
  Signature* sig = fn->sig;
  Tuple* res = sig->results;
  if (s->results.empty()) {
    if (res->size() > 0) {
      bool named = !res->vars[0]->name.empty();
      if (!named) {
        error(s->pos, "not enough return values\n\thave ()\n\twant " + typeString(res));
      } else {
        // A naked return must not be shadowed.
        for (Var* v : res->vars) {
          Object* o = scope->lookup(v->name);
          if (o && o != v && v->name != "_") {
            error(s->pos, "result parameter " + v->name + " not in scope at return");
            break;
          }
        }
      }
    }
    return;
  }
  if (res->size() == 0) {
    for (Expr* e : s->results)
      rawExpr(e, nullptr);
    std::string have = "(";
    for (size_t i = 0; i < s->results.size(); i++) {
      Expr* e = s->results[i];
      if (i)
        have += ", ";
      have += e->type && isUntyped(e->type) && isNumeric(e->type) ? "number" : typeString(e->type);
    }
    error(startPos(s->results[0]), "too many return values\n\thave " + have + ")\n\twant ()");
    return;
  }
  Expr* only = s->results.size() == 1 ? s->results[0] : nullptr;
  while (auto* p = dyn_cast_or_null<ParenExpr>(only))
    only = p->x;
  // A single call may return several values: its count is checked against the results
  // (`return pair()` in a function with one result has too many return values).
  if (s->results.size() == 1 && (res->size() > 1 || isa_and_nonnull<CallExpr>(only))) {
    multiExpr(s->results[0]);
    Expr* e = s->results[0];
    if (!isValid(e))
      return;
    if (res->size() == 1 && !isa<Tuple>(e->type)) {
      assignment(e, res->at(0), "return statement");
      return;
    }
    if (auto* tup = dyn_cast_or_null<Tuple>(e->type)) {
      if (tup->size() != res->size()) {
        error(startPos(e), std::string(tup->size() < res->size() ? "not enough" : "too many") +
                          " return values\n\thave " + typeString(tup) + "\n\twant " + typeString(res));
        return;
      }
      for (size_t i = 0; i < tup->size(); i++)
        if (!assignableType(tup->at(i), res->at(i)))
          error(e->pos, "cannot use " + exprString(e) + " (value of type " + typeString(tup) +
                            ") as " + typeString(res->at(i)) + " value in return statement");
      return;
    }
  }
  if (s->results.size() != res->size()) {
    for (Expr* e : s->results)
      if (!e->type)
        rawExpr(e, nullptr);
    std::string have = "(";
    for (size_t i = 0; i < s->results.size(); i++) {
      Expr* e = s->results[i];
      if (i)
        have += ", ";
      have += e->mode == ExprMode::Constant && e->type && isUntyped(e->type) && isNumeric(e->type)
                  ? "number"
                  : typeString(e->type);
    }
    have += ")";
    bool fewer = s->results.size() < res->size();
    // As types2: at the first extra value, or at the last one when values are missing.
    error(startPos(fewer ? s->results.back() : s->results[res->size()]),
          std::string(fewer ? "not enough" : "too many") + " return values\n\thave " + have +
              "\n\twant " + typeString(res));
    return;
  }
  for (size_t i = 0; i < s->results.size(); i++) {
    expr(s->results[i], res->at(i));
    if (isValid(s->results[i]))
      assignment(s->results[i], res->at(i), "return statement");
  }
}

void Checker::ifStmt(IfStmt* s) {
  openScope("if");
  simpleStmt(s->init);
  expr(s->cond);
  if (isValid(s->cond) && !isBoolean(s->cond->type))
    error(s->cond->pos, "non-boolean condition in if statement");
  else if (isValid(s->cond) && isUntyped(s->cond->type))
    convertUntyped(s->cond, types.basic(BasicKind::Bool));
  stmt(s->then);
  if (s->elseStmt)
    stmt(s->elseStmt);
  closeScope();
}

void Checker::forStmt(ForStmt* s) {
  openScope("for");
  simpleStmt(s->init);
  if (s->cond) {
    expr(s->cond);
    if (isValid(s->cond) && !isBoolean(s->cond->type))
      error(s->cond->pos, "non-boolean condition in for statement");
    else if (isValid(s->cond) && isUntyped(s->cond->type))
      convertUntyped(s->cond, types.basic(BasicKind::Bool));
  }
  if (s->post) {
    if (auto* as = dyn_cast<AssignStmt>(s->post); as && as->assign == AssignOp::Define)
      error(s->post->pos, "cannot declare in post statement of for loop");
    else
      simpleStmt(s->post);
  }
  enclosing.push_back({s, true, pendingLabel});
  pendingLabel = nullptr;
  stmt(s->body);
  enclosing.pop_back();
  closeScope();
}

void Checker::rangeStmt(RangeStmt* s) {
  openScope("range");
  expr(s->x);
  Type* kt = nullptr;
  Type* vt = nullptr;
  bool ok = isValid(s->x);
  if (ok) {
    Type* u = underlying(s->x->type);
    if (auto* p = dyn_cast<Pointer>(u); p && isa<Array>(underlying(p->elem)))
      u = underlying(p->elem);
    if (isString(u)) {
      if (isUntyped(s->x->type))
        convertUntyped(s->x, types.basic(BasicKind::String));
      kt = types.basic(BasicKind::Int);
      vt = universe->lookupLocal("rune")->type;
    } else if (auto* a = dyn_cast<Array>(u)) {
      kt = types.basic(BasicKind::Int);
      vt = a->elem;
    } else if (auto* sl = dyn_cast<Slice>(u)) {
      kt = types.basic(BasicKind::Int);
      vt = sl->elem;
    } else if (auto* m = dyn_cast<Map>(u)) {
      kt = m->key;
      vt = m->elem;
    } else if (auto* ch = dyn_cast<Chan>(u)) {
      kt = ch->elem;
      if (ch->dir == ChanDirection::SendOnly) {
        error(s->x->pos, "cannot range over " + describe(s->x) +
                             ": receive from send-only channel");
        ok = false;
      }
      if (s->value) {
        error(s->value->pos, "range over " + describe(s->x) + " permits only one iteration variable");
        ok = false;
      }
    } else if (isInteger(u)) {
      if (isUntyped(s->x->type))
        convertUntyped(s->x, types.basic(BasicKind::Int));
      kt = s->x->type;
      if (s->value) {
        error(s->value->pos, "range over " + describe(s->x) + " permits only one iteration variable");
        ok = false;
      }
    } else if (isa<Signature>(u)) {
      unsupported(s->x->pos, "range over function");
      ok = false;
    } else {
      error(s->x->pos, "cannot range over " + describe(s->x));
      ok = false;
    }
  }
  Expr* lhs[2] = {s->key, s->value};
  Type* rhs[2] = {kt, vt};
  if (s->define) {
    std::vector<std::pair<Ident*, Var*>> vars;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i])
        continue;
      auto* id = dyn_cast<Ident>(lhs[i]);
      if (!id) {
        error(lhs[i]->pos, "non-name " + exprString(lhs[i]) + " on left side of :=");
        continue;
      }
      auto* v = objects.make<Var>(id->name, id->pos, ok && rhs[i] ? rhs[i] : types.basic(BasicKind::Invalid));
      v->pkg = pkg;
      if (!ok)
        v->used = true;
      id->obj = v;
      id->type = v->type;
      id->mode = ExprMode::Variable;
      vars.push_back({id, v});
    }
    for (auto& [id, v] : vars) {
      declare(scope, id, v);
      if (fn)
        varOwner[v] = fn;
    }
  } else {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i])
        continue;
      Type* t = checkLhs(lhs[i]);
      if (t && ok && rhs[i] && !assignableType(rhs[i], t))
        error(lhs[i]->pos, "cannot use " + exprString(lhs[i]) + " (value of type " +
                               typeString(rhs[i]) + ") as " + typeString(t) + " value in range");
    }
  }
  enclosing.push_back({s, true, pendingLabel});
  pendingLabel = nullptr;
  stmt(s->body);
  enclosing.pop_back();
  closeScope();
}

// types2's wording for a second default clause in a switch or select statement.
std::string Checker::multipleDefaults(Pos first) const {
  return "multiple defaults (first at " + comp.source->path() + ":" + std::to_string(first.line) +
         ":" + std::to_string(first.col) + ")";
}

void Checker::switchStmt(SwitchStmt* s) {
  openScope("switch");
  simpleStmt(s->init);
  Type* tagType = types.basic(BasicKind::Bool);
  if (s->tag) {
    expr(s->tag);
    if (isValid(s->tag)) {
      if (isUntyped(s->tag->type)) {
        if (isBasic(s->tag->type, BasicKind::UntypedNil)) {
          error(s->tag->pos, "use of untyped nil in switch expression");
          invalidate(s->tag);
        } else {
          convertUntyped(s->tag, defaultType(types, s->tag->type));
        }
      }
      if (isValid(s->tag) && !isComparable(s->tag->type) && !hasNil(s->tag->type)) {
        error(s->tag->pos, "cannot switch on " + describe(s->tag));
        invalidate(s->tag);
      }
      tagType = isValid(s->tag) ? s->tag->type : nullptr;
    } else {
      tagType = nullptr;
    }
  }
  // A missing tag is the constant true of type bool (spec), named so in messages.
  Ident implicitTrue(s->pos, "true");
  Expr* tag = s->tag;
  if (!tag) {
    implicitTrue.type = types.basic(BasicKind::Bool);
    implicitTrue.mode = ExprMode::Constant;
    implicitTrue.constant = constants.makeBool(true);
    tag = &implicitTrue;
  }
  enclosing.push_back({s, false, pendingLabel});
  pendingLabel = nullptr;
  const CaseClause* firstDefault = nullptr;
  std::map<std::string, Pos> seenConsts;
  for (size_t ci = 0; ci < s->clauses.size(); ci++) {
    CaseClause* c = s->clauses[ci];
    if (c->isDefault) {
      if (firstDefault)
        error(c->pos, multipleDefaults(firstDefault->pos));
      else
        firstDefault = c;
    }
    for (Expr* e : c->list) {
      expr(e, tagType);
      if (!isValid(e) || !tagType)
        continue;
      // The case is valid if `e == tag` is a valid comparison, after an untyped e has taken
      // the tag's type (the spec's rule; an interface tag accepts any comparable case
      // implementing it, and a concrete tag any interface case it implements).
      bool enil = isBasic(e->type, BasicKind::UntypedNil);
      if (isUntyped(e->type))
        convertUntyped(e, tagType);
      if (!isValid(e))
        continue;
      std::string cause = comparisonCause(e, tag, Op::Eql, enil, false);
      if (!cause.empty()) {
        error(startPos(e), "invalid case " + exprString(e) + " in switch on " + exprString(tag) +
                               " (" + cause + ")");
        continue;
      }
      // Like types2, only numeric and string constants are checked for duplicates: repeated
      // boolean cases are valid Go.
      if (e->mode == ExprMode::Constant && e->constant && e->constant->kind != Constant::Bool) {
        std::string key = typeString(e->type) + ":" + e->constant->toString();
        auto it = seenConsts.find(key);
        if (it != seenConsts.end())
          error(startPos(e), "duplicate case " + describe(e) + " in expression switch");
        else
          seenConsts[key] = e->pos;
      }
    }
    openScope("case");
    stmtList(c->body);
    // fallthrough must be the last statement and not in the last clause.
    for (size_t i = 0; i < c->body.size(); i++) {
      auto* br = dyn_cast<BranchStmt>(c->body[i]);
      if (!br || br->branch != BranchKind::Fallthrough)
        continue;
      if (i + 1 != c->body.size())
        error(br->pos, "fallthrough statement out of place");
      else if (ci + 1 == s->clauses.size())
        error(br->pos, "cannot fallthrough final case in switch");
      else
        br->target = s;
    }
    closeScope();
  }
  enclosing.pop_back();
  closeScope();
}

void Checker::typeSwitchStmt(TypeSwitchStmt* s) {
  openScope("type switch");
  simpleStmt(s->init);
  expr(s->x);
  Interface* xi = nullptr;
  if (isValid(s->x)) {
    xi = dyn_cast<Interface>(underlying(s->x->type));
    if (!xi)
      error(s->x->pos, exprString(s->x) + " (" + std::string(modeString(s->x->mode)) + " of type " +
                           typeString(s->x->type) + ") is not an interface");
  }
  enclosing.push_back({s, false, pendingLabel});
  pendingLabel = nullptr;
  const CaseClause* firstDefault = nullptr;
  bool bindingUsed = false;
  bool sawNil = false;
  std::vector<Type*> seenTypes;
  std::vector<Var*> clauseVars;
  for (CaseClause* c : s->clauses) {
    if (c->isDefault) {
      if (firstDefault)
        error(c->pos, multipleDefaults(firstDefault->pos));
      else
        firstDefault = c;
    }
    Type* single = nullptr;
    for (Expr* e : c->list) {
      if (auto* id = dyn_cast<Ident>(e); id && id->name == "nil" && isa<Nil>(scope->lookup("nil"))) {
        id->obj = scope->lookup("nil");
        id->mode = ExprMode::Value;
        id->type = types.basic(BasicKind::UntypedNil);
        single = xi ? s->x->type : nullptr;
        if (sawNil)
          error(e->pos, "duplicate case nil in type switch");
        sawNil = true;
        continue;
      }
      Type* t = typExpr(e);
      single = t;
      if (isBasic(t, BasicKind::Invalid) || !xi)
        continue;
      bool dup = false;
      for (Type* seen : seenTypes)
        dup = dup || identical(seen, t);
      if (dup) {
        error(e->pos, "duplicate case " + typeString(t) + " in type switch");
        continue;
      }
      seenTypes.push_back(t);
      if (!isInterface(t)) {
        std::string cause;
        if (!implements(t, xi, &cause)) {
          error(e->pos, "impossible type switch case: " + exprString(e) + "\n\t" + describe(s->x) +
                            " cannot have dynamic type " + typeString(t) + " " + cause);
        }
      }
    }
    openScope("case");
    if (s->binding) {
      Type* vt = (c->list.size() == 1 && single) ? single : (s->x->type ? s->x->type : types.basic(BasicKind::Invalid));
      auto* v = objects.make<Var>(s->binding->name, s->binding->pos, vt);
      v->pkg = pkg;
      c->implicitObj = v;
      scope->insert(v);
      v->parent = scope;
      if (fn)
        varOwner[v] = fn;
      clauseVars.push_back(v);
    }
    stmtList(c->body);
    if (s->binding && c->implicitObj) {
      if (c->implicitObj->used)
        bindingUsed = true;
      c->implicitObj->used = true; // reported once below, not per clause
    }
    for (Stmt* st : c->body)
      if (auto* br = dyn_cast<BranchStmt>(st); br && br->branch == BranchKind::Fallthrough)
        error(br->pos, "cannot fallthrough in type switch");
    closeScope();
  }
  if (s->binding && !bindingUsed && s->binding->name != "_")
    error(s->binding->pos, "declared and not used: " + s->binding->name);
  enclosing.pop_back();
  closeScope();
}

void Checker::selectStmt(SelectStmt* s) {
  enclosing.push_back({s, false, pendingLabel});
  pendingLabel = nullptr;
  const CommClause* firstDefault = nullptr;
  for (CommClause* c : s->clauses) {
    openScope("select case");
    if (!c->comm) {
      if (firstDefault)
        error(c->pos, multipleDefaults(firstDefault->pos));
      else
        firstDefault = c;
    } else {
      Stmt* comm = c->comm;
      bool valid = false;
      if (isa<SendStmt>(comm)) {
        valid = true;
      } else if (auto* es = dyn_cast<ExprStmt>(comm)) {
        Expr* x = es->x;
        while (auto* p = dyn_cast<ParenExpr>(x))
          x = p->x;
        valid = isa<UnaryExpr>(x) && cast<UnaryExpr>(x)->op == Op::Recv;
      } else if (auto* as = dyn_cast<AssignStmt>(comm)) {
        if (as->rhs.size() == 1 && as->assign != AssignOp::OpAssign && as->lhs.size() <= 2) {
          Expr* x = as->rhs[0];
          while (auto* p = dyn_cast<ParenExpr>(x))
            x = p->x;
          valid = isa<UnaryExpr>(x) && cast<UnaryExpr>(x)->op == Op::Recv;
        }
      }
      if (!valid)
        error(comm->pos, "select case must be send or receive (possibly with assignment)");
      else
        stmt(comm);
    }
    stmtList(c->body);
    closeScope();
  }
  enclosing.pop_back();
}

void Checker::branchStmt(BranchStmt* s) {
  switch (s->branch) {
  case BranchKind::Goto:
    fn->gotos.push_back({s, blocks});
    return;
  case BranchKind::Fallthrough:
    if (!s->target) {
      // Checked (and target set) by the enclosing switch when it is in place.
      bool inSwitchCase = !enclosing.empty() && isa<SwitchStmt>(enclosing.back().stmt);
      if (!inSwitchCase)
        error(s->pos, "fallthrough statement out of place");
    }
    return;
  case BranchKind::Break:
  case BranchKind::Continue: {
    bool isBreak = s->branch == BranchKind::Break;
    if (s->label) {
      auto it = fn->labels.find(s->label->name);
      if (it == fn->labels.end()) {
        error(s->label->pos, std::string(isBreak ? "break" : "continue") + " label not defined: " +
                                 s->label->name);
        return;
      }
      if (it->second->label->obj)
        it->second->label->obj->used = true;
      for (auto e = enclosing.rbegin(); e != enclosing.rend(); ++e)
        if (e->label == it->second) {
          if (!isBreak && !e->isLoop) {
            error(s->label->pos, "invalid continue label " + s->label->name);
            return;
          }
          s->target = e->stmt;
          return;
        }
      error(s->label->pos, std::string("invalid ") + (isBreak ? "break" : "continue") + " label " +
                               s->label->name);
      return;
    }
    for (auto e = enclosing.rbegin(); e != enclosing.rend(); ++e) {
      if (isBreak || e->isLoop) {
        s->target = e->stmt;
        return;
      }
    }
    error(s->pos, isBreak ? "break is not in a loop, switch, or select" : "continue is not in a loop");
    return;
  }
  }
}

void Checker::labeledStmt(LabeledStmt* s) {
  const std::string& name = s->label->name;
  if (name != "_") {
    if (fn->labels.count(name)) {
      Pos first = fn->labels[name]->label->pos;
      error(s->label->pos, "label " + name + " already defined at " + comp.source->path() + ":" +
                               std::to_string(first.line) + ":" + std::to_string(first.col));
    } else {
      fn->labels[name] = s;
      fn->labelBlocks[s] = blocks;
      auto* l = objects.make<Label>(name, s->label->pos);
      s->label->obj = l;
    }
  }
  Stmt* inner = s->stmt;
  if (isa<ForStmt>(inner) || isa<RangeStmt>(inner) || isa<SwitchStmt>(inner) ||
      isa<TypeSwitchStmt>(inner) || isa<SelectStmt>(inner))
    pendingLabel = s;
  stmt(inner);
  pendingLabel = nullptr;
}

void Checker::goDeferStmt(Stmt* s, Expr* callExpr, const char* what) {
  Expr* x = callExpr;
  auto* c = dyn_cast<CallExpr>(x);
  if (!c) {
    rawExpr(x, nullptr);
    error(x->pos, std::string("expression in ") + what + " must be function call");
    return;
  }
  rawExpr(c, nullptr);
  if (!isValid(c) && c->mode != ExprMode::NoValue)
    return;
  if (c->fun->mode == ExprMode::TypeExpr) {
    error(x->pos, std::string(what) + " requires function call, not conversion " + describe(c));
    return;
  }
  if (c->fun->mode == ExprMode::Builtin) {
    auto* id = dyn_cast<Ident>(c->fun);
    std::string n = id ? id->name : "";
    if (n == "len" || n == "cap" || n == "append" || n == "make" || n == "new" || n == "min" ||
        n == "max")
      error(x->pos, std::string(what) + " discards result of " + describe(c));
  }
  (void)s;
}

// ---------------------------------------------------------------------------------------------
// Terminating statements (the spec's "Terminating statements" section).

bool Checker::isTerminatingList(const std::vector<Stmt*>& list) {
  // Trailing empty statements do not count.
  for (auto it = list.rbegin(); it != list.rend(); ++it) {
    if (isa<EmptyStmt>(*it))
      continue;
    return isTerminating(*it, "");
  }
  return false;
}

bool Checker::isTerminating(Stmt* s, const std::string& label) {
  switch (s->kind()) {
  case Node::ReturnStmtKind:
    return true;
  case Node::BranchStmtKind: {
    auto* b = cast<BranchStmt>(s);
    return b->branch == BranchKind::Goto || b->branch == BranchKind::Fallthrough;
  }
  case Node::ExprStmtKind: {
    Expr* x = cast<ExprStmt>(s)->x;
    if (auto* c = dyn_cast<CallExpr>(x))
      if (auto* id = dyn_cast<Ident>(c->fun))
        if (auto* b = dyn_cast_or_null<Builtin>(id->obj))
          return b->id == BuiltinId::Panic;
    if (auto* c = dyn_cast<CallExpr>(x))
      if (auto* sel = dyn_cast<SelectorExpr>(c->fun))
        if (auto* pid = dyn_cast<Ident>(sel->x); pid && pid->obj && isa<PkgName>(pid->obj))
          return false;
    return false;
  }
  case Node::BlockStmtKind:
    return isTerminatingList(cast<BlockStmt>(s)->stmts);
  case Node::IfStmtKind: {
    auto* i = cast<IfStmt>(s);
    return i->elseStmt && isTerminating(i->then, "") && isTerminating(i->elseStmt, "");
  }
  case Node::ForStmtKind: {
    auto* f = cast<ForStmt>(s);
    return !f->cond && !hasBreak(f->body, s, true);
  }
  case Node::LabeledStmtKind:
    return isTerminating(cast<LabeledStmt>(s)->stmt, cast<LabeledStmt>(s)->label->name);
  case Node::SwitchStmtKind: {
    auto* sw = cast<SwitchStmt>(s);
    bool hasDefault = false;
    for (CaseClause* c : sw->clauses) {
      if (c->isDefault)
        hasDefault = true;
      if (hasBreak(c, s, true))
        return false;
      bool term = isTerminatingList(c->body);
      if (!term) {
        // A clause ending in fallthrough is fine.
        if (c->body.empty())
          return false;
        auto* br = dyn_cast<BranchStmt>(c->body.back());
        if (!br || br->branch != BranchKind::Fallthrough)
          return false;
      }
    }
    return hasDefault;
  }
  case Node::TypeSwitchStmtKind: {
    auto* sw = cast<TypeSwitchStmt>(s);
    bool hasDefault = false;
    for (CaseClause* c : sw->clauses) {
      if (c->isDefault)
        hasDefault = true;
      if (hasBreak(c, s, true) || !isTerminatingList(c->body))
        return false;
    }
    return hasDefault;
  }
  case Node::SelectStmtKind: {
    for (CommClause* c : cast<SelectStmt>(s)->clauses)
      if (hasBreak(c, s, true) || !isTerminatingList(c->body))
        return false;
    return true;
  }
  default:
    return false;
  }
  (void)label;
}

// Whether `s` contains a break that targets `target` (an unlabeled break counts only when
// `implicit`, i.e. not nested inside another breakable statement).
bool Checker::hasBreak(Stmt* s, Stmt* target, bool implicit) {
  if (!s)
    return false;
  switch (s->kind()) {
  case Node::BranchStmtKind: {
    auto* b = cast<BranchStmt>(s);
    if (b->branch != BranchKind::Break)
      return false;
    if (b->target == target)
      return true;
    return !b->label && implicit && !b->target;
  }
  case Node::BlockStmtKind:
    for (Stmt* x : cast<BlockStmt>(s)->stmts)
      if (hasBreak(x, target, implicit))
        return true;
    return false;
  case Node::IfStmtKind:
    return hasBreak(cast<IfStmt>(s)->then, target, implicit) ||
           hasBreak(cast<IfStmt>(s)->elseStmt, target, implicit);
  case Node::LabeledStmtKind:
    return hasBreak(cast<LabeledStmt>(s)->stmt, target, implicit);
  case Node::CaseClauseKind:
    for (Stmt* x : cast<CaseClause>(s)->body)
      if (hasBreak(x, target, implicit))
        return true;
    return false;
  case Node::CommClauseKind:
    for (Stmt* x : cast<CommClause>(s)->body)
      if (hasBreak(x, target, implicit))
        return true;
    return false;
  case Node::ForStmtKind:
    return hasBreak(cast<ForStmt>(s)->body, target, false);
  case Node::RangeStmtKind:
    return hasBreak(cast<RangeStmt>(s)->body, target, false);
  case Node::SwitchStmtKind:
    for (CaseClause* c : cast<SwitchStmt>(s)->clauses)
      if (hasBreak(c, target, false))
        return true;
    return false;
  case Node::TypeSwitchStmtKind:
    for (CaseClause* c : cast<TypeSwitchStmt>(s)->clauses)
      if (hasBreak(c, target, false))
        return true;
    return false;
  case Node::SelectStmtKind:
    for (CommClause* c : cast<SelectStmt>(s)->clauses)
      if (hasBreak(c, target, false))
        return true;
    return false;
  default:
    return false;
  }
}

bool checkProgram(Compilation& comp) {
  Checker checker(comp);
  return checker.run();
}

} // namespace minigo
