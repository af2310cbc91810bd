// This file implements minigo's type representation, after Go's types2: basic types,
// named types, composite types, signatures and tuples, plus identity, underlying types and
// the predicates the checker asks (comparable, ordered, numeric, ...). Types are interned or
// owned by a TypeContext, compared by identity() rather than by pointer.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace minigo {

class Object;
class TypeName;
class Func;
class Scope;

enum class BasicKind {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  String,
  UnsafePointer,
  // untyped
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedString,
  UntypedNil,
};

class Type {
public:
  enum Kind { BasicT, NamedT, PointerT, SliceT, ArrayT, MapT, ChanT, SignatureT, StructT, InterfaceT, TupleT };
  Kind kind() const { return kind_; }
  virtual ~Type() = default;

protected:
  explicit Type(Kind k) : kind_(k) {}

private:
  Kind kind_;
};

class Basic : public Type {
public:
  Basic(BasicKind k, std::string n) : Type(BasicT), basicKind(k), name(std::move(n)) {}
  BasicKind basicKind;
  std::string name;
  static bool classof(const Type* t) { return t->kind() == BasicT; }
};

class Method;

// A defined type (type T U) or a predeclared named type (error). Methods are attached by the
// checker as it collects them.
class Named : public Type {
public:
  Named(TypeName* o) : Type(NamedT), obj(o) {}
  TypeName* obj;
  Type* underlying = nullptr;  // resolved lazily by the checker
  std::vector<Func*> methods;  // declared methods, in source order
  std::string pkgPath;         // "" for universe types, "main" or a std package path
  static bool classof(const Type* t) { return t->kind() == NamedT; }
};

class Pointer : public Type {
public:
  explicit Pointer(Type* e) : Type(PointerT), elem(e) {}
  Type* elem;
  static bool classof(const Type* t) { return t->kind() == PointerT; }
};

class Slice : public Type {
public:
  explicit Slice(Type* e) : Type(SliceT), elem(e) {}
  Type* elem;
  static bool classof(const Type* t) { return t->kind() == SliceT; }
};

class Array : public Type {
public:
  Array(Type* e, int64_t n) : Type(ArrayT), elem(e), len(n) {}
  Type* elem;
  int64_t len;
  static bool classof(const Type* t) { return t->kind() == ArrayT; }
};

class Map : public Type {
public:
  Map(Type* k, Type* v) : Type(MapT), key(k), elem(v) {}
  Type* key;
  Type* elem;
  static bool classof(const Type* t) { return t->kind() == MapT; }
};

enum class ChanDirection { Both, SendOnly, RecvOnly };

class Chan : public Type {
public:
  Chan(ChanDirection d, Type* e) : Type(ChanT), dir(d), elem(e) {}
  ChanDirection dir;
  Type* elem;
  static bool classof(const Type* t) { return t->kind() == ChanT; }
};

class Var;

// An ordered list of variables: parameters, results, or the values of a multi-value call.
class Tuple : public Type {
public:
  Tuple() : Type(TupleT) {}
  std::vector<Var*> vars;
  size_t size() const { return vars.size(); }
  Type* at(size_t i) const;
  static bool classof(const Type* t) { return t->kind() == TupleT; }
};

class Signature : public Type {
public:
  Signature(Tuple* p, Tuple* r, bool v) : Type(SignatureT), params(p), results(r), variadic(v) {}
  Var* recv = nullptr; // methods only
  Tuple* params;
  Tuple* results;
  bool variadic; // the last parameter is ...T (its type is recorded as []T)
  static bool classof(const Type* t) { return t->kind() == SignatureT; }
};

class Struct : public Type {
public:
  Struct() : Type(StructT) {}
  std::vector<Var*> fields; // Var::embedded marks embedded fields
  std::vector<std::string> tags;
  static bool classof(const Type* t) { return t->kind() == StructT; }
};

class Interface : public Type {
public:
  Interface() : Type(InterfaceT) {}
  std::vector<Func*> methods;     // explicitly declared
  std::vector<Type*> embeddeds;   // embedded interfaces
  std::vector<Func*> allMethods;  // complete method set, sorted by name (computed)
  bool complete = false;
  bool isEmpty() const { return complete ? allMethods.empty() : methods.empty() && embeddeds.empty(); }
  static bool classof(const Type* t) { return t->kind() == InterfaceT; }
};

// Owns every type created during a compilation and the predeclared basic types.
class TypeContext {
public:
  TypeContext();
  template <class T, class... Args> T* make(Args&&... args) {
    auto t = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = t.get();
    types_.push_back(std::move(t));
    return raw;
  }
  Basic* basic(BasicKind k) const { return basics_[static_cast<int>(k)]; }
  Interface* emptyInterface() const { return emptyIface_; }
  Tuple* emptyTuple() const { return emptyTuple_; }
  Named* errorType = nullptr;    // set up by the universe
  Named* comparableType = nullptr;

private:
  std::deque<std::unique_ptr<Type>> types_;
  std::vector<Basic*> basics_;
  Interface* emptyIface_;
  Tuple* emptyTuple_;
};

// ---- Predicates (types2's predicates.go) ----

Type* underlying(Type* t);
bool isNamed(Type* t);
bool isBasic(Type* t, BasicKind k);
bool isBoolean(Type* t);
bool isInteger(Type* t);
bool isUnsigned(Type* t);
bool isFloat(Type* t);
bool isNumeric(Type* t);
bool isString(Type* t);
bool isUntyped(Type* t);
bool isTyped(Type* t);
bool isConstType(Type* t);
bool isInterface(Type* t);
bool isOrdered(Type* t);
bool isComparable(Type* t);
bool hasNil(Type* t); // pointer, slice, map, chan, func, interface, unsafe.Pointer
// ignoreTags: struct tags do not count (conversions between struct types, Go 1.8).
bool identical(Type* a, Type* b, bool ignoreTags = false);

// The default type of an untyped type (untyped int -> int, ...); t itself otherwise.
Type* defaultType(TypeContext& ctx, Type* t);

// Go's spelling of a type as error messages show it (`[]int`, `map[string]T`, `func(int) error`),
// with types of package main unqualified and others qualified (`time.Duration`).
std::string typeString(Type* t);

// Size in bytes of a basic integer kind (int/uint/uintptr are 8), for range checks.
int basicSize(BasicKind k);

} // namespace minigo
