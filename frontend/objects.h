// This file implements the objects names denote (variables, constants, type names, functions,
// package names, built-ins, labels) and the lexical scopes that map names to them, after
// Go's types2 object.go and scope.go.
#pragma once

#include "frontend/diagnostics.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace minigo {

class Type;
class Constant;
class Scope;
class Package;
class FuncDecl;
class Node;

enum class BuiltinId {
  Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic,
  Print, Println, Real, Recover,
};

class Object {
public:
  enum Kind { VarK, ConstK, TypeNameK, FuncK, PkgNameK, BuiltinK, NilK, LabelK };
  Kind kind() const { return kind_; }
  std::string name;
  Pos pos;
  Type* type = nullptr;
  Scope* parent = nullptr; // the scope that declares it; null for fields and methods
  Package* pkg = nullptr;  // null for universe objects
  bool used = false;
  virtual ~Object() = default;

protected:
  Object(Kind k, std::string n, Pos p) : name(std::move(n)), pos(p), kind_(k) {}

private:
  Kind kind_;
};

class Var : public Object {
public:
  Var(std::string n, Pos p, Type* t) : Object(VarK, std::move(n), p) { type = t; }
  bool isField = false;
  bool embedded = false;
  bool isParam = false;
  bool isGlobal = false;
  // Set by the checker: the variable is captured by a closure or its address is taken, so
  // codegen gives it a heap cell (shared by reference, as Go's escape analysis would).
  bool escapes = false;
  static bool classof(const Object* o) { return o->kind() == VarK; }
};

class Const : public Object {
public:
  Const(std::string n, Pos p, Type* t, const Constant* v) : Object(ConstK, std::move(n), p), value(v) {
    type = t;
  }
  const Constant* value;
  static bool classof(const Object* o) { return o->kind() == ConstK; }
};

class TypeName : public Object {
public:
  TypeName(std::string n, Pos p, Type* t) : Object(TypeNameK, std::move(n), p) { type = t; }
  bool isAlias = false;
  static bool classof(const Object* o) { return o->kind() == TypeNameK; }
};

class Func : public Object {
public:
  Func(std::string n, Pos p, Type* sig) : Object(FuncK, std::move(n), p) { type = sig; }
  FuncDecl* decl = nullptr;      // null for library functions and interface methods
  bool pointerReceiver = false;  // method declared on *T
  Type* recvBase = nullptr;      // the receiver's named type, for methods
  std::string cppName;           // the runtime's C++ name for library functions
  static bool classof(const Object* o) { return o->kind() == FuncK; }
};

class PkgName : public Object {
public:
  PkgName(std::string n, Pos p, Package* imported) : Object(PkgNameK, std::move(n), p), imported(imported) {}
  Package* imported;
  static bool classof(const Object* o) { return o->kind() == PkgNameK; }
};

class Builtin : public Object {
public:
  Builtin(std::string n, BuiltinId i) : Object(BuiltinK, std::move(n), Pos{}), id(i) {}
  BuiltinId id;
  static bool classof(const Object* o) { return o->kind() == BuiltinK; }
};

class Nil : public Object {
public:
  Nil() : Object(NilK, "nil", Pos{}) {}
  static bool classof(const Object* o) { return o->kind() == NilK; }
};

class Label : public Object {
public:
  Label(std::string n, Pos p) : Object(LabelK, std::move(n), p) {}
  static bool classof(const Object* o) { return o->kind() == LabelK; }
};

// A lexical scope. Lookups walk outwards through parents.
class Scope {
public:
  Scope(Scope* parent, std::string what) : parent(parent), what(std::move(what)) {}
  Scope* parent;
  std::string what; // "universe", "package", "file", "function", "block"
  bool isFunc = false; // the outermost scope of a function or function literal

  Object* lookupLocal(const std::string& name) const {
    auto it = names_.find(name);
    return it == names_.end() ? nullptr : it->second;
  }
  // Returns the innermost object named `name`, and the scope holding it.
  Object* lookup(const std::string& name, Scope** where = nullptr) const;
  // Inserts obj; returns the object already declared with that name in this scope, if any.
  Object* insert(Object* obj);
  const std::vector<Object*>& ordered() const { return order_; }

private:
  std::map<std::string, Object*> names_;
  std::vector<Object*> order_;
};

// A package: main, or one of the supported standard-library packages.
class Package {
public:
  Package(std::string path, std::string name) : path(std::move(path)), name(std::move(name)) {}
  std::string path;
  std::string name;
  std::unique_ptr<Scope> scope;
  bool unavailable = false; // an import minigo cannot provide: its uses are not reported again
};

// Owns objects and scopes of one compilation.
class ObjectContext {
public:
  template <class T, class... Args> T* make(Args&&... args) {
    auto o = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = o.get();
    objects_.push_back(std::move(o));
    return raw;
  }
  Scope* newScope(Scope* parent, std::string what) {
    scopes_.push_back(std::make_unique<Scope>(parent, std::move(what)));
    return scopes_.back().get();
  }

private:
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::unique_ptr<Scope>> scopes_;
};

} // namespace minigo
