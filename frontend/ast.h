// The minigo abstract syntax tree: one node class per Go syntax form, after the shape of Go's
// cmd/compile/internal/syntax. Nodes are owned by an AstContext arena and linked by raw
// pointers. The checker annotates expressions (type, constant value, mode) and identifiers
// (the object they denote) in place; codegen reads those annotations.
#pragma once

#include "frontend/diagnostics.h"

#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace minigo {

class Type;
class Object;
class Constant;
class Scope;

// ---------------------------------------------------------------------------------------------
// Base classes

class Node {
public:
  enum Kind {
    // Expressions
    BadExprKind,
    IdentKind,
    BasicLitKind,
    CompositeLitKind,
    KeyValueExprKind,
    FuncLitKind,
    ParenExprKind,
    SelectorExprKind,
    IndexExprKind,
    SliceExprKind,
    TypeAssertExprKind,
    CallExprKind,
    StarExprKind,
    UnaryExprKind,
    BinaryExprKind,
    // Type expressions
    ArrayTypeKind,
    SliceTypeKind,
    MapTypeKind,
    ChanTypeKind,
    FuncTypeKind,
    StructTypeKind,
    InterfaceTypeKind,
    EllipsisKind, // `...T` as the type of a final variadic parameter
    FirstExpr = BadExprKind,
    LastExpr = EllipsisKind,
    // Statements
    BadStmtKind,
    EmptyStmtKind,
    ExprStmtKind,
    SendStmtKind,
    IncDecStmtKind,
    AssignStmtKind,
    DeclStmtKind,
    GoStmtKind,
    DeferStmtKind,
    ReturnStmtKind,
    BranchStmtKind,
    BlockStmtKind,
    IfStmtKind,
    CaseClauseKind,
    SwitchStmtKind,
    TypeSwitchStmtKind,
    CommClauseKind,
    SelectStmtKind,
    ForStmtKind,
    RangeStmtKind,
    LabeledStmtKind,
    FirstStmt = BadStmtKind,
    LastStmt = LabeledStmtKind,
    // Declarations
    ImportDeclKind,
    ConstDeclKind,
    VarDeclKind,
    TypeDeclKind,
    FuncDeclKind,
    FirstDecl = ImportDeclKind,
    LastDecl = FuncDeclKind,
    // Other
    FieldKind,
    FileKind,
  };

  Kind kind() const { return kind_; }
  Pos pos; // where Go's compiler reports errors about this node (see each class)

  virtual ~Node() = default;

protected:
  Node(Kind k, Pos p) : pos(p), kind_(k) {}

private:
  Kind kind_;
};

// How the checker classified an expression (Go's operand modes).
enum class ExprMode : unsigned char {
  Invalid,   // not yet checked, or erroneous
  NoValue,   // a call of a function without results
  Builtin,   // a built-in function name (len, append, ...)
  TypeExpr,  // denotes a type
  Constant,  // a constant; `constant` holds its value
  Variable,  // addressable
  MapIndex,  // m[k]: assignable, not addressable
  Value,     // any other value
  CommaOk,   // a value that may also produce a second bool result (m[k], x.(T), <-ch)
  Package,   // a package name such as fmt
};

class Expr : public Node {
public:
  // Filled in by the checker.
  Type* type = nullptr;
  const Constant* constant = nullptr;
  ExprMode mode = ExprMode::Invalid;

  static bool classof(const Node* n) {
    return n->kind() >= FirstExpr && n->kind() <= LastExpr;
  }

protected:
  Expr(Kind k, Pos p) : Node(k, p) {}
};

class Stmt : public Node {
public:
  static bool classof(const Node* n) {
    return n->kind() >= FirstStmt && n->kind() <= LastStmt;
  }

protected:
  Stmt(Kind k, Pos p) : Node(k, p) {}
};

class Decl : public Node {
public:
  static bool classof(const Node* n) {
    return n->kind() >= FirstDecl && n->kind() <= LastDecl;
  }

protected:
  Decl(Kind k, Pos p) : Node(k, p) {}
};

#define MINIGO_NODE_CLASSOF(Name)                                                              \
  static bool classof(const Node* n) { return n->kind() == Name##Kind; }

// ---------------------------------------------------------------------------------------------
// Expressions

class BadExpr : public Expr {
public:
  explicit BadExpr(Pos p) : Expr(BadExprKind, p) {}
  MINIGO_NODE_CLASSOF(BadExpr)
};

// pos: the identifier's first character.
class Ident : public Expr {
public:
  Ident(Pos p, std::string n) : Expr(IdentKind, p), name(std::move(n)) {}
  std::string name;
  Object* obj = nullptr; // what the name denotes (checker); null for `_` and unresolved
  MINIGO_NODE_CLASSOF(Ident)
};

enum class LitKind { Int, Float, Imag, Rune, String };

// pos: the literal's first character. `value` is the literal exactly as written
// (with quotes, prefixes and underscores); the checker decodes it.
class BasicLit : public Expr {
public:
  BasicLit(Pos p, LitKind k, std::string v) : Expr(BasicLitKind, p), litKind(k), value(std::move(v)) {}
  LitKind litKind;
  std::string value;
  MINIGO_NODE_CLASSOF(BasicLit)
};

// `key: value` inside a composite literal. pos: the colon.
class KeyValueExpr : public Expr {
public:
  KeyValueExpr(Pos p, Expr* k, Expr* v) : Expr(KeyValueExprKind, p), key(k), value(v) {}
  Expr* key;
  Expr* value;
  MINIGO_NODE_CLASSOF(KeyValueExpr)
};

// T{elems}. `type` is null when elided inside an enclosing literal ({1, 2} in [][]int{{1, 2}}).
// pos: the type's start, or the `{` when elided. Elements are KeyValueExpr or plain Expr.
class CompositeLit : public Expr {
public:
  CompositeLit(Pos p) : Expr(CompositeLitKind, p) {}
  Expr* litType = nullptr;
  std::vector<Expr*> elems;
  Pos lbrace, rbrace;
  MINIGO_NODE_CLASSOF(CompositeLit)
};

class FuncType;
class BlockStmt;

// func(params) results { body }. pos: `func`.
class FuncLit : public Expr {
public:
  FuncLit(Pos p, FuncType* t, BlockStmt* b) : Expr(FuncLitKind, p), funcType(t), body(b) {}
  FuncType* funcType;
  BlockStmt* body;
  MINIGO_NODE_CLASSOF(FuncLit)
};

// (x). pos: `(`.
class ParenExpr : public Expr {
public:
  ParenExpr(Pos p, Expr* e) : Expr(ParenExprKind, p), x(e) {}
  Expr* x;
  MINIGO_NODE_CLASSOF(ParenExpr)
};

// x.sel. pos: the selector identifier (Go reports selector errors there... at x's start for
// `undefined: pkg.Name`, see the checker).
class SelectorExpr : public Expr {
public:
  SelectorExpr(Pos p, Expr* e, Ident* s) : Expr(SelectorExprKind, p), x(e), sel(s) {}
  Expr* x;
  Ident* sel;
  MINIGO_NODE_CLASSOF(SelectorExpr)
};

// x[index]. pos: `[`.
class IndexExpr : public Expr {
public:
  IndexExpr(Pos p, Expr* e, Expr* i) : Expr(IndexExprKind, p), x(e), index(i) {}
  Expr* x;
  Expr* index;
  MINIGO_NODE_CLASSOF(IndexExpr)
};

// x[lo:hi] or x[lo:hi:max]; missing indices are null. pos: `[`.
class SliceExpr : public Expr {
public:
  SliceExpr(Pos p, Expr* e) : Expr(SliceExprKind, p), x(e) {}
  Expr* x;
  Expr* lo = nullptr;
  Expr* hi = nullptr;
  Expr* max = nullptr;
  bool full = false; // three-index form
  MINIGO_NODE_CLASSOF(SliceExpr)
};

// x.(T); assertedType is null for x.(type) in a type switch. pos: `.`.
class TypeAssertExpr : public Expr {
public:
  TypeAssertExpr(Pos p, Expr* e, Expr* t) : Expr(TypeAssertExprKind, p), x(e), assertedType(t) {}
  Expr* x;
  Expr* assertedType;
  MINIGO_NODE_CLASSOF(TypeAssertExpr)
};

// fun(args) or fun(args...). pos: `(`; rparen: `)`.
class CallExpr : public Expr {
public:
  CallExpr(Pos p, Expr* f) : Expr(CallExprKind, p), fun(f) {}
  Expr* fun;
  std::vector<Expr*> args;
  bool hasDots = false;
  Pos rparen;
  MINIGO_NODE_CLASSOF(CallExpr)
};

// *x: a dereference or a pointer type. pos: `*`.
class StarExpr : public Expr {
public:
  StarExpr(Pos p, Expr* e) : Expr(StarExprKind, p), x(e) {}
  Expr* x;
  MINIGO_NODE_CLASSOF(StarExpr)
};

// Operators, spelled as in Go.
enum class Op {
  // unary and binary
  Add,    // +
  Sub,    // -
  Mul,    // *
  Div,    // /
  Rem,    // %
  And,    // &
  Or,     // |
  Xor,    // ^
  Shl,    // <<
  Shr,    // >>
  AndNot, // &^
  LAnd,   // &&
  LOr,    // ||
  Eql,    // ==
  Neq,    // !=
  Lss,    // <
  Leq,    // <=
  Gtr,    // >
  Geq,    // >=
  Not,    // ! (unary)
  Recv,   // <- (unary)
  Addr,   // & (unary; binary uses And)
};

const char* opSpelling(Op op);

// op x, for + - ! ^ & <-. (Unary * is StarExpr.) pos: the operator.
class UnaryExpr : public Expr {
public:
  UnaryExpr(Pos p, Op o, Expr* e) : Expr(UnaryExprKind, p), op(o), x(e) {}
  Op op;
  Expr* x;
  MINIGO_NODE_CLASSOF(UnaryExpr)
};

// x op y. pos: the operator (as Go's syntax package records it); x->pos is the start.
class BinaryExpr : public Expr {
public:
  BinaryExpr(Pos p, Op o, Expr* a, Expr* b) : Expr(BinaryExprKind, p), op(o), x(a), y(b) {}
  Op op;
  Expr* x;
  Expr* y;
  MINIGO_NODE_CLASSOF(BinaryExpr)
};

// ---------------------------------------------------------------------------------------------
// Type expressions

// [len]elem; len is an Ellipsis-less `[...]` when dotsLen is set. pos: `[`.
class ArrayType : public Expr {
public:
  ArrayType(Pos p, Expr* l, Expr* e) : Expr(ArrayTypeKind, p), len(l), elem(e) {}
  Expr* len; // null when dotsLen
  Expr* elem;
  bool dotsLen = false;
  MINIGO_NODE_CLASSOF(ArrayType)
};

// []elem. pos: `[`.
class SliceType : public Expr {
public:
  SliceType(Pos p, Expr* e) : Expr(SliceTypeKind, p), elem(e) {}
  Expr* elem;
  MINIGO_NODE_CLASSOF(SliceType)
};

// map[key]value. pos: `map`.
class MapType : public Expr {
public:
  MapType(Pos p, Expr* k, Expr* v) : Expr(MapTypeKind, p), key(k), value(v) {}
  Expr* key;
  Expr* value;
  MINIGO_NODE_CLASSOF(MapType)
};

enum class ChanDir { Both, SendOnly, RecvOnly };

// chan T, chan<- T, <-chan T. pos: `chan` or `<-`.
class ChanType : public Expr {
public:
  ChanType(Pos p, ChanDir d, Expr* e) : Expr(ChanTypeKind, p), dir(d), elem(e) {}
  ChanDir dir;
  Expr* elem;
  MINIGO_NODE_CLASSOF(ChanType)
};

// A parameter, result, struct field or interface method/embedding. `names` is empty for an
// anonymous parameter or an embedded field. For interface methods, `type` is a FuncType and
// `names` holds the method name; an embedded interface has no names. pos: first name or type.
class Field : public Node {
public:
  Field(Pos p) : Node(FieldKind, p) {}
  std::vector<Ident*> names;
  Expr* type = nullptr;
  BasicLit* tag = nullptr; // struct fields only
  MINIGO_NODE_CLASSOF(Field)
};

// func(params) results. Variadic: the last param's type is an Ellipsis. pos: `func` or `(`.
class FuncType : public Expr {
public:
  FuncType(Pos p) : Expr(FuncTypeKind, p) {}
  std::vector<Field*> params;
  std::vector<Field*> results;
  MINIGO_NODE_CLASSOF(FuncType)
};

// ...elem, only as a final parameter type. pos: `...`.
class Ellipsis : public Expr {
public:
  Ellipsis(Pos p, Expr* e) : Expr(EllipsisKind, p), elem(e) {}
  Expr* elem;
  MINIGO_NODE_CLASSOF(Ellipsis)
};

// struct { fields }. pos: `struct`.
class StructType : public Expr {
public:
  StructType(Pos p) : Expr(StructTypeKind, p) {}
  std::vector<Field*> fields;
  MINIGO_NODE_CLASSOF(StructType)
};

// interface { methods and embedded interfaces }. pos: `interface`.
class InterfaceType : public Expr {
public:
  InterfaceType(Pos p) : Expr(InterfaceTypeKind, p) {}
  std::vector<Field*> methods;
  MINIGO_NODE_CLASSOF(InterfaceType)
};

// ---------------------------------------------------------------------------------------------
// Statements

class BadStmt : public Stmt {
public:
  explicit BadStmt(Pos p) : Stmt(BadStmtKind, p) {}
  MINIGO_NODE_CLASSOF(BadStmt)
};

class EmptyStmt : public Stmt {
public:
  explicit EmptyStmt(Pos p) : Stmt(EmptyStmtKind, p) {}
  MINIGO_NODE_CLASSOF(EmptyStmt)
};

class ExprStmt : public Stmt {
public:
  ExprStmt(Pos p, Expr* e) : Stmt(ExprStmtKind, p), x(e) {}
  Expr* x;
  MINIGO_NODE_CLASSOF(ExprStmt)
};

// ch <- value. pos: `<-`.
class SendStmt : public Stmt {
public:
  SendStmt(Pos p, Expr* c, Expr* v) : Stmt(SendStmtKind, p), chan(c), value(v) {}
  Expr* chan;
  Expr* value;
  MINIGO_NODE_CLASSOF(SendStmt)
};

// x++ / x--. pos: the operator.
class IncDecStmt : public Stmt {
public:
  IncDecStmt(Pos p, Expr* e, bool inc) : Stmt(IncDecStmtKind, p), x(e), isInc(inc) {}
  Expr* x;
  bool isInc;
  MINIGO_NODE_CLASSOF(IncDecStmt)
};

enum class AssignOp { Assign, Define, OpAssign };

// lhs = rhs, lhs := rhs, x op= y (op in `op`). pos: the assignment operator.
class AssignStmt : public Stmt {
public:
  AssignStmt(Pos p, AssignOp a) : Stmt(AssignStmtKind, p), assign(a) {}
  AssignOp assign;
  Op op = Op::Add; // for OpAssign
  std::vector<Expr*> lhs;
  std::vector<Expr*> rhs;
  MINIGO_NODE_CLASSOF(AssignStmt)
};

// A const, var or type declaration inside a function body; one DeclStmt per source statement.
class DeclStmt : public Stmt {
public:
  DeclStmt(Pos p) : Stmt(DeclStmtKind, p) {}
  std::vector<Decl*> decls;
  MINIGO_NODE_CLASSOF(DeclStmt)
};

// go call. pos: `go`.
class GoStmt : public Stmt {
public:
  GoStmt(Pos p, Expr* c) : Stmt(GoStmtKind, p), call(c) {}
  Expr* call; // a CallExpr unless the program is erroneous
  MINIGO_NODE_CLASSOF(GoStmt)
};

// defer call. pos: `defer`.
class DeferStmt : public Stmt {
public:
  DeferStmt(Pos p, Expr* c) : Stmt(DeferStmtKind, p), call(c) {}
  Expr* call;
  MINIGO_NODE_CLASSOF(DeferStmt)
};

// return results. pos: `return`.
class ReturnStmt : public Stmt {
public:
  ReturnStmt(Pos p) : Stmt(ReturnStmtKind, p) {}
  std::vector<Expr*> results;
  MINIGO_NODE_CLASSOF(ReturnStmt)
};

enum class BranchKind { Break, Continue, Goto, Fallthrough };

class LabeledStmt;

// break/continue/goto/fallthrough [label]. pos: the keyword.
class BranchStmt : public Stmt {
public:
  BranchStmt(Pos p, BranchKind k, Ident* l) : Stmt(BranchStmtKind, p), branch(k), label(l) {}
  BranchKind branch;
  Ident* label; // may be null
  Stmt* target = nullptr; // the statement broken out of / continued (checker)
  MINIGO_NODE_CLASSOF(BranchStmt)
};

// { stmts }. pos: `{`; rbrace: `}`.
class BlockStmt : public Stmt {
public:
  BlockStmt(Pos p) : Stmt(BlockStmtKind, p) {}
  std::vector<Stmt*> stmts;
  Pos rbrace;
  MINIGO_NODE_CLASSOF(BlockStmt)
};

// if init; cond { then } else elseStmt. elseStmt is an IfStmt or BlockStmt or null. pos: `if`.
class IfStmt : public Stmt {
public:
  IfStmt(Pos p) : Stmt(IfStmtKind, p) {}
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* then = nullptr;
  Stmt* elseStmt = nullptr;
  MINIGO_NODE_CLASSOF(IfStmt)
};

// case list: body / default: body (list empty and isDefault). In a type switch the list holds
// type expressions (and `nil`). pos: `case` or `default`.
class CaseClause : public Stmt {
public:
  CaseClause(Pos p) : Stmt(CaseClauseKind, p) {}
  std::vector<Expr*> list;
  bool isDefault = false;
  std::vector<Stmt*> body;
  Pos colon;
  Object* implicitObj = nullptr; // type switch: the clause's own `v` (checker)
  MINIGO_NODE_CLASSOF(CaseClause)
};

// switch init; tag { clauses }. tag may be null. pos: `switch`.
class SwitchStmt : public Stmt {
public:
  SwitchStmt(Pos p) : Stmt(SwitchStmtKind, p) {}
  Stmt* init = nullptr;
  Expr* tag = nullptr;
  std::vector<CaseClause*> clauses;
  Pos rbrace;
  MINIGO_NODE_CLASSOF(SwitchStmt)
};

// switch init; [v :=] x.(type) { clauses }. pos: `switch`.
class TypeSwitchStmt : public Stmt {
public:
  TypeSwitchStmt(Pos p) : Stmt(TypeSwitchStmtKind, p) {}
  Stmt* init = nullptr;
  Ident* binding = nullptr; // v in `v := x.(type)`, may be null
  Expr* x = nullptr;        // the operand of .(type)
  std::vector<CaseClause*> clauses;
  Pos rbrace;
  MINIGO_NODE_CLASSOF(TypeSwitchStmt)
};

// case comm: body / default: body. comm is a SendStmt, an ExprStmt of a receive, or an
// AssignStmt (`v, ok = <-ch` / `v := <-ch`); null for default. pos: `case` or `default`.
class CommClause : public Stmt {
public:
  CommClause(Pos p) : Stmt(CommClauseKind, p) {}
  Stmt* comm = nullptr;
  std::vector<Stmt*> body;
  Pos colon;
  MINIGO_NODE_CLASSOF(CommClause)
};

// select { clauses }. pos: `select`.
class SelectStmt : public Stmt {
public:
  SelectStmt(Pos p) : Stmt(SelectStmtKind, p) {}
  std::vector<CommClause*> clauses;
  Pos rbrace;
  MINIGO_NODE_CLASSOF(SelectStmt)
};

// for init; cond; post { body } (each part optional; `for cond {}` and `for {}` too).
// pos: `for`.
class ForStmt : public Stmt {
public:
  ForStmt(Pos p) : Stmt(ForStmtKind, p) {}
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
  MINIGO_NODE_CLASSOF(ForStmt)
};

// for key, value := range x { body } / for key, value = range x / for range x.
// pos: `for`; rangePos: `range`.
class RangeStmt : public Stmt {
public:
  RangeStmt(Pos p) : Stmt(RangeStmtKind, p) {}
  Expr* key = nullptr;
  Expr* value = nullptr;
  bool define = false;
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
  Pos rangePos;
  MINIGO_NODE_CLASSOF(RangeStmt)
};

// label: stmt. pos: the label.
class LabeledStmt : public Stmt {
public:
  LabeledStmt(Pos p, Ident* l, Stmt* s) : Stmt(LabeledStmtKind, p), label(l), stmt(s) {}
  Ident* label;
  Stmt* stmt;
  MINIGO_NODE_CLASSOF(LabeledStmt)
};

// ---------------------------------------------------------------------------------------------
// Declarations. Grouped declarations (`const ( ... )`) become one Decl per spec, sharing `group`.

// import name "path". pos: the path literal (or the name when present).
class ImportDecl : public Decl {
public:
  ImportDecl(Pos p) : Decl(ImportDeclKind, p) {}
  Ident* localName = nullptr; // null, or `_`, `.`, or a name
  BasicLit* path = nullptr;
  MINIGO_NODE_CLASSOF(ImportDecl)
};

// One ConstSpec: names [type] [= values]. In a group, a spec without values repeats the
// previous spec's type and values (`inherited` points at that spec); iota is the spec's index
// in its group. pos: the first name.
class ConstDecl : public Decl {
public:
  ConstDecl(Pos p) : Decl(ConstDeclKind, p) {}
  std::vector<Ident*> names;
  Expr* type = nullptr;
  std::vector<Expr*> values;
  int iota = 0;
  ConstDecl* inherited = nullptr;
  int group = -1; // index of the group in the file; -1 when not grouped
  MINIGO_NODE_CLASSOF(ConstDecl)
};

// One VarSpec: names [type] [= values]. pos: the first name.
class VarDecl : public Decl {
public:
  VarDecl(Pos p) : Decl(VarDeclKind, p) {}
  std::vector<Ident*> names;
  Expr* type = nullptr;
  std::vector<Expr*> values;
  int group = -1;
  MINIGO_NODE_CLASSOF(VarDecl)
};

// One TypeSpec: name [=] type. pos: the name.
class TypeDecl : public Decl {
public:
  TypeDecl(Pos p) : Decl(TypeDeclKind, p) {}
  Ident* name = nullptr;
  bool isAlias = false;
  Expr* type = nullptr;
  int group = -1;
  MINIGO_NODE_CLASSOF(TypeDecl)
};

// func (recv) name(params) results { body }. body is null for a declaration without body.
// pos: `func`.
class FuncDecl : public Decl {
public:
  FuncDecl(Pos p) : Decl(FuncDeclKind, p) {}
  Field* recv = nullptr;
  Ident* name = nullptr;
  FuncType* funcType = nullptr;
  BlockStmt* body = nullptr;
  MINIGO_NODE_CLASSOF(FuncDecl)
};

// A whole source file. pos: `package`.
class File : public Node {
public:
  File(Pos p) : Node(FileKind, p) {}
  Ident* packageName = nullptr;
  std::vector<ImportDecl*> imports;
  std::vector<Decl*> decls; // everything but imports, in source order
  MINIGO_NODE_CLASSOF(File)
};

#undef MINIGO_NODE_CLASSOF

// ---------------------------------------------------------------------------------------------

// Owns every node of one compilation.
class AstContext {
public:
  template <class T, class... Args> T* make(Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }

private:
  std::deque<std::unique_ptr<Node>> nodes_;
};

} // namespace minigo
