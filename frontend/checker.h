// This file declares the Checker class shared by the check_*.cpp files: its state while it
// walks one program (scopes, the function being checked, enclosing statements for break and
// continue) and the helpers each concern calls.
#pragma once

#include "frontend/check.h"

#include <functional>

namespace minigo {

class Checker {
public:
  explicit Checker(Compilation& comp);
  bool run();

  // ---- universe and packages (universe.cpp, std_packages.cpp)
  void setupUniverse();
  Package* importPackage(const std::string& path, Pos pos);

  // ---- declarations (check_decls.cpp)
  void collectPackageObjects(File* file, Package* pkg, Scope* pkgScope, Scope* fileScope);
  void checkPackageDecls(File* file, Package* pkg, Scope* fileScope, bool isMain);
  void resolveTypeName(TypeName* tn);
  void checkConstDecl(ConstDecl* d, Scope* scope, bool local);
  void checkVarDecl(VarDecl* d, Scope* scope, bool local);
  void checkTypeDecl(TypeDecl* d, Scope* scope, bool local);
  Signature* funcSignature(FuncType* ft, Field* recv, Scope* scope);
  void checkFuncBody(FuncDecl* d);
  void checkUnusedImports();
  void computeInitOrder(File* file);

  // ---- types (check_typexpr.cpp)
  Type* typExpr(Expr* e);                 // a type expression; Invalid basic on error
  Type* typExprOrNull(Expr* e);           // null (no error) when e is not a type
  void completeInterface(Interface* it, Pos pos);

  // ---- expressions (check_exprs.cpp)
  void expr(Expr* e, Type* hint = nullptr);      // exactly one value
  void markAddressTaken(Expr* x); // x's storage may outlive the frame: its variable escapes
  void exprOrType(Expr* e, Type* hint = nullptr); // a value or a type
  void rawExpr(Expr* e, Type* hint);             // anything (no-value calls, tuples)
  void operand(Expr* e, Type* hint);             // rawExpr's work, by kind of expression
  void multiExpr(Expr* e);                       // a value, or a tuple from a call
  void basicLit(BasicLit* e);
  void ident(Ident* e);
  void unary(UnaryExpr* e, Type* hint);
  void binary(BinaryExpr* e, Type* hint);
  void shiftExpr(BinaryExpr* e);
  bool checkShiftCount(Expr* y); // reports a bad shift count; false on error
  void markUsed(Expr* x);
  std::string multipleDefaults(Pos first) const;
  void comparison(BinaryExpr* e);
  // Why `x op y` is not a valid comparison ("" when it is), once untyped operands have a type;
  // xnil/ynil: the operand was the predeclared nil.
  std::string comparisonCause(Expr* x, Expr* y, Op op, bool xnil, bool ynil);
  void selector(SelectorExpr* e);
  void indexExpr(IndexExpr* e);
  void sliceExpr(SliceExpr* e);
  void compositeLit(CompositeLit* e, Type* hint);
  void funcLit(FuncLit* e);
  void typeAssert(TypeAssertExpr* e);
  void starExpr(StarExpr* e);
  bool matchUntyped(Expr* x, Expr* y); // binary operands to a common type; false on error
  void convertUntyped(Expr* e, Type* target);
  void updateExprType(Expr* e, Type* t, bool final);
  bool checkRepresentable(Expr* e, Type* t, bool report);
  void invalidate(Expr* e) { e->mode = ExprMode::Invalid; }
  bool isValid(const Expr* e) const { return e->mode != ExprMode::Invalid; }
  void useExprs(const std::vector<Expr*>& es); // mark names used after an error

  // ---- calls, builtins, conversions (check_calls.cpp, check_builtins.cpp, check_conversions.cpp)
  void call(CallExpr* e, Type* hint);
  void arguments(CallExpr* e, Signature* sig, const std::string& fname);
  void builtinCall(CallExpr* e, Builtin* b, Type* hint);
  void conversion(CallExpr* e, Type* t);
  bool convertible(Expr* x, Type* t);

  // ---- assignability (assignability.cpp)
  bool assignableTo(Expr* x, Type* t, std::string* cause);
  bool assignableType(Type* v, Type* t); // for typed, non-constant values
  // Checks that x can be assigned to t in `context` ("assignment", "argument to f",
  // "return statement", "variable declaration"), converting untyped x. Reports on failure.
  bool assignment(Expr* x, Type* t, const std::string& context);
  bool implements(Type* t, Interface* it, std::string* cause);

  // ---- statements (check_stmts.cpp)
  void funcBody(Signature* sig, BlockStmt* body, Scope* scope);
  void stmtList(const std::vector<Stmt*>& list);
  void stmt(Stmt* s);
  void simpleStmt(Stmt* s);
  void assignStmt(AssignStmt* s);
  void shortVarDecl(AssignStmt* s);
  void assignVar(Expr* lhs, Expr* rhs, Type* rhsType);
  Type* checkLhs(Expr* lhs);
  void returnStmt(ReturnStmt* s);
  void ifStmt(IfStmt* s);
  void forStmt(ForStmt* s);
  void rangeStmt(RangeStmt* s);
  void switchStmt(SwitchStmt* s);
  void typeSwitchStmt(TypeSwitchStmt* s);
  void selectStmt(SelectStmt* s);
  void branchStmt(BranchStmt* s);
  void labeledStmt(LabeledStmt* s);
  void resolveGotos();
  void goDeferStmt(Stmt* s, Expr* call, const char* what);
  void incDec(IncDecStmt* s);
  void openScope(const char* what);
  void closeScope();
  void declare(Scope* scope, Ident* id, Object* obj);
  void reportUnused(Scope* scope);
  bool isTerminating(Stmt* s, const std::string& label);
  bool isTerminatingList(const std::vector<Stmt*>& list);
  bool hasBreak(Stmt* s, Stmt* target, bool implicit);

  // ---- diagnostics
  void error(Pos pos, const std::string& msg);
  void unsupported(Pos pos, const std::string& feature, bool plural = false);
  void softError(Pos pos, const std::string& msg) { error(pos, msg); }

  Compilation& comp;
  TypeContext& types;
  ObjectContext& objects;
  ConstantPool& constants;
  Diagnostics& diags;

  Scope* universe = nullptr;
  Scope* scope = nullptr; // the innermost scope while checking bodies
  Package* pkg = nullptr; // the package being checked
  std::map<std::string, Package*> packages; // loaded std packages by path
  std::vector<PkgName*> importNames;
  Const* iotaObj = nullptr;
  const Constant* iotaValue = nullptr; // the value of iota inside a const spec, or null

  // A statement's place in one enclosing statement list: the list and the statement's index.
  struct BlockPos {
    const std::vector<Stmt*>* list;
    size_t index;
  };
  std::vector<BlockPos> blocks; // the statement lists enclosing the statement being checked

  // The function being checked.
  struct FuncContext {
    Signature* sig = nullptr;
    FuncDecl* decl = nullptr;
    FuncLit* lit = nullptr;
    Scope* scope = nullptr;
    std::map<std::string, LabeledStmt*> labels;
    // goto statements, resolved when the whole body has been seen (labels may follow them),
    // with the blocks enclosing each goto and each label.
    std::vector<std::pair<BranchStmt*, std::vector<BlockPos>>> gotos;
    std::map<LabeledStmt*, std::vector<BlockPos>> labelBlocks;
  };
  FuncContext* fn = nullptr;

  // Enclosing breakable/continuable statements (innermost last).
  struct Enclosing {
    Stmt* stmt;
    bool isLoop;
    LabeledStmt* label;
  };
  std::vector<Enclosing> enclosing;
  LabeledStmt* pendingLabel = nullptr;
  bool inDefer = false;
  // Set while checking the right side of a one-to-one assignment: a multi-value call there is
  // reported as "assignment mismatch" (Go's wording) rather than "multiple-value ...".
  bool singleAssign = false;

  // Type declarations being resolved, each with the number of indirections (pointer, slice,
  // map, chan, func, interface method) around it: a cycle back to one of them is valid only
  // when more indirections surround the reference than surrounded its declaration.
  std::map<TypeName*, int> resolving;
  // How many pointer, slice, map, chan or func types enclose the type expression being
  // resolved: a type may refer to itself only through one of them (type Node struct{ Next *Node }).
  int typeIndirection = 0;
  std::map<TypeName*, TypeDecl*> typeDecls;
  std::map<Const*, ConstDecl*> constDecls;
  std::set<Const*> constsDone;
  std::map<Var*, VarDecl*> globalVarDecls;
  std::set<VarDecl*> varDeclsDone;
  std::set<VarDecl*> varDeclsInProgress;
  std::vector<FuncDecl*> methodDecls;
  std::vector<FuncLit*> funcLits;
  // Variables declared in the function being checked, to find captures by closures.
  std::map<Var*, FuncContext*> varOwner;
  std::map<std::string, Builtin*> builtins;
};

// Uses Go's operand-mode vocabulary.
const char* modeString(ExprMode m);

} // namespace minigo
