// This file implements the AST printer (see ast_printer.h). One Printer walks the tree and
// appends to a string, tracking the indentation of blocks (which may occur inside
// expressions, in function literals).
#include "frontend/ast_printer.h"

namespace minigo {

namespace {

class Printer {
public:
  std::string out;

  void file(const File* f) {
    out += "package ";
    out += f->packageName ? f->packageName->name : "_";
    out += "\n";
    if (!f->imports.empty()) {
      out += "\n";
      if (f->imports.size() == 1) {
        out += "import ";
        importSpec(f->imports[0]);
        out += "\n";
      } else {
        out += "import (\n";
        for (const ImportDecl* d : f->imports) {
          out += "\t";
          importSpec(d);
          out += "\n";
        }
        out += ")\n";
      }
    }
    const std::vector<Decl*>& decls = f->decls;
    for (size_t i = 0; i < decls.size();) {
      out += "\n";
      i = declGroup(decls, i);
      out += "\n";
    }
  }

  // Prints decls[i] and the rest of its group; returns the index after them.
  size_t declGroup(const std::vector<Decl*>& decls, size_t i) {
    const Decl* d = decls[i];
    if (auto* fn = dynamic_cast<const FuncDecl*>(d)) {
      funcDecl(fn);
      return i + 1;
    }
    int group = groupOf(d);
    const char* keyword = d->kind() == Node::ConstDeclKind ? "const"
                          : d->kind() == Node::VarDeclKind ? "var"
                                                           : "type";
    out += keyword;
    if (group < 0) {
      out += " ";
      spec(d);
      return i + 1;
    }
    out += " (\n";
    ++indent_;
    size_t j = i;
    for (; j < decls.size() && decls[j]->kind() == d->kind() && groupOf(decls[j]) == group; ++j) {
      tabs();
      spec(decls[j]);
      out += "\n";
    }
    --indent_;
    tabs();
    out += ")";
    return j;
  }

  static int groupOf(const Decl* d) {
    if (auto* c = dynamic_cast<const ConstDecl*>(d))
      return c->group;
    if (auto* v = dynamic_cast<const VarDecl*>(d))
      return v->group;
    if (auto* t = dynamic_cast<const TypeDecl*>(d))
      return t->group;
    return -1;
  }

  void importSpec(const ImportDecl* d) {
    if (d->localName) {
      out += d->localName->name;
      out += " ";
    }
    out += d->path ? d->path->value : "\"\"";
  }

  void spec(const Decl* d) {
    if (auto* c = dynamic_cast<const ConstDecl*>(d)) {
      names(c->names);
      if (c->values.empty())
        return; // inherits type and values
      if (c->type) {
        out += " ";
        expr(c->type);
      }
      out += " = ";
      exprList(c->values);
    } else if (auto* v = dynamic_cast<const VarDecl*>(d)) {
      names(v->names);
      if (v->type) {
        out += " ";
        expr(v->type);
      }
      if (!v->values.empty()) {
        out += " = ";
        exprList(v->values);
      }
    } else if (auto* t = dynamic_cast<const TypeDecl*>(d)) {
      out += t->name ? t->name->name : "_";
      out += t->isAlias ? " = " : " ";
      expr(t->type);
    }
  }

  void funcDecl(const FuncDecl* f) {
    out += "func ";
    if (f->recv) {
      out += "(";
      field(f->recv);
      out += ") ";
    }
    out += f->name ? f->name->name : "_";
    signature(f->funcType);
    if (f->body) {
      out += " ";
      block(f->body);
    }
  }

  void names(const std::vector<Ident*>& ids) {
    for (size_t i = 0; i < ids.size(); ++i) {
      if (i)
        out += ", ";
      out += ids[i]->name;
    }
  }

  void field(const Field* f) {
    names(f->names);
    if (f->type) {
      if (!f->names.empty())
        out += " ";
      expr(f->type);
    }
    if (f->tag) {
      out += " ";
      out += f->tag->value;
    }
  }

  void fieldList(const std::vector<Field*>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i)
        out += ", ";
      field(fields[i]);
    }
  }

  // (params) results, without `func`.
  void signature(const FuncType* t) {
    out += "(";
    if (t)
      fieldList(t->params);
    out += ")";
    if (!t || t->results.empty())
      return;
    out += " ";
    if (t->results.size() == 1 && t->results[0]->names.empty()) {
      expr(t->results[0]->type);
      return;
    }
    out += "(";
    fieldList(t->results);
    out += ")";
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  void block(const BlockStmt* b) {
    out += "{";
    if (b && !b->stmts.empty()) {
      out += "\n";
      stmtList(b->stmts);
      tabs();
    }
    out += "}";
  }

  void stmtList(const std::vector<Stmt*>& stmts) {
    ++indent_;
    for (const Stmt* s : stmts) {
      if (auto* l = dynamic_cast<const LabeledStmt*>(s)) {
        // Labels are outdented by one, as gofmt does.
        --indent_;
        tabs();
        out += l->label->name + ":\n";
        ++indent_;
        if (l->stmt && l->stmt->kind() != Node::EmptyStmtKind) {
          tabs();
          stmt(l->stmt);
          out += "\n";
        }
        continue;
      }
      tabs();
      stmt(s);
      out += "\n";
    }
    --indent_;
  }

  void simple(const Stmt* s) { stmt(s); }

  void stmt(const Stmt* s) {
    if (!s)
      return;
    switch (s->kind()) {
    case Node::BadStmtKind:
      out += "/* bad statement */";
      break;
    case Node::EmptyStmtKind:
      break;
    case Node::ExprStmtKind:
      expr(static_cast<const ExprStmt*>(s)->x);
      break;
    case Node::SendStmtKind: {
      auto* x = static_cast<const SendStmt*>(s);
      expr(x->chan);
      out += " <- ";
      expr(x->value);
      break;
    }
    case Node::IncDecStmtKind: {
      auto* x = static_cast<const IncDecStmt*>(s);
      expr(x->x);
      out += x->isInc ? "++" : "--";
      break;
    }
    case Node::AssignStmtKind: {
      auto* x = static_cast<const AssignStmt*>(s);
      exprList(x->lhs);
      if (x->assign == AssignOp::Define)
        out += " := ";
      else if (x->assign == AssignOp::Assign)
        out += " = ";
      else
        out += std::string(" ") + opSpelling(x->op) + "= ";
      exprList(x->rhs);
      break;
    }
    case Node::DeclStmtKind: {
      auto* x = static_cast<const DeclStmt*>(s);
      for (size_t i = 0; i < x->decls.size();) {
        if (i)
          out += "\n", tabs();
        i = declGroup(x->decls, i);
      }
      break;
    }
    case Node::GoStmtKind:
      out += "go ";
      expr(static_cast<const GoStmt*>(s)->call);
      break;
    case Node::DeferStmtKind:
      out += "defer ";
      expr(static_cast<const DeferStmt*>(s)->call);
      break;
    case Node::ReturnStmtKind: {
      auto* x = static_cast<const ReturnStmt*>(s);
      out += "return";
      if (!x->results.empty()) {
        out += " ";
        exprList(x->results);
      }
      break;
    }
    case Node::BranchStmtKind: {
      auto* x = static_cast<const BranchStmt*>(s);
      static const char* words[] = {"break", "continue", "goto", "fallthrough"};
      out += words[static_cast<int>(x->branch)];
      if (x->label)
        out += " " + x->label->name;
      break;
    }
    case Node::BlockStmtKind:
      block(static_cast<const BlockStmt*>(s));
      break;
    case Node::IfStmtKind: {
      auto* x = static_cast<const IfStmt*>(s);
      out += "if ";
      if (x->init) {
        simple(x->init);
        out += "; ";
      }
      expr(x->cond);
      out += " ";
      block(x->then);
      if (x->elseStmt) {
        out += " else ";
        stmt(x->elseStmt);
      }
      break;
    }
    case Node::SwitchStmtKind: {
      auto* x = static_cast<const SwitchStmt*>(s);
      out += "switch ";
      if (x->init) {
        simple(x->init);
        out += "; ";
      }
      if (x->tag) {
        expr(x->tag);
        out += " ";
      }
      clauses(x->clauses);
      break;
    }
    case Node::TypeSwitchStmtKind: {
      auto* x = static_cast<const TypeSwitchStmt*>(s);
      out += "switch ";
      if (x->init) {
        simple(x->init);
        out += "; ";
      }
      if (x->binding)
        out += x->binding->name + " := ";
      expr(x->x);
      out += ".(type) ";
      clauses(x->clauses);
      break;
    }
    case Node::SelectStmtKind: {
      auto* x = static_cast<const SelectStmt*>(s);
      out += "select {\n";
      for (const CommClause* c : x->clauses) {
        tabs();
        if (c->comm) {
          out += "case ";
          simple(c->comm);
          out += ":\n";
        } else {
          out += "default:\n";
        }
        stmtList(c->body);
      }
      tabs();
      out += "}";
      break;
    }
    case Node::ForStmtKind: {
      auto* x = static_cast<const ForStmt*>(s);
      out += "for ";
      if (x->init || x->post) {
        simple(x->init);
        out += "; ";
        expr(x->cond);
        out += "; ";
        simple(x->post);
        out += " ";
      } else if (x->cond) {
        expr(x->cond);
        out += " ";
      }
      block(x->body);
      break;
    }
    case Node::RangeStmtKind: {
      auto* x = static_cast<const RangeStmt*>(s);
      out += "for ";
      if (x->key) {
        expr(x->key);
        if (x->value) {
          out += ", ";
          expr(x->value);
        }
        out += x->define ? " := " : " = ";
      }
      out += "range ";
      expr(x->x);
      out += " ";
      block(x->body);
      break;
    }
    case Node::LabeledStmtKind: {
      auto* x = static_cast<const LabeledStmt*>(s);
      out += x->label->name + ": ";
      stmt(x->stmt);
      break;
    }
    default:
      out += "/* ? */";
      break;
    }
  }

  void clauses(const std::vector<CaseClause*>& cs) {
    out += "{\n";
    for (const CaseClause* c : cs) {
      tabs();
      if (c->isDefault) {
        out += "default:\n";
      } else {
        out += "case ";
        exprList(c->list);
        out += ":\n";
      }
      stmtList(c->body);
    }
    tabs();
    out += "}";
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  void exprList(const std::vector<Expr*>& xs) {
    for (size_t i = 0; i < xs.size(); ++i) {
      if (i)
        out += ", ";
      expr(xs[i]);
    }
  }

  void expr(const Expr* e) {
    if (!e) {
      return;
    }
    switch (e->kind()) {
    case Node::BadExprKind:
      out += "BadExpr";
      break;
    case Node::IdentKind:
      out += static_cast<const Ident*>(e)->name;
      break;
    case Node::BasicLitKind:
      out += static_cast<const BasicLit*>(e)->value;
      break;
    case Node::CompositeLitKind: {
      auto* x = static_cast<const CompositeLit*>(e);
      expr(x->litType);
      out += "{";
      exprList(x->elems);
      out += "}";
      break;
    }
    case Node::KeyValueExprKind: {
      auto* x = static_cast<const KeyValueExpr*>(e);
      expr(x->key);
      out += ": ";
      expr(x->value);
      break;
    }
    case Node::FuncLitKind: {
      auto* x = static_cast<const FuncLit*>(e);
      out += "func";
      signature(x->funcType);
      out += " ";
      block(x->body);
      break;
    }
    case Node::ParenExprKind:
      out += "(";
      expr(static_cast<const ParenExpr*>(e)->x);
      out += ")";
      break;
    case Node::SelectorExprKind: {
      // Iterative over chains of selectors (a.b.c...).
      std::vector<const SelectorExpr*> chain;
      const Expr* base = e;
      while (base && base->kind() == Node::SelectorExprKind) {
        chain.push_back(static_cast<const SelectorExpr*>(base));
        base = chain.back()->x;
      }
      expr(base);
      for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        out += ".";
        out += (*it)->sel->name;
      }
      break;
    }
    case Node::IndexExprKind: {
      auto* x = static_cast<const IndexExpr*>(e);
      expr(x->x);
      out += "[";
      expr(x->index);
      out += "]";
      break;
    }
    case Node::SliceExprKind: {
      auto* x = static_cast<const SliceExpr*>(e);
      expr(x->x);
      out += "[";
      expr(x->lo);
      out += ":";
      expr(x->hi);
      if (x->full) {
        out += ":";
        expr(x->max);
      }
      out += "]";
      break;
    }
    case Node::TypeAssertExprKind: {
      auto* x = static_cast<const TypeAssertExpr*>(e);
      expr(x->x);
      out += ".(";
      if (x->assertedType)
        expr(x->assertedType);
      else
        out += "type";
      out += ")";
      break;
    }
    case Node::CallExprKind: {
      auto* x = static_cast<const CallExpr*>(e);
      expr(x->fun);
      out += "(";
      exprList(x->args);
      if (x->hasDots)
        out += "...";
      out += ")";
      break;
    }
    case Node::StarExprKind:
      out += "*";
      expr(static_cast<const StarExpr*>(e)->x);
      break;
    case Node::UnaryExprKind: {
      auto* x = static_cast<const UnaryExpr*>(e);
      std::string op = opSpelling(x->op);
      Printer inner;
      inner.indent_ = indent_;
      inner.expr(x->x);
      out += op;
      // Keep `- -x` and `& ^x` from fusing into one token.
      if (!inner.out.empty()) {
        std::string pair = std::string(1, op.back()) + inner.out.front();
        if (pair == "--" || pair == "++" || pair == "&&" || pair == "&^")
          out += ' ';
      }
      out += inner.out;
      break;
    }
    case Node::BinaryExprKind: {
      // Iterative over the left spine: long chains (a + b + c ...) do not recurse.
      std::vector<const BinaryExpr*> chain;
      const Expr* left = e;
      while (left && left->kind() == Node::BinaryExprKind) {
        chain.push_back(static_cast<const BinaryExpr*>(left));
        left = chain.back()->x;
      }
      expr(left);
      for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        out += " ";
        out += opSpelling((*it)->op);
        out += " ";
        expr((*it)->y);
      }
      break;
    }
    case Node::ArrayTypeKind: {
      auto* x = static_cast<const ArrayType*>(e);
      out += "[";
      if (x->dotsLen)
        out += "...";
      else
        expr(x->len);
      out += "]";
      expr(x->elem);
      break;
    }
    case Node::SliceTypeKind:
      out += "[]";
      expr(static_cast<const SliceType*>(e)->elem);
      break;
    case Node::MapTypeKind: {
      auto* x = static_cast<const MapType*>(e);
      out += "map[";
      expr(x->key);
      out += "]";
      expr(x->value);
      break;
    }
    case Node::ChanTypeKind: {
      auto* x = static_cast<const ChanType*>(e);
      out += x->dir == ChanDir::RecvOnly   ? "<-chan "
             : x->dir == ChanDir::SendOnly ? "chan<- "
                                           : "chan ";
      // `chan (<-chan T)` needs parentheses to keep its meaning.
      bool paren = x->dir != ChanDir::SendOnly && x->elem &&
                   x->elem->kind() == Node::ChanTypeKind &&
                   static_cast<const ChanType*>(x->elem)->dir == ChanDir::RecvOnly;
      if (paren)
        out += "(";
      expr(x->elem);
      if (paren)
        out += ")";
      break;
    }
    case Node::FuncTypeKind:
      out += "func";
      signature(static_cast<const FuncType*>(e));
      break;
    case Node::StructTypeKind: {
      auto* x = static_cast<const StructType*>(e);
      if (x->fields.empty()) {
        out += "struct{}";
        break;
      }
      out += "struct {\n";
      ++indent_;
      for (const Field* f : x->fields) {
        tabs();
        field(f);
        out += "\n";
      }
      --indent_;
      tabs();
      out += "}";
      break;
    }
    case Node::InterfaceTypeKind: {
      auto* x = static_cast<const InterfaceType*>(e);
      if (x->methods.empty()) {
        out += "interface{}";
        break;
      }
      out += "interface {\n";
      ++indent_;
      for (const Field* f : x->methods) {
        tabs();
        if (!f->names.empty()) {
          out += f->names[0]->name;
          signature(dynamic_cast<const FuncType*>(f->type));
        } else {
          expr(f->type);
        }
        out += "\n";
      }
      --indent_;
      tabs();
      out += "}";
      break;
    }
    case Node::EllipsisKind:
      out += "...";
      expr(static_cast<const Ellipsis*>(e)->elem);
      break;
    default:
      out += "/* ? */";
      break;
    }
  }

private:
  void tabs() { out.append(static_cast<size_t>(indent_), '\t'); }
  int indent_ = 0;
};

} // namespace

std::string printFile(const File* file) {
  Printer p;
  if (file)
    p.file(file);
  return p.out;
}

std::string printExpr(const Expr* expr) {
  Printer p;
  p.expr(expr);
  return p.out;
}

std::string printStmt(const Stmt* stmt) {
  Printer p;
  p.stmt(stmt);
  return p.out;
}

} // namespace minigo
