// AST positions are where frontend/ast.h says (1-based line, 1-based byte column), and the
// AST has the expected shape for grouped declarations, iota and operator precedence.
#include "test_util.h"

#include <gtest/gtest.h>

namespace minigo::test {
namespace {

std::string at(const Node* n) {
  return n ? std::to_string(n->pos.line) + ":" + std::to_string(n->pos.col) : "null";
}

template <class T> T* as(Node* n) {
  return n && T::classof(n) ? static_cast<T*>(n) : nullptr;
}

TEST(Positions, Declarations) {
  Parsed p = parse("package main\n\nimport m \"math\"\n\nconst (\n\tA = iota\n\tB\n)\n\n"
                   "var x, y int\n\ntype T struct{}\n\nfunc (t *T) M(a int) {}\n");
  ASSERT_TRUE(p.ok()) << p.errors();
  File* f = p.file;
  EXPECT_EQ(at(f), "1:1");
  EXPECT_EQ(at(f->packageName), "1:9");
  ASSERT_EQ(f->imports.size(), 1u);
  EXPECT_EQ(at(f->imports[0]), "3:8");
  EXPECT_EQ(f->imports[0]->localName->name, "m");
  EXPECT_EQ(f->imports[0]->path->value, "\"math\"");
  ASSERT_EQ(f->decls.size(), 5u);
  auto* a = as<ConstDecl>(f->decls[0]);
  auto* b = as<ConstDecl>(f->decls[1]);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(at(a), "6:2");
  EXPECT_EQ(a->iota, 0);
  EXPECT_EQ(b->iota, 1);
  EXPECT_EQ(a->group, b->group);
  EXPECT_GE(a->group, 0);
  EXPECT_EQ(b->inherited, a);
  EXPECT_TRUE(b->values.empty());
  auto* v = as<VarDecl>(f->decls[2]);
  ASSERT_TRUE(v);
  EXPECT_EQ(at(v), "10:5");
  EXPECT_EQ(v->group, -1);
  EXPECT_EQ(v->names.size(), 2u);
  auto* t = as<TypeDecl>(f->decls[3]);
  ASSERT_TRUE(t);
  EXPECT_EQ(at(t), "12:6");
  auto* fn = as<FuncDecl>(f->decls[4]);
  ASSERT_TRUE(fn);
  EXPECT_EQ(at(fn), "14:1");
  ASSERT_NE(fn->recv, nullptr);
  EXPECT_EQ(at(fn->recv), "14:7");
  EXPECT_EQ(at(fn->recv->type), "14:9"); // the `*`
  EXPECT_EQ(at(fn->name), "14:13");
  EXPECT_EQ(at(fn->body), "14:22");
  EXPECT_EQ(at(fn->funcType->params[0]), "14:15");
}

TEST(Positions, Expressions) {
  Parsed p = parse("package main\nvar x = a + b*c\nvar y = f(1)[2].z\nvar w = T{k: 1}\n"
                   "var v = -u\nvar s = a[1:2:3]\nvar q = i.(int)\n");
  ASSERT_TRUE(p.ok()) << p.errors();
  auto value = [&](size_t i) { return as<VarDecl>(p.file->decls[i])->values[0]; };
  auto* add = as<BinaryExpr>(value(0));
  ASSERT_TRUE(add);
  EXPECT_EQ(add->op, Op::Add);
  EXPECT_EQ(at(add), "2:11"); // the operator
  EXPECT_EQ(at(add->x), "2:9");
  auto* mul = as<BinaryExpr>(add->y);
  ASSERT_TRUE(mul);
  EXPECT_EQ(mul->op, Op::Mul);
  EXPECT_EQ(at(mul), "2:14");

  auto* sel = as<SelectorExpr>(value(1));
  ASSERT_TRUE(sel);
  EXPECT_EQ(at(sel), "3:17"); // the selector identifier
  auto* idx = as<IndexExpr>(sel->x);
  ASSERT_TRUE(idx);
  EXPECT_EQ(at(idx), "3:13"); // `[`
  auto* call = as<CallExpr>(idx->x);
  ASSERT_TRUE(call);
  EXPECT_EQ(at(call), "3:10"); // `(`
  EXPECT_EQ(at(&*call), "3:10");
  EXPECT_EQ(call->rparen.col, 12u);

  auto* lit = as<CompositeLit>(value(2));
  ASSERT_TRUE(lit);
  EXPECT_EQ(at(lit), "4:9");
  EXPECT_EQ(lit->lbrace.col, 10u);
  EXPECT_EQ(lit->rbrace.col, 15u);
  auto* kv = as<KeyValueExpr>(lit->elems[0]);
  ASSERT_TRUE(kv);
  EXPECT_EQ(at(kv), "4:12"); // the colon

  auto* neg = as<UnaryExpr>(value(3));
  ASSERT_TRUE(neg);
  EXPECT_EQ(neg->op, Op::Sub);
  EXPECT_EQ(at(neg), "5:9");

  auto* sl = as<SliceExpr>(value(4));
  ASSERT_TRUE(sl);
  EXPECT_TRUE(sl->full);
  EXPECT_EQ(at(sl), "6:10");
  EXPECT_NE(sl->max, nullptr);

  auto* ta = as<TypeAssertExpr>(value(5));
  ASSERT_TRUE(ta);
  EXPECT_EQ(at(ta), "7:10"); // the `.`
}

TEST(Positions, Statements) {
  Parsed p = parse("package main\nfunc f() {\n\tx := 1\n\tx++\n\tif x > 0 {\n\t} else {\n\t}\n"
                   "\tfor i := range s {\n\t\t_ = i\n\t}\n\tswitch v := y.(type) {\n\tcase int:\n"
                   "\t\t_ = v\n\t}\nL:\n\tgoto L\n\treturn\n}\n");
  ASSERT_TRUE(p.ok()) << p.errors();
  auto* body = as<FuncDecl>(p.file->decls[0])->body;
  ASSERT_EQ(body->stmts.size(), 7u);
  auto* def = as<AssignStmt>(body->stmts[0]);
  ASSERT_TRUE(def);
  EXPECT_EQ(def->assign, AssignOp::Define);
  EXPECT_EQ(at(def), "3:4"); // `:=`
  auto* inc = as<IncDecStmt>(body->stmts[1]);
  ASSERT_TRUE(inc);
  EXPECT_EQ(at(inc), "4:3");
  auto* ifs = as<IfStmt>(body->stmts[2]);
  ASSERT_TRUE(ifs);
  EXPECT_EQ(at(ifs), "5:2");
  EXPECT_EQ(at(ifs->then), "5:11");
  EXPECT_EQ(at(ifs->elseStmt), "6:9");
  auto* rng = as<RangeStmt>(body->stmts[3]);
  ASSERT_TRUE(rng);
  EXPECT_TRUE(rng->define);
  EXPECT_EQ(rng->rangePos.col, 11u);
  EXPECT_EQ(rng->value, nullptr);
  auto* ts = as<TypeSwitchStmt>(body->stmts[4]);
  ASSERT_TRUE(ts);
  EXPECT_EQ(ts->binding->name, "v");
  EXPECT_EQ(at(ts->x), "11:14");
  ASSERT_EQ(ts->clauses.size(), 1u);
  EXPECT_EQ(at(ts->clauses[0]), "12:2");
  auto* lab = as<LabeledStmt>(body->stmts[5]);
  ASSERT_TRUE(lab);
  EXPECT_EQ(at(lab), "15:1");
  EXPECT_TRUE(as<BranchStmt>(lab->stmt));
  EXPECT_EQ(at(body->stmts[6]), "17:2");
  EXPECT_EQ(body->rbrace.line, 18u);
}

TEST(Positions, ChannelTypesAndConversions) {
  Parsed p = parse("package main\nvar a <-chan int\nvar b chan<- int\nvar c = (<-chan int)(nil)\n"
                   "var d = <-ch\n");
  ASSERT_TRUE(p.ok()) << p.errors();
  auto* a = as<ChanType>(as<VarDecl>(p.file->decls[0])->type);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->dir, ChanDir::RecvOnly);
  EXPECT_EQ(at(a), "2:7");
  EXPECT_EQ(as<ChanType>(as<VarDecl>(p.file->decls[1])->type)->dir, ChanDir::SendOnly);
  auto* conv = as<CallExpr>(as<VarDecl>(p.file->decls[2])->values[0]);
  ASSERT_TRUE(conv);
  auto* paren = as<ParenExpr>(conv->fun);
  ASSERT_TRUE(paren);
  auto* ct = as<ChanType>(paren->x);
  ASSERT_TRUE(ct);
  EXPECT_EQ(ct->dir, ChanDir::RecvOnly);
  auto* recv = as<UnaryExpr>(as<VarDecl>(p.file->decls[3])->values[0]);
  ASSERT_TRUE(recv);
  EXPECT_EQ(recv->op, Op::Recv);
}

TEST(Positions, VariadicAndGroupedParams) {
  Parsed p = parse("package main\nfunc f(a, b int, c ...string) (n int, err error) { return }\n");
  ASSERT_TRUE(p.ok()) << p.errors();
  FuncType* t = as<FuncDecl>(p.file->decls[0])->funcType;
  ASSERT_EQ(t->params.size(), 2u);
  EXPECT_EQ(t->params[0]->names.size(), 2u);
  EXPECT_EQ(at(t->params[0]->names[1]), "2:11");
  ASSERT_TRUE(as<Ellipsis>(t->params[1]->type));
  EXPECT_EQ(at(t->params[1]->type), "2:20");
  EXPECT_EQ(t->results.size(), 2u);
}

} // namespace
} // namespace minigo::test
