// This file implements type construction, the type predicates and Go's type spelling.
#include "frontend/types.h"

#include "frontend/objects.h"

#include <llvm/Support/Casting.h>

namespace minigo {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

Type* Tuple::at(size_t i) const { return vars[i]->type; }

TypeContext::TypeContext() {
  static const char* names[] = {
      "invalid type", "bool",    "int",          "int8",        "int16",         "int32",
      "int64",        "uint",    "uint8",        "uint16",      "uint32",        "uint64",
      "uintptr",      "float32", "float64",      "string",      "unsafe.Pointer", "untyped bool",
      "untyped int",  "untyped rune", "untyped float", "untyped string", "untyped nil",
  };
  for (int k = 0; k <= static_cast<int>(BasicKind::UntypedNil); k++)
    basics_.push_back(make<Basic>(static_cast<BasicKind>(k), names[k]));
  emptyIface_ = make<Interface>();
  emptyIface_->complete = true;
  emptyTuple_ = make<Tuple>();
}

Type* underlying(Type* t) {
  while (t) {
    if (auto* n = dyn_cast<Named>(t)) {
      t = n->underlying;
      continue;
    }
    return t;
  }
  return t;
}

bool isNamed(Type* t) { return isa<Named>(t) || isa<Basic>(t); }

static Basic* asBasic(Type* t) { return t ? dyn_cast_or_null<Basic>(underlying(t)) : nullptr; }

bool isBasic(Type* t, BasicKind k) {
  Basic* b = asBasic(t);
  return b && b->basicKind == k;
}

bool isBoolean(Type* t) {
  Basic* b = asBasic(t);
  return b && (b->basicKind == BasicKind::Bool || b->basicKind == BasicKind::UntypedBool);
}

bool isInteger(Type* t) {
  Basic* b = asBasic(t);
  if (!b)
    return false;
  auto k = b->basicKind;
  return (k >= BasicKind::Int && k <= BasicKind::Uintptr) || k == BasicKind::UntypedInt ||
         k == BasicKind::UntypedRune;
}

bool isUnsigned(Type* t) {
  Basic* b = asBasic(t);
  return b && b->basicKind >= BasicKind::Uint && b->basicKind <= BasicKind::Uintptr;
}

bool isFloat(Type* t) {
  Basic* b = asBasic(t);
  if (!b)
    return false;
  auto k = b->basicKind;
  return k == BasicKind::Float32 || k == BasicKind::Float64 || k == BasicKind::UntypedFloat;
}

bool isNumeric(Type* t) { return isInteger(t) || isFloat(t); }

bool isString(Type* t) {
  Basic* b = asBasic(t);
  return b && (b->basicKind == BasicKind::String || b->basicKind == BasicKind::UntypedString);
}

bool isUntyped(Type* t) {
  auto* b = dyn_cast_or_null<Basic>(t);
  return b && b->basicKind >= BasicKind::UntypedBool;
}

bool isTyped(Type* t) { return !isUntyped(t); }

bool isConstType(Type* t) {
  Basic* b = asBasic(t);
  return b && b->basicKind != BasicKind::Invalid && b->basicKind != BasicKind::UnsafePointer &&
         b->basicKind != BasicKind::UntypedNil;
}

bool isInterface(Type* t) { return t && isa<Interface>(underlying(t)); }

bool isOrdered(Type* t) { return isInteger(t) || isFloat(t) || isString(t); }

bool isComparable(Type* t) {
  Type* u = underlying(t);
  switch (u->kind()) {
  case Type::BasicT:
    return cast<Basic>(u)->basicKind != BasicKind::UntypedNil;
  case Type::PointerT:
  case Type::ChanT:
  case Type::InterfaceT:
    return true;
  case Type::StructT:
    for (Var* f : cast<Struct>(u)->fields)
      if (!isComparable(f->type))
        return false;
    return true;
  case Type::ArrayT:
    return isComparable(cast<Array>(u)->elem);
  default:
    return false;
  }
}

bool hasNil(Type* t) {
  Type* u = underlying(t);
  switch (u->kind()) {
  case Type::BasicT:
    return cast<Basic>(u)->basicKind == BasicKind::UnsafePointer;
  case Type::PointerT:
  case Type::SliceT:
  case Type::MapT:
  case Type::ChanT:
  case Type::SignatureT:
  case Type::InterfaceT:
    return true;
  default:
    return false;
  }
}

static bool identicalTuples(Tuple* a, Tuple* b, bool ignoreTags) {
  if (a->size() != b->size())
    return false;
  for (size_t i = 0; i < a->size(); i++)
    if (!identical(a->at(i), b->at(i), ignoreTags))
      return false;
  return true;
}

bool identical(Type* a, Type* b, bool ignoreTags) {
  if (a == b)
    return true;
  if (!a || !b || a->kind() != b->kind())
    return false;
  switch (a->kind()) {
  case Type::BasicT:
    return cast<Basic>(a)->basicKind == cast<Basic>(b)->basicKind;
  case Type::NamedT:
    return false; // named types are identical only to themselves
  case Type::PointerT:
    return identical(cast<Pointer>(a)->elem, cast<Pointer>(b)->elem, ignoreTags);
  case Type::SliceT:
    return identical(cast<Slice>(a)->elem, cast<Slice>(b)->elem, ignoreTags);
  case Type::ArrayT:
    return cast<Array>(a)->len == cast<Array>(b)->len &&
           identical(cast<Array>(a)->elem, cast<Array>(b)->elem, ignoreTags);
  case Type::MapT:
    return identical(cast<Map>(a)->key, cast<Map>(b)->key, ignoreTags) &&
           identical(cast<Map>(a)->elem, cast<Map>(b)->elem, ignoreTags);
  case Type::ChanT:
    return cast<Chan>(a)->dir == cast<Chan>(b)->dir &&
           identical(cast<Chan>(a)->elem, cast<Chan>(b)->elem, ignoreTags);
  case Type::SignatureT: {
    auto* x = cast<Signature>(a);
    auto* y = cast<Signature>(b);
    return x->variadic == y->variadic && identicalTuples(x->params, y->params, ignoreTags) &&
           identicalTuples(x->results, y->results, ignoreTags);
  }
  case Type::StructT: {
    auto* x = cast<Struct>(a);
    auto* y = cast<Struct>(b);
    if (x->fields.size() != y->fields.size())
      return false;
    for (size_t i = 0; i < x->fields.size(); i++) {
      if (x->fields[i]->name != y->fields[i]->name ||
          x->fields[i]->embedded != y->fields[i]->embedded ||
          (!ignoreTags && x->tags[i] != y->tags[i]) ||
          !identical(x->fields[i]->type, y->fields[i]->type, ignoreTags))
        return false;
    }
    return true;
  }
  case Type::InterfaceT: {
    auto* x = cast<Interface>(a);
    auto* y = cast<Interface>(b);
    if (x->allMethods.size() != y->allMethods.size())
      return false;
    for (size_t i = 0; i < x->allMethods.size(); i++)
      if (x->allMethods[i]->name != y->allMethods[i]->name ||
          !identical(x->allMethods[i]->type, y->allMethods[i]->type, ignoreTags))
        return false;
    return true;
  }
  case Type::TupleT:
    return identicalTuples(cast<Tuple>(a), cast<Tuple>(b), ignoreTags);
  }
  return false;
}

Type* defaultType(TypeContext& ctx, Type* t) {
  auto* b = dyn_cast_or_null<Basic>(t);
  if (!b)
    return t;
  switch (b->basicKind) {
  case BasicKind::UntypedBool: return ctx.basic(BasicKind::Bool);
  case BasicKind::UntypedInt: return ctx.basic(BasicKind::Int);
  case BasicKind::UntypedRune: return ctx.basic(BasicKind::Int32);
  case BasicKind::UntypedFloat: return ctx.basic(BasicKind::Float64);
  case BasicKind::UntypedString: return ctx.basic(BasicKind::String);
  default: return t;
  }
}

static std::string tupleString(Tuple* t, bool variadic) {
  std::string s = "(";
  for (size_t i = 0; i < t->size(); i++) {
    if (i)
      s += ", ";
    if (variadic && i + 1 == t->size()) {
      s += "..." + typeString(cast<Slice>(t->at(i))->elem);
    } else {
      s += typeString(t->at(i));
    }
  }
  return s + ")";
}

static std::string signatureBody(Signature* sig) {
  std::string s = tupleString(sig->params, sig->variadic);
  if (sig->results->size() == 1)
    s += " " + typeString(sig->results->at(0));
  else if (sig->results->size() > 1)
    s += " " + tupleString(sig->results, false);
  return s;
}

std::string typeString(Type* t) {
  if (!t)
    return "<nil>";
  switch (t->kind()) {
  case Type::BasicT: {
    auto* b = cast<Basic>(t);
    if (b->basicKind == BasicKind::Uint8)
      return b->name; // byte and uint8 share one Basic; Go prints the alias used... uint8
    return b->name;
  }
  case Type::NamedT: {
    auto* n = cast<Named>(t);
    if (n->pkgPath.empty() || n->pkgPath == "main")
      return n->obj->name;
    return n->pkgPath + "." + n->obj->name;
  }
  case Type::PointerT:
    return "*" + typeString(cast<Pointer>(t)->elem);
  case Type::SliceT:
    return "[]" + typeString(cast<Slice>(t)->elem);
  case Type::ArrayT:
    return "[" + std::to_string(cast<Array>(t)->len) + "]" + typeString(cast<Array>(t)->elem);
  case Type::MapT:
    return "map[" + typeString(cast<Map>(t)->key) + "]" + typeString(cast<Map>(t)->elem);
  case Type::ChanT: {
    auto* c = cast<Chan>(t);
    std::string prefix = c->dir == ChanDirection::SendOnly ? "chan<- "
                         : c->dir == ChanDirection::RecvOnly ? "<-chan "
                                                              : "chan ";
    std::string elem = typeString(c->elem);
    // chan (<-chan int) needs parentheses to keep its meaning.
    if (c->dir == ChanDirection::Both)
      if (auto* e = dyn_cast<Chan>(c->elem); e && e->dir == ChanDirection::RecvOnly)
        elem = "(" + elem + ")";
    return prefix + elem;
  }
  case Type::SignatureT:
    return "func" + signatureBody(cast<Signature>(t));
  case Type::StructT: {
    auto* s = cast<Struct>(t);
    std::string out = "struct{";
    for (size_t i = 0; i < s->fields.size(); i++) {
      if (i)
        out += "; ";
      if (!s->fields[i]->embedded)
        out += s->fields[i]->name + " ";
      out += typeString(s->fields[i]->type);
    }
    return out + "}";
  }
  case Type::InterfaceT: {
    auto* it = cast<Interface>(t);
    const auto& ms = it->complete ? it->allMethods : it->methods;
    if (ms.empty() && it->embeddeds.empty())
      return "interface{}";
    std::string out = "interface{";
    bool first = true;
    for (Func* m : ms) {
      if (!first)
        out += "; ";
      first = false;
      out += m->name + signatureBody(cast<Signature>(m->type));
    }
    if (!it->complete)
      for (Type* e : it->embeddeds) {
        if (!first)
          out += "; ";
        first = false;
        out += typeString(e);
      }
    return out + "}";
  }
  case Type::TupleT:
    return tupleString(cast<Tuple>(t), false);
  }
  return "?";
}

int basicSize(BasicKind k) {
  switch (k) {
  case BasicKind::Int8:
  case BasicKind::Uint8:
  case BasicKind::Bool:
    return 1;
  case BasicKind::Int16:
  case BasicKind::Uint16:
    return 2;
  case BasicKind::Int32:
  case BasicKind::Uint32:
  case BasicKind::Float32:
    return 4;
  default:
    return 8;
  }
}

} // namespace minigo
