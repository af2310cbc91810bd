// This file declares the Emitter shared by the codegen files: the state of one lowering
// (output sections, C++ names given to Go objects, generated type descriptors) and the
// functions each lowered feature implements (gen_types.cpp, gen_exprs.cpp, gen_calls.cpp,
// gen_stmts.cpp, gen_funcs.cpp, gen_program.cpp).
#pragma once

#include "codegen/codegen.h"
#include "codegen/cpp_writer.h"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace minigo {

class Emitter {
public:
  Emitter(Compilation& comp, const CodegenOptions& options);
  std::string run();

  // ---- types (gen_types.cpp)
  std::string cppType(Type* t);          // the C++ spelling of a Go type
  std::string zeroValue(Type* t);        // a C++ expression for Go's zero value
  std::string castTo(Type* t, const std::string& v); // v converted to the C++ type of t
  std::string typeInfo(Type* t);         // pointer expression to the TypeInfo of t
  std::string ifaceInfo(Type* t);        // pointer expression to an interface's TypeInfo
  std::string structName(Type* t);       // C++ name of a (named or anonymous) struct type
  std::string fieldName(Var* f);         // C++ member name of a struct field
  void declareStruct(Type* t);           // emits the struct definition (once, dependencies first)
  std::string goSignatureText(Type* sig);// "func(int) string", for method tables
  std::vector<std::pair<Func*, Selection>> methodSet(Type* t); // Go's method set of a concrete type
  std::string methodThunk(Type* recvType, const std::string& desc, Func* m, const Selection& sel);
  bool isPointerFree(Type* t);

  // ---- expressions (gen_exprs.cpp)
  std::string expr(Expr* e);                  // a C++ expression for e, of e's type
  std::string exprAs(Expr* e, Type* target); // e converted (implicitly, as Go assigns) to target
  std::string constant(const Constant* c, Type* t);
  std::string stringLiteral(const std::string& bytes);
  std::string ident(Ident* e);
  std::string binary(BinaryExpr* e);
  std::string nilTest(const std::string& v, Type* t);
  std::string unary(UnaryExpr* e);
  std::string selector(SelectorExpr* e);
  std::string index(IndexExpr* e);
  std::string sliceExpr(SliceExpr* e);
  std::string compositeLit(CompositeLit* e, Type* t);
  std::string funcLit(FuncLit* e);
  std::string typeAssert(TypeAssertExpr* e, bool commaOk);
  std::string addressOf(Expr* e);            // &e for an addressable e
  std::string lvalue(Expr* e);               // e as an assignable C++ lvalue
  // Phase one of a parallel assignment to l: evaluates the operands of l's index expressions
  // and indirections now and returns phase two, which stores a value (already of l's type).
  std::function<void(const std::string&)> prepareStore(Expr* l);
  std::string toIface(const std::string& value, Type* from, Type* ifaceType);
  std::string convertExpr(Expr* x, Type* to);
  std::string convertStruct(const std::string& v, Type* from, Type* to);

  // ---- calls (gen_calls.cpp)
  std::string call(CallExpr* e);
  std::string builtinCall(CallExpr* e, Builtin* b);
  std::string stdCall(CallExpr* e, Func* f);
  std::string callArgs(CallExpr* e, Signature* sig);
  std::string methodCall(CallExpr* e, SelectorExpr* sel);
  std::string recvExpr(UnaryExpr* e, bool commaOk);

  // ---- statements (gen_stmts.cpp)
  void stmt(Stmt* s);
  void block(const std::vector<Stmt*>& stmts);
  void simpleStmt(Stmt* s);
  void assign(AssignStmt* s);
  void assignValues(AssignStmt* s); // assign() once the left side's calls are evaluated
  void define(AssignStmt* s);
  void returnStmt(ReturnStmt* s);
  void ifStmt(IfStmt* s);
  void forStmt(ForStmt* s, const std::string& label);
  void rangeStmt(RangeStmt* s, const std::string& label);
  void switchStmt(SwitchStmt* s, const std::string& label);
  void typeSwitchStmt(TypeSwitchStmt* s, const std::string& label);
  void selectStmt(SelectStmt* s, const std::string& label);
  void branch(BranchStmt* s);
  void varDecl(VarDecl* d);
  void goStmt(GoStmt* s);
  void deferStmt(DeferStmt* s);
  std::string declareLocal(Var* v, const std::string& init); // returns the C++ name

  // ---- functions and program (gen_funcs.cpp, gen_program.cpp)
  std::string funcName(Func* f);
  std::string localName(Var* v);
  std::string freshTemp(const std::string& base = "t");
  std::string signatureDecl(Signature* sig, const std::string& name, Var* recv);
  std::string resultType(Signature* sig);
  void function(FuncDecl* d);
  void functionBody(Signature* sig, BlockStmt* body, Var* recv);
  std::string lambdaFor(Signature* sig, BlockStmt* body, const std::string& capture);

  // ---- standard-library packages (gen_std.cpp)
  std::string stdNamespace(Package* p);
  std::string stdMemberName(Object* o);
  std::string stdCppType(Named* n);
  bool stdHasMemberMethods(Named* n);
  bool isOpaqueStdInterface(Type* t);
  bool containsOpaqueStdStruct(Type* t);
  std::string stdTypeInfo(Type* t);
  std::string stdMethodCall(Func* m, Named* recvNamed, const std::string& base, bool basePtr,
                            const std::string& args);
  std::string toOpaqueStdInterface(Pos pos, const std::string& value, Type* from, Type* target);
  std::string errorsAsCall(CallExpr* e);

  // ---- order of evaluation (gen_order.cpp)
  std::string hoistOperands(const std::vector<Expr*>& operands, std::vector<std::string>& temps);
  void unhoist(const std::vector<Expr*>& operands);
  // gen() with the operands that contain calls evaluated left to right first
  std::string inOrder(const std::vector<Expr*>& operands, const std::function<std::string()>& gen);

  // ---- diagnostics
  void unsupported(Pos pos, const std::string& feature);

  Compilation& comp;
  CodegenOptions options;
  CppWriter* out; // the section being written
  CppWriter typesOut, descOut, protoOut, globalsOut, funcsOut;

  std::map<Object*, std::string> names;          // C++ names of Go objects
  std::map<std::string, int> nameUses;           // per function: how often a name was used
  std::set<std::string> globalNames;
  std::map<std::string, std::string> structNames; // typeString of anonymous struct -> C++ name
  std::set<std::string> structsDone, structsInProgress;
  std::set<std::string> typeNames;               // Go names of main's declared types (lazily)
  std::set<Type*> expandingNamed, reportedRecursive; // named non-struct types being spelled
  std::map<std::string, std::string> typeInfos;  // key -> descriptor name
  std::set<std::string> thunksDone;
  std::map<Expr*, std::string> hoisted; // operands already evaluated into a temporary
  std::set<Expr*> ordering;              // calls and operators whose operands are being hoisted
  int tempCounter = 0;
  int descCounter = 0;

  // The function being emitted.
  struct FuncState {
    Signature* sig = nullptr;
    bool hasDefer = false;
    bool namedResults = false;
    bool directRecover = false; // the body calls recover(): mg_direct says if it may recover
    std::vector<std::string> resultNames;
    std::string doneLabel;
  };
  FuncState* fn = nullptr;
  // Labels of enclosing breakable statements: Go break/continue with labels become gotos.
  std::map<Stmt*, std::string> breakLabels, continueLabels;
  std::set<Stmt*> usedBreakLabels, usedContinueLabels;
  std::vector<Stmt*> breakables; // innermost last
  std::vector<std::pair<Stmt*, std::string>> switchFallthrough;
};

// The named type t when it is declared by a standard-library package, else null.
Named* stdNamed(Type* t);

// Whether a Go name must be renamed in C++ (keywords, std/runtime names, the mg_ prefix).
bool isReservedCppName(const std::string& n);
bool isCppMacroName(const std::string& n); // a macro of the C/POSIX headers: NAN, EINTR, ...

// Whether e contains a function or method call or a receive (outside function literals).
bool hasCallOrRecv(Expr* e);
// The operands an assignment to lhs evaluates before its right-hand side.
void lhsOperands(Expr* lhs, std::vector<Expr*>& out);

// Whether e is the predeclared nil (the checker may have given it the other operand's type).
bool isNilExpr(Expr* e);

// Whether a function body contains a defer statement (not counting function literals).
bool containsDefer(Node* n);

} // namespace minigo
