// This file holds what codegen knows about the standard-library packages the runtime
// implements (docs/stdlib.md): the C++ namespace of each package, how the runtime spells each
// library type, which types have C++ member methods (sync, time, context, atomic) and which
// have free functions `mg::<pkg>::T_M(recv, ...)`, the runtime's own type descriptors (the
// runtime recognises *os.File or io.Writer by descriptor address), and the few library calls
// that need a special lowering (errors.As, conversions to sync.Locker).
#include "codegen/emitter.h"

#include <llvm/Support/Casting.h>

namespace minigo {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

Named* stdNamed(Type* t) {
  auto* n = dyn_cast_or_null<Named>(t);
  if (n && !n->pkgPath.empty() && n->pkgPath != "main" && n->obj && n->obj->pkg)
    return n;
  return nullptr;
}

static std::string qualifiedName(Named* n) { return n->obj->pkg->name + "." + n->obj->name; }

std::string Emitter::stdNamespace(Package* p) { return "mg::" + p->name; }

std::string Emitter::stdMemberName(Object* o) {
  std::string name = o->name;
  if (o->pkg->path == "io" && name == "EOF")
    name = "EOF_"; // <cstdio> defines an EOF macro
  return stdNamespace(o->pkg) + "::" + name;
}

std::string Emitter::stdCppType(Named* n) {
  std::string q = qualifiedName(n);
  if (q == "rand.Source")
    return "mg::rand::Source*"; // an interface in Go, a pointer to the runtime's source in C++
  Type* u = underlying(n);
  if (isa<Interface>(u) && !isOpaqueStdInterface(n))
    return "mg::iface"; // io.Writer, fmt.Stringer, sort.Interface: ordinary interface values
  if (isa<Struct>(u) || isa<Interface>(u))
    return stdNamespace(n->obj->pkg) + "::" + n->obj->name;
  // Named numbers and function types (time.Duration, context.CancelFunc, os.FileMode) are
  // plain C++ numbers and mg::func values.
  return cppType(u);
}

// Library types whose Go methods are C++ member functions of the runtime's class.
bool Emitter::stdHasMemberMethods(Named* n) {
  static const std::set<std::string> kMember = {
      "sync.Mutex",   "sync.RWMutex",  "sync.WaitGroup", "sync.Once",        "sync.Cond",
      "sync.Locker",  "time.Time",     "time.Timer",     "time.Ticker",      "context.Context",
      "atomic.Int32", "atomic.Int64",  "atomic.Uint32",  "atomic.Uint64",    "atomic.Bool",
      "atomic.Value"};
  return kMember.count(qualifiedName(n)) > 0;
}

// Library interfaces the runtime represents as its own C++ class rather than mg::iface.
bool Emitter::isOpaqueStdInterface(Type* t) {
  Named* n = stdNamed(t);
  if (!n)
    return false;
  std::string q = qualifiedName(n);
  return q == "context.Context" || q == "sync.Locker" || q == "rand.Source";
}

// Library structs with no C++ equality (locks, atomics): Go compares them field by field,
// which minigo does not lower.
bool Emitter::containsOpaqueStdStruct(Type* t) {
  Type* u = underlying(t);
  if (Named* n = stdNamed(t); n && isa<Struct>(u))
    return stdHasMemberMethods(n) && qualifiedName(n) != "time.Time";
  if (auto* s = dyn_cast<Struct>(u)) {
    for (Var* f : s->fields)
      if (containsOpaqueStdStruct(f->type))
        return true;
  } else if (auto* a = dyn_cast<Array>(u)) {
    return containsOpaqueStdStruct(a->elem);
  }
  return false;
}

// The runtime's descriptor for a library type, or "" when codegen generates one.
std::string Emitter::stdTypeInfo(Type* t) {
  bool ptr = false;
  Type* base = t;
  if (auto* p = dyn_cast<Pointer>(t)) {
    ptr = true;
    base = p->elem;
  }
  Named* n = stdNamed(base);
  if (!n)
    return "";
  static const std::set<std::string> kValue = {
      "io.Writer",       "io.Reader",      "sort.Interface", "fmt.Stringer",  "os.File",
      "strings.Builder", "strings.Replacer", "strings.Reader", "strconv.NumError",
      "time.Duration",   "time.Month",     "time.Weekday",  "os.PathError"};
  static const std::set<std::string> kPointer = {
      "os.File",         "strings.Builder", "strings.Replacer", "strings.Reader",
      "strconv.NumError", "bufio.Scanner",  "bufio.Reader",     "bufio.Writer",  "os.PathError"};
  std::string q = qualifiedName(n);
  if (!(ptr ? kPointer : kValue).count(q))
    return "";
  return "&" + stdNamespace(n->obj->pkg) + "::type_" + (ptr ? "ptr_" : "") + n->obj->name;
}

// A call of method m on a library type: recv.M(args) for runtime classes, otherwise the free
// function mg::<pkg>::T_M(recv, args) with the receiver as Go passes it.
std::string Emitter::stdMethodCall(Func* m, Named* recvNamed, const std::string& base, bool basePtr,
                                   const std::string& args) {
  if (stdHasMemberMethods(recvNamed)) {
    std::string obj = basePtr ? "mg::deref(" + base + ")" : base;
    return obj + "." + m->name + "(" + args + ")";
  }
  std::string recv;
  if (m->pointerReceiver)
    recv = basePtr ? base : "(&" + base + ")";
  else
    recv = basePtr ? "mg::deref(" + base + ")" : base;
  return funcName(m) + "(" + recv + (args.empty() ? "" : ", " + args) + ")";
}

// Conversion of a value of concrete type `from` to a library interface the runtime keeps as a
// class: a *sync.Mutex or *sync.RWMutex becomes a sync.Locker; nothing else is lowered.
std::string Emitter::toOpaqueStdInterface(Pos pos, const std::string& value, Type* from, Type* target) {
  if (qualifiedName(stdNamed(target)) == "sync.Locker") {
    if (auto* p = dyn_cast<Pointer>(from); p && stdNamed(p->elem))
      return "mg::sync::make_locker(" + value + ")";
    // A type of the program (or a pointer to one) whose Lock and Unlock are its own methods or
    // are promoted from an embedded field (a struct embedding sync.Mutex). A value is copied to
    // the heap, as boxing it into an interface copies it.
    bool isPtr = isa<Pointer>(from);
    std::string obj = isPtr ? value : "mg::gc_new<" + cppType(from) + ">(" + value + ")";
    std::string P = isPtr ? cppType(from) : cppType(from) + "*";
    auto callOn = [&](const std::string& name) {
      Selection s = lookupFieldOrMethod(from, name);
      auto* m = cast<Func>(s.obj);
      std::string base = "static_cast<" + P + ">(mg_p)";
      if (!isPtr)
        base = "(*" + base + ")";
      Type* cur = from;
      for (Var* f : s.embeddedPath) {
        if (isa<Pointer>(underlying(cur)))
          base = "mg::deref(" + base + ")";
        base += "." + fieldName(f);
        cur = f->type;
      }
      bool curPtr = isa<Pointer>(underlying(cur));
      if (Named* sn = stdNamed(curPtr ? cast<Pointer>(cur)->elem : cur))
        return stdMethodCall(m, sn, base, curPtr, "");
      std::string recv;
      if (m->pointerReceiver)
        recv = curPtr ? base : "(&" + base + ")";
      else
        recv = curPtr ? "mg::deref(" + base + ")" : base;
      return funcName(m) + "(" + recv + ")";
    };
    return "mg::sync::Locker{" + obj + ", [](void* mg_p) { " + callOn("Lock") +
           "; }, [](void* mg_p) { " + callOn("Unlock") + "; }}";
  }
  unsupported(pos, "converting " + typeString(from) + " to " + typeString(target));
  return "{}";
}

// errors.As(err, &target): the runtime needs the target's element type descriptor.
std::string Emitter::errorsAsCall(CallExpr* e) {
  Expr* target = e->args[1];
  auto* p = dyn_cast_or_null<Pointer>(target->type ? underlying(target->type) : nullptr);
  if (!p) {
    unsupported(target->pos, "errors.As with a target that is not a pointer");
    return "false";
  }
  return "mg::errors::As(" + exprAs(e->args[0], comp.types.errorType) + ", (void*)" + expr(target) +
         ", " + typeInfo(p->elem) + ")";
}

} // namespace minigo
