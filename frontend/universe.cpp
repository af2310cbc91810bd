// This file implements the universe scope: Go's predeclared types, constants, nil and
// built-in functions.
#include "frontend/checker.h"

namespace minigo {

void Checker::setupUniverse() {
  universe = objects.newScope(nullptr, "universe");
  auto defType = [&](const char* name, Type* t) {
    auto* tn = objects.make<TypeName>(name, Pos{}, t);
    universe->insert(tn);
    return tn;
  };
  static const std::pair<const char*, BasicKind> basics[] = {
      {"bool", BasicKind::Bool},       {"int", BasicKind::Int},         {"int8", BasicKind::Int8},
      {"int16", BasicKind::Int16},     {"int32", BasicKind::Int32},     {"int64", BasicKind::Int64},
      {"uint", BasicKind::Uint},       {"uint8", BasicKind::Uint8},     {"uint16", BasicKind::Uint16},
      {"uint32", BasicKind::Uint32},   {"uint64", BasicKind::Uint64},   {"uintptr", BasicKind::Uintptr},
      {"float32", BasicKind::Float32}, {"float64", BasicKind::Float64}, {"string", BasicKind::String},
  };
  for (auto& [name, kind] : basics)
    defType(name, types.basic(kind));
  // byte and rune are aliases with their own spelling in messages.
  auto* byteT = types.make<Basic>(BasicKind::Uint8, "byte");
  auto* runeT = types.make<Basic>(BasicKind::Int32, "rune");
  defType("byte", byteT)->isAlias = true;
  defType("rune", runeT)->isAlias = true;
  defType("any", types.emptyInterface())->isAlias = true;

  // type error interface { Error() string }
  auto* errTN = objects.make<TypeName>("error", Pos{}, nullptr);
  auto* errNamed = types.make<Named>(errTN);
  errTN->type = errNamed;
  auto* errIface = types.make<Interface>();
  auto* results = types.make<Tuple>();
  results->vars.push_back(objects.make<Var>("", Pos{}, types.basic(BasicKind::String)));
  auto* errSig = types.make<Signature>(types.emptyTuple(), results, false);
  auto* errorMethod = objects.make<Func>("Error", Pos{}, errSig);
  errIface->methods.push_back(errorMethod);
  errIface->allMethods.push_back(errorMethod);
  errIface->complete = true;
  errNamed->underlying = errIface;
  universe->insert(errTN);
  types.errorType = errNamed;

  universe->insert(objects.make<Const>("true", Pos{}, types.basic(BasicKind::UntypedBool),
                                       constants.makeBool(true)));
  universe->insert(objects.make<Const>("false", Pos{}, types.basic(BasicKind::UntypedBool),
                                       constants.makeBool(false)));
  iotaObj = objects.make<Const>("iota", Pos{}, types.basic(BasicKind::UntypedInt),
                                constants.makeInt(0));
  universe->insert(iotaObj);
  auto* nilObj = objects.make<Nil>();
  nilObj->type = types.basic(BasicKind::UntypedNil);
  universe->insert(nilObj);

  static const std::pair<const char*, BuiltinId> fns[] = {
      {"append", BuiltinId::Append}, {"cap", BuiltinId::Cap},         {"clear", BuiltinId::Clear},
      {"close", BuiltinId::Close},   {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},
      {"delete", BuiltinId::Delete}, {"imag", BuiltinId::Imag},       {"len", BuiltinId::Len},
      {"make", BuiltinId::Make},     {"max", BuiltinId::Max},         {"min", BuiltinId::Min},
      {"new", BuiltinId::New},       {"panic", BuiltinId::Panic},     {"print", BuiltinId::Print},
      {"println", BuiltinId::Println}, {"real", BuiltinId::Real},     {"recover", BuiltinId::Recover},
  };
  for (auto& [name, id] : fns) {
    auto* b = objects.make<Builtin>(name, id);
    builtins[name] = b;
    universe->insert(b);
  }
  // complex64/complex128 exist in Go; minigo rejects them where used (see typExpr).
  defType("complex64", types.basic(BasicKind::Invalid));
  defType("complex128", types.basic(BasicKind::Invalid));
}

} // namespace minigo
