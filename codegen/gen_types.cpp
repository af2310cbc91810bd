// This file lowers Go types to C++: the spelling of each type, struct definitions (with
// equality and hashing when Go says the struct is comparable), zero values, and the run-time
// type descriptors (mg::TypeInfo) and method thunks that interfaces, type assertions and fmt
// use.
#include "codegen/emitter.h"

#include <llvm/Support/Casting.h>

#include <algorithm>

namespace minigo {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

static std::string basicCpp(BasicKind k) {
  switch (k) {
  case BasicKind::Bool:
  case BasicKind::UntypedBool: return "bool";
  case BasicKind::Int:
  case BasicKind::Int64:
  case BasicKind::UntypedInt: return "int64_t";
  case BasicKind::Int8: return "int8_t";
  case BasicKind::Int16: return "int16_t";
  case BasicKind::Int32:
  case BasicKind::UntypedRune: return "int32_t";
  case BasicKind::Uint:
  case BasicKind::Uint64:
  case BasicKind::Uintptr: return "uint64_t";
  case BasicKind::Uint8: return "uint8_t";
  case BasicKind::Uint16: return "uint16_t";
  case BasicKind::Uint32: return "uint32_t";
  case BasicKind::Float32: return "float";
  case BasicKind::Float64:
  case BasicKind::UntypedFloat: return "double";
  case BasicKind::String:
  case BasicKind::UntypedString: return "mg::string";
  case BasicKind::UntypedNil: return "std::nullptr_t";
  default: return "void";
  }
}

std::string Emitter::structName(Type* t) {
  if (auto* n = dyn_cast<Named>(t)) {
    auto it = names.find(n->obj);
    if (it != names.end())
      return it->second;
    std::string base = n->obj->name;
    if (isReservedCppName(base))
      base += "_";
    std::string name = base;
    // Local types may reuse a name: give each its own C++ name.
    int k = 0;
    while (globalNames.count(name))
      name = base + "_" + std::to_string(++k);
    globalNames.insert(name);
    names[n->obj] = name;
    return name;
  }
  std::string key = typeString(t);
  auto it = structNames.find(key);
  if (it != structNames.end())
    return it->second;
  std::string name = "anon_struct_" + std::to_string(structNames.size() + 1);
  structNames[key] = name;
  return name;
}

// A field keeps its Go name unless C++ would read it as something else: a keyword, or the name
// of a declared type (an embedded field `Animal` of type Animal would change the meaning of
// `Animal` inside the struct body).
std::string Emitter::fieldName(Var* f) {
  if (typeNames.empty())
    for (TypeName* tn : comp.namedTypes)
      typeNames.insert(isReservedCppName(tn->name) ? tn->name + "_" : tn->name); // as structName
  if (f->pkg && f->pkg->path != "main")
    return f->name;
  std::string n = f->name;
  if (isReservedCppName(n))
    n += "_";
  while (typeNames.count(n))
    n += "_";
  return n;
}

std::string Emitter::cppType(Type* t) {
  if (!t)
    return "void";
  switch (t->kind()) {
  case Type::BasicT:
    return basicCpp(cast<Basic>(t)->basicKind);
  case Type::NamedT: {
    auto* n = cast<Named>(t);
    if (n == comp.types.errorType)
      return "mg::iface";
    if (stdNamed(n))
      return stdCppType(n);
    Type* u = underlying(t);
    if (isa<Struct>(u)) {
      declareStruct(t);
      return structName(t);
    }
    if (isa<Interface>(u))
      return "mg::iface";
    // A named slice, map, chan, func or pointer type is spelled as its underlying type, which
    // cannot name itself in C++ (type List []List).
    if (expandingNamed.count(t)) {
      if (reportedRecursive.insert(t).second)
        unsupported(n->obj->pos, "the recursive type " + n->obj->name +
                                     " (it refers to itself other than through a struct)");
      return "void";
    }
    expandingNamed.insert(t);
    std::string s = cppType(u);
    expandingNamed.erase(t);
    return s;
  }
  case Type::PointerT: {
    Type* elem = cast<Pointer>(t)->elem;
    if (isa<Struct>(elem)) {
      // Type declarations forward-declare named structs; an anonymous one is declared on its
      // first use (forward first, in case it is being declared now: struct{ next *T } in T).
      std::string name = structName(elem);
      if (!structsDone.count(name)) {
        typesOut.line("struct " + name + ";");
        declareStruct(elem);
      }
      return name + "*";
    }
    if (isa<Struct>(underlying(elem)) && !stdNamed(elem))
      return structName(elem) + "*"; // a forward declaration suffices
    return cppType(elem) + "*";
  }
  case Type::SliceT:
    return "mg::slice<" + cppType(cast<Slice>(t)->elem) + ">";
  case Type::ArrayT:
    return "mg::array<" + cppType(cast<Array>(t)->elem) + ", " + std::to_string(cast<Array>(t)->len) + ">";
  case Type::MapT:
    return "mg::map<" + cppType(cast<Map>(t)->key) + ", " + cppType(cast<Map>(t)->elem) + ">";
  case Type::ChanT:
    return "mg::chan<" + cppType(cast<Chan>(t)->elem) + ">";
  case Type::SignatureT: {
    auto* sig = cast<Signature>(t);
    std::string s = "mg::func<" + resultType(sig) + "(";
    for (size_t i = 0; i < sig->params->size(); i++) {
      if (i)
        s += ", ";
      s += cppType(sig->params->at(i));
    }
    return s + ")>";
  }
  case Type::StructT:
    if (cast<Struct>(t)->fields.empty())
      return "mg::empty_struct";
    declareStruct(t);
    return structName(t);
  case Type::InterfaceT:
    return "mg::iface";
  case Type::TupleT: {
    auto* tup = cast<Tuple>(t);
    std::string s = "std::tuple<";
    for (size_t i = 0; i < tup->size(); i++) {
      if (i)
        s += ", ";
      s += cppType(tup->at(i));
    }
    return s + ">";
  }
  }
  return "void";
}

// The functional cast T(v) does not parse when T is a pointer type (`int64_t*(v)`).
std::string Emitter::castTo(Type* t, const std::string& v) {
  std::string T = cppType(t);
  if (!T.empty() && T.back() == '*')
    return "static_cast<" + T + ">(" + v + ")";
  return T + "(" + v + ")";
}

// `T*{}` is not a C++ expression (a declarator in the type): pointers (and library interfaces
// the runtime keeps as pointers, rand.Source) are spelled as a cast of nullptr; every other
// lowered type is a single type-id that `T{}` zero-initialises.
std::string Emitter::zeroValue(Type* t) {
  std::string T = cppType(t);
  if (!T.empty() && T.back() == '*')
    return "static_cast<" + T + ">(nullptr)";
  return T + "{}";
}

bool Emitter::isPointerFree(Type* t) {
  Type* u = underlying(t);
  if (auto* b = dyn_cast<Basic>(u))
    return b->basicKind != BasicKind::String;
  if (auto* a = dyn_cast<Array>(u))
    return isPointerFree(a->elem);
  if (auto* s = dyn_cast<Struct>(u)) {
    for (Var* f : s->fields)
      if (!isPointerFree(f->type))
        return false;
    return true;
  }
  return false;
}

// Struct definitions are written to typesOut in dependency order: a struct that contains
// another by value is defined after it.
void Emitter::declareStruct(Type* t) {
  auto* st = cast<Struct>(underlying(t));
  std::string name = structName(t);
  if (structsDone.count(name) || structsInProgress.count(name))
    return;
  structsInProgress.insert(name);
  // Dependencies first (value containment).
  std::function<void(Type*)> needComplete = [&](Type* ft) {
    Type* u = underlying(ft);
    if (isa<Struct>(u) && !cast<Struct>(u)->fields.empty() &&
        !(isa<Named>(ft) && !cast<Named>(ft)->pkgPath.empty() && cast<Named>(ft)->pkgPath != "main"))
      declareStruct(ft);
    else if (auto* a = dyn_cast<Array>(u))
      needComplete(a->elem);
  };
  for (Var* f : st->fields)
    needComplete(f->type);
  std::vector<std::string> fieldDecls;
  bool comparable = isComparable(t) && !containsOpaqueStdStruct(t);
  for (size_t i = 0; i < st->fields.size(); i++) {
    Var* f = st->fields[i];
    fieldDecls.push_back(cppType(f->type) + " " +
                         (f->name == "_" ? "_blank" + std::to_string(i) : fieldName(f)) + "{};");
  }
  CppWriter* saved = out;
  out = &typesOut;
  typesOut.resetLine();
  typesOut.line("struct " + name + " {");
  typesOut.indent();
  for (auto& d : fieldDecls)
    typesOut.line(d);
  if (comparable) {
    typesOut.line("friend bool operator==(const " + name + "&, const " + name + "&) = default;");
  }
  typesOut.dedent();
  typesOut.line("};");
  if (comparable) {
    typesOut.line("inline uint64_t mg_hash(const " + name + "& v) {");
    typesOut.indent();
    typesOut.line("uint64_t h = 0x9e3779b97f4a7c15ull;");
    for (size_t i = 0; i < st->fields.size(); i++) {
      if (st->fields[i]->name == "_")
        continue;
      typesOut.line("h = mg::hash_combine(h, mg::hash_of(v." + fieldName(st->fields[i]) + "));");
    }
    typesOut.line("return h;");
    typesOut.dedent();
    typesOut.line("}");
  }
  out = saved;
  structsInProgress.erase(name);
  structsDone.insert(name);
}

// The runtime finds methods by name and signature text, spelled as reflect spells it: the
// aliases byte and rune appear as uint8 and int32 ("func([]uint8) (int, error)").
std::string Emitter::goSignatureText(Type* sig) {
  std::string text = typeString(sig);
  std::string out;
  size_t i = 0;
  auto isIdent = [](char c) { return isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'; };
  while (i < text.size()) {
    if (!isIdent(text[i])) {
      out += text[i++];
      continue;
    }
    size_t j = i;
    while (j < text.size() && isIdent(text[j]))
      j++;
    std::string word = text.substr(i, j - i);
    out += word == "byte" ? "uint8" : word == "rune" ? "int32" : word;
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Type descriptors

static std::string cString(const std::string& s) {
  std::string r = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\')
      r += '\\';
    r += c;
  }
  return r + "\"";
}

// Go's %T spelling: package-qualified names (main.T).
static std::string rtTypeName(Type* t) {
  if (auto* n = dyn_cast<Named>(t)) {
    if (n->pkgPath.empty())
      return n->obj->name;
    return n->pkgPath + "." + n->obj->name;
  }
  switch (t->kind()) {
  case Type::PointerT: return "*" + rtTypeName(cast<Pointer>(t)->elem);
  case Type::SliceT: return "[]" + rtTypeName(cast<Slice>(t)->elem);
  case Type::ArrayT: return "[" + std::to_string(cast<Array>(t)->len) + "]" + rtTypeName(cast<Array>(t)->elem);
  case Type::MapT: return "map[" + rtTypeName(cast<Map>(t)->key) + "]" + rtTypeName(cast<Map>(t)->elem);
  case Type::ChanT: {
    auto* c = cast<Chan>(t);
    return std::string(c->dir == ChanDirection::SendOnly ? "chan<- " : c->dir == ChanDirection::RecvOnly ? "<-chan " : "chan ") +
           rtTypeName(c->elem);
  }
  case Type::InterfaceT: {
    auto* it = cast<Interface>(t);
    if (it->allMethods.empty())
      return "interface {}";
    std::string s = "interface { ";
    for (size_t i = 0; i < it->allMethods.size(); i++) {
      if (i)
        s += "; ";
      s += it->allMethods[i]->name + typeString(it->allMethods[i]->type).substr(4);
    }
    return s + " }";
  }
  case Type::StructT: {
    auto* st = cast<Struct>(t);
    if (st->fields.empty())
      return "struct {}";
    std::string s = "struct { ";
    for (size_t i = 0; i < st->fields.size(); i++) {
      if (i)
        s += "; ";
      if (!st->fields[i]->embedded)
        s += st->fields[i]->name + " ";
      s += rtTypeName(st->fields[i]->type);
    }
    return s + " }";
  }
  case Type::BasicT: {
    auto* b = cast<Basic>(t);
    if (b->name == "byte")
      return "uint8";
    if (b->name == "rune")
      return "int32";
    return b->name;
  }
  default: return typeString(t);
  }
}

static const char* kindName(Type* u) {
  auto* b = dyn_cast<Basic>(u);
  if (!b)
    return "Invalid";
  switch (b->basicKind) {
  case BasicKind::Bool: return "Bool";
  case BasicKind::Int: return "Int";
  case BasicKind::Int8: return "Int8";
  case BasicKind::Int16: return "Int16";
  case BasicKind::Int32: return "Int32";
  case BasicKind::Int64: return "Int64";
  case BasicKind::Uint: return "Uint";
  case BasicKind::Uint8: return "Uint8";
  case BasicKind::Uint16: return "Uint16";
  case BasicKind::Uint32: return "Uint32";
  case BasicKind::Uint64: return "Uint64";
  case BasicKind::Uintptr: return "Uintptr";
  case BasicKind::Float32: return "Float32";
  case BasicKind::Float64: return "Float64";
  case BasicKind::String: return "String";
  default: return "Invalid";
  }
}

// The method set of a concrete type t, as Go defines it: for T the value-receiver methods of T
// and those promoted through embedded fields without a pointer on the way; for *T (or when an
// embedded *E is on the path) the pointer-receiver methods too. Methods of embedded interfaces
// are promoted as well. Each entry is the method and how it is reached from t.
std::vector<std::pair<Func*, Selection>> Emitter::methodSet(Type* t) {
  std::vector<std::pair<Func*, Selection>> result;
  bool isPtr = isa<Pointer>(t);
  Type* base = isPtr ? cast<Pointer>(t)->elem : t;
  if (isa<Interface>(underlying(base)))
    return result;
  // Candidate names: every method declared on a type reachable through embedding.
  std::set<std::string> candidates;
  std::set<Type*> seen;
  std::vector<Type*> work{base};
  while (!work.empty()) {
    Type* cur = work.back();
    work.pop_back();
    if (auto* p = dyn_cast<Pointer>(cur))
      cur = p->elem;
    if (!seen.insert(cur).second)
      continue;
    if (auto* n = dyn_cast<Named>(cur))
      for (Func* m : n->methods)
        candidates.insert(m->name);
    Type* u = underlying(cur);
    if (auto* it = dyn_cast<Interface>(u)) {
      for (Func* m : it->allMethods)
        candidates.insert(m->name);
    } else if (auto* st = dyn_cast<Struct>(u)) {
      for (Var* f : st->fields)
        if (f->embedded)
          work.push_back(f->type);
    }
  }
  for (const std::string& name : candidates) {
    Selection sel = lookupFieldOrMethod(base, name);
    if (sel.kind != Selection::Method)
      continue;
    auto* m = cast<Func>(sel.obj);
    if (m->pointerReceiver && !isPtr && !sel.indirect)
      continue; // needs an addressable receiver: only in *T's method set
    result.push_back({m, sel});
  }
  return result;
}

// A thunk for one method table entry: takes a pointer to the boxed receiver value (the T, or
// the T* for pointer types), walks the embedded fields to the method's receiver, and calls it.
std::string Emitter::methodThunk(Type* recvType, const std::string& desc, Func* m,
                                 const Selection& sel) {
  bool recvIsPtr = isa<Pointer>(recvType);
  Type* base = recvIsPtr ? cast<Pointer>(recvType)->elem : recvType;
  std::string owner = isa<Named>(base) ? structName(base) : desc;
  std::string name = "thunk_" + std::string(recvIsPtr ? "ptr_" : "") + owner + "_" + m->name;
  if (thunksDone.count(name))
    return name;
  thunksDone.insert(name);
  auto* sig = cast<Signature>(m->type);
  std::string params = "void* mg_recv";
  std::string args, targs;
  for (size_t i = 0; i < sig->params->size(); i++) {
    params += ", " + cppType(sig->params->at(i)) + " a" + std::to_string(i);
    args += ", a" + std::to_string(i);
    targs += ", " + cppType(sig->params->at(i));
  }
  std::string cur = "(*static_cast<" + cppType(recvType) + "*>(mg_recv))";
  Type* curType = recvType;
  for (Var* f : sel.embeddedPath) {
    cur = (isa<Pointer>(underlying(curType)) ? "mg::deref(" + cur + ")" : cur) + "." + fieldName(f);
    curType = f->type;
  }
  bool curPtr = isa<Pointer>(underlying(curType));
  std::string call;
  if (auto* it = dyn_cast<Interface>(underlying(curType))) {
    size_t idx = 0;
    for (size_t i = 0; i < it->allMethods.size(); i++)
      if (it->allMethods[i]->name == m->name)
        idx = i;
    call = "mg::call_method<" + resultType(sig) + targs + ">(" + cur + ", " + std::to_string(idx) +
           args + ")";
  } else if (Named* sn = stdNamed(curPtr ? cast<Pointer>(underlying(curType))->elem : curType)) {
    // Library methods may be C++ members (gen_std.cpp).
    call = stdMethodCall(m, sn, cur, curPtr, args.empty() ? "" : args.substr(2));
  } else {
    std::string recv;
    if (m->pointerReceiver)
      recv = curPtr ? cur : "&" + cur;
    else
      recv = curPtr ? "mg::deref(" + cur + ")" : cur;
    call = funcName(m) + "(" + recv + args + ")";
  }
  protoOut.line("inline " + resultType(sig) + " " + name + "(" + params + ") { return " + call +
                "; }");
  return name;
}

std::string Emitter::typeInfo(Type* t) {
  if (auto* b = dyn_cast<Basic>(t)) {
    switch (b->basicKind) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool: return "&mg::type_bool";
    case BasicKind::Int:
    case BasicKind::UntypedInt: return "&mg::type_int";
    case BasicKind::Int8: return "&mg::type_int8";
    case BasicKind::Int16: return "&mg::type_int16";
    case BasicKind::Int32:
    case BasicKind::UntypedRune: return "&mg::type_int32";
    case BasicKind::Int64: return "&mg::type_int64";
    case BasicKind::Uint: return "&mg::type_uint";
    case BasicKind::Uint8: return "&mg::type_uint8";
    case BasicKind::Uint16: return "&mg::type_uint16";
    case BasicKind::Uint32: return "&mg::type_uint32";
    case BasicKind::Uint64: return "&mg::type_uint64";
    case BasicKind::Uintptr: return "&mg::type_uintptr";
    case BasicKind::Float32: return "&mg::type_float32";
    case BasicKind::Float64:
    case BasicKind::UntypedFloat: return "&mg::type_float64";
    case BasicKind::String:
    case BasicKind::UntypedString: return "&mg::type_string";
    default: return "nullptr";
    }
  }
  if (t == comp.types.errorType)
    return "&mg::type_error";
  if (auto* it = dyn_cast<Interface>(t); it && it->allMethods.empty())
    return "&mg::type_any";
  if (std::string rt = stdTypeInfo(t); !rt.empty())
    return rt;
  std::string key = rtTypeName(t) + "#" + std::to_string(reinterpret_cast<uintptr_t>(isa<Named>(t) ? t : nullptr));
  if (!isa<Named>(t))
    key = rtTypeName(t);
  auto it = typeInfos.find(key);
  if (it != typeInfos.end())
    return "&" + it->second;
  std::string name = "type_desc_" + std::to_string(++descCounter);
  typeInfos[key] = name;
  // Forward declaration first, so that recursive types can refer to themselves.
  typesOut.line("extern const mg::TypeInfo " + name + ";");
  Type* u = underlying(t);
  std::string T = cppType(t);
  // Method table.
  std::vector<std::pair<std::string, std::string>> methods; // name, entry
  if (auto* iface = dyn_cast<Interface>(u)) {
    // Named or not, an interface's descriptor lists its whole method set (itabs are built
    // against it).
    for (Func* m : iface->allMethods)
      methods.push_back({m->name, "{" + cString(m->name) + ", " + cString(goSignatureText(m->type)) + ", nullptr}"});
  } else {
    for (auto& [m, sel] : methodSet(t))
      methods.push_back({m->name, "{" + cString(m->name) + ", " +
                                      cString(goSignatureText(m->type)) + ", (void*)&" +
                                      methodThunk(t, name, m, sel) + "}"});
  }
  std::sort(methods.begin(), methods.end());
  std::string methodsArg;
  if (!methods.empty()) {
    std::string arr = name + "_methods";
    std::string body;
    for (auto& m : methods)
      body += (body.empty() ? "" : ", ") + m.second;
    descOut.line("inline const mg::MethodInfo " + arr + "[] = {" + body + "};");
    methodsArg = ", " + arr;
  }
  std::string gname = cString(rtTypeName(t));
  std::string init;
  switch (u->kind()) {
  case Type::BasicT:
    init = "mg::basic_type<" + T + ">(" + gname + ", mg::Kind::" + kindName(u) + (methodsArg.empty() ? "" : methodsArg) + ")";
    break;
  case Type::StructT: {
    auto* st = cast<Struct>(u);
    if (stdNamed(t) && rtTypeName(t) != "time.Time") { // time.Time prints {wall ext loc} as Go's
      // A library struct's fields are the runtime's business: it prints as {}.
      init = "mg::struct_type<" + T + ">(" + gname + ", std::span<const mg::FieldInfo>{}" + methodsArg + ")";
      break;
    }
    std::string fields = name + "_fields";
    std::string body;
    for (Var* f : st->fields) {
      if (f->name == "_")
        continue;
      body += (body.empty() ? "" : ", ") + std::string("{") + cString(f->name) + ", " +
              typeInfo(f->type) + ", offsetof(" + T + ", " + fieldName(f) + "), " +
              (f->embedded ? "true" : "false") + "}";
    }
    if (st->fields.empty()) {
      init = "mg::struct_type<" + T + ">(" + gname + ", std::span<const mg::FieldInfo>{}" + methodsArg + ")";
    } else {
      descOut.line("inline const mg::FieldInfo " + fields + "[] = {" + body + "};");
      init = "mg::struct_type<" + T + ">(" + gname + ", " + fields + methodsArg + ")";
    }
    break;
  }
  case Type::PointerT:
    init = "mg::pointer_type<" + T + ">(" + gname + ", " + typeInfo(cast<Pointer>(u)->elem) + methodsArg + ")";
    break;
  case Type::SliceT:
    init = "mg::slice_type<" + cppType(cast<Slice>(u)->elem) + ">(" + gname + ", " +
           typeInfo(cast<Slice>(u)->elem) + methodsArg + ")";
    break;
  case Type::ArrayT:
    init = "mg::array_type<" + T + ">(" + gname + ", " + typeInfo(cast<Array>(u)->elem) + ", " +
           std::to_string(cast<Array>(u)->len) + methodsArg + ")";
    break;
  case Type::MapT:
    init = "mg::map_type<" + cppType(cast<Map>(u)->key) + ", " + cppType(cast<Map>(u)->elem) + ">(" + gname + ", " + typeInfo(cast<Map>(u)->key) + ", " +
           typeInfo(cast<Map>(u)->elem) + methodsArg + ")";
    break;
  case Type::ChanT: {
    auto* c = cast<Chan>(u);
    int dir = c->dir == ChanDirection::RecvOnly ? 1 : c->dir == ChanDirection::SendOnly ? 2 : 3;
    init = "mg::chan_type<" + T + ">(" + gname + ", " + typeInfo(c->elem) + ", " + std::to_string(dir) + methodsArg + ")";
    break;
  }
  case Type::SignatureT:
    init = "mg::func_type<" + T + ">(" + gname + methodsArg + ")";
    break;
  case Type::InterfaceT:
    init = "mg::interface_type(" + gname + methodsArg + ")";
    break;
  default:
    init = "mg::TypeInfo{}";
    break;
  }
  descOut.line("const mg::TypeInfo " + name + " = " + init + ";");
  return "&" + name;
}

std::string Emitter::ifaceInfo(Type* t) { return typeInfo(t); }

} // namespace minigo
