// This file lowers functions, methods and function literals (C++ functions and lambdas with
// Go's results, escaping parameters on the heap, and the defer/recover frame), and assembles
// the whole translation unit: types, prototypes, descriptors, globals, functions, and the
// entry point that initialises package variables and runs main on the scheduler.
#include "codegen/emitter.h"

#include <llvm/Support/Casting.h>

#include <cstdio>

namespace minigo {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

Emitter::Emitter(Compilation& c, const CodegenOptions& o)
    : comp(c), options(o), out(&funcsOut), typesOut(c.source->path(), false),
      descOut(c.source->path(), false), protoOut(c.source->path(), false),
      globalsOut(c.source->path(), false), funcsOut(c.source->path(), o.lineDirectives) {}

void Emitter::unsupported(Pos pos, const std::string& feature) {
  comp.diags.error(pos, feature + " is not supported by minigo yet");
}

bool isReservedCppName(const std::string& n) {
  static const char* words[] = {
      "alignas", "alignof", "and", "asm", "auto", "bitand", "bitor", "bool", "char", "class",
      "compl", "concept", "const", "consteval", "constexpr", "constinit", "decltype", "delete",
      "do", "double", "enum", "explicit", "export", "extern", "false", "float", "friend", "inline",
      "int", "long", "main", "mutable", "namespace", "new", "noexcept", "not", "nullptr",
      "operator", "or", "private", "protected", "public", "register", "requires", "short",
      "signed", "sizeof", "static", "template", "this", "throw", "true", "try", "catch",
      "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual", "void",
      "volatile", "while", "xor", "std", "mg", "errno", "assert", "stdin", "stdout", "stderr",
      "NULL", "EOF", "abort", "exit", "printf", "int8_t", "int16_t", "int32_t", "int64_t",
      "uint8_t", "uint16_t", "uint32_t", "uint64_t", "size_t", "dynamic_cast", "reinterpret_cast",
      "static_cast", "static_assert", "thread_local", "co_await", "co_return", "co_yield", "wchar_t",
      "and_eq", "or_eq", "xor_eq", "not_eq", "char8_t", "char16_t", "char32_t", "const_cast"};
  for (const char* w : words)
    if (n == w)
      return true;
  return n.rfind("mg_", 0) == 0 || isCppMacroName(n);
}

// The C and POSIX headers the runtime includes define about 1,300 macros (`NAN`, `INFINITY`,
// `M_PI`, `EINTR`, `PATH_MAX`, `SYS_read`, `offsetof`, ...), and a Go name equal to one would be
// rewritten by the preprocessor. Nearly all are upper case, or an upper-case prefix and `_`;
// the few lower-case ones are listed. Renaming every such name (`NAN` -> `NAN_`) costs nothing
// but a suffix in the C++.
bool isCppMacroName(const std::string& n) {
  if (n.size() > 1 && n[0] == '_' && (n[1] == '_' || (n[1] >= 'A' && n[1] <= 'Z')))
    return true; // reserved to the implementation: __LINE__, _Pragma, _GNU_SOURCE
  bool upperPrefix = !n.empty() && n[0] >= 'A' && n[0] <= 'Z';
  for (char c : n) {
    if (c == '_')
      break; // an upper-case prefix then `_`: M_PIf, SYS_read, GC_reachable_here, L_tmpnam
    if (c >= 'a' && c <= 'z') {
      upperPrefix = false;
      break;
    }
  }
  if (upperPrefix)
    return true;
  static const char* lower[] = {"alloca",           "dlopen",   "errno",      "issubnormal",
                                "math_errhandling", "offsetof", "sa_handler", "sa_sigaction",
                                "sched_priority",   "sigmask",  "strdupa",    "strndupa"};
  for (const char* w : lower)
    if (n == w)
      return true;
  for (const char* prefix : {"pthread_", "si_", "sigev_", "va_"})
    if (n.rfind(prefix, 0) == 0)
      return true;
  for (const char* bits : {"16", "32", "64"}) // the byte-order conversions be16toh, htole32, ...
    for (const char* fmt : {"be%stoh", "le%stoh", "htobe%s", "htole%s"}) {
      char buf[16];
      snprintf(buf, sizeof buf, fmt, bits);
      if (n == buf)
        return true;
    }
  return false;
}

std::string Emitter::funcName(Func* f) {
  auto it = names.find(f);
  if (it != names.end())
    return it->second;
  std::string n;
  if (f->pkg && f->pkg->path != "main") {
    // Library functions and methods: mg::<pkg>::Name and mg::<pkg>::Type_Method.
    n = f->recvBase ? stdNamespace(f->pkg) + "::" + cast<Named>(f->recvBase)->obj->name + "_" + f->name
                    : stdMemberName(f);
    names[f] = n;
    return n;
  }
  if (f->recvBase) {
    n = structName(f->recvBase) + "_" + f->name;
  } else if (f->pkg && f->pkg->path != "main") {
    n = "mg::" + f->pkg->path + "::" + f->name;
  } else {
    n = f->name;
    if (isReservedCppName(n) || globalNames.count(n))
      n += "_";
  }
  if (f->name == "init" && !f->recvBase)
    n = "init_" + std::to_string(names.size());
  names[f] = n;
  globalNames.insert(n);
  return n;
}

std::string Emitter::resultType(Signature* sig) {
  size_t n = sig->results->size();
  if (n == 0)
    return "void";
  if (n == 1)
    return cppType(sig->results->at(0));
  return cppType(sig->results);
}

// The parameter list; parameters that escape get a `_arg` suffix and are moved to the heap by
// the body's prologue.
static std::string paramName(Emitter& em, Var* v, size_t i) {
  if (v->name.empty() || v->name == "_")
    return "mg_p" + std::to_string(i);
  std::string n = v->name;
  if (isReservedCppName(n))
    n += "_";
  return v->escapes ? n + "_arg" : n;
  (void)em;
}

std::string Emitter::signatureDecl(Signature* sig, const std::string& name, Var* recv) {
  std::string s = resultType(sig) + " " + name + "(";
  bool first = true;
  if (recv) {
    s += cppType(recv->type) + " " + paramName(*this, recv, 999);
    first = false;
  }
  for (size_t i = 0; i < sig->params->size(); i++) {
    s += (first ? "" : ", ") + cppType(sig->params->at(i)) + " " + paramName(*this, sig->params->vars[i], i);
    first = false;
  }
  return s + ")";
}

bool containsDefer(Node* n) {
  if (!n)
    return false;
  switch (n->kind()) {
  case Node::DeferStmtKind:
    return true;
  case Node::BlockStmtKind:
    for (Stmt* s : llvm::cast<BlockStmt>(n)->stmts)
      if (containsDefer(s))
        return true;
    return false;
  case Node::IfStmtKind: {
    auto* s = llvm::cast<IfStmt>(n);
    return containsDefer(s->then) || containsDefer(s->elseStmt);
  }
  case Node::ForStmtKind:
    return containsDefer(llvm::cast<ForStmt>(n)->body);
  case Node::RangeStmtKind:
    return containsDefer(llvm::cast<RangeStmt>(n)->body);
  case Node::LabeledStmtKind:
    return containsDefer(llvm::cast<LabeledStmt>(n)->stmt);
  case Node::SwitchStmtKind:
    for (auto* c : llvm::cast<SwitchStmt>(n)->clauses)
      for (Stmt* s : c->body)
        if (containsDefer(s))
          return true;
    return false;
  case Node::TypeSwitchStmtKind:
    for (auto* c : llvm::cast<TypeSwitchStmt>(n)->clauses)
      for (Stmt* s : c->body)
        if (containsDefer(s))
          return true;
    return false;
  case Node::SelectStmtKind:
    for (auto* c : llvm::cast<SelectStmt>(n)->clauses)
      for (Stmt* s : c->body)
        if (containsDefer(s))
          return true;
    return false;
  default:
    return false;
  }
}

void Emitter::functionBody(Signature* sig, BlockStmt* body, Var* recv) {
  FuncState state;
  state.sig = sig;
  state.hasDefer = containsDefer(body);
  FuncState* saved = fn;
  fn = &state;
  if (comp.recoverBodies.count(body)) {
    // Taken first: whether this activation is the deferred call itself (see mg::recover).
    state.directRecover = true;
    out->line("[[maybe_unused]] bool mg_direct = mg::take_recover_arm();");
  }
  // Parameters: register their C++ names; escaping ones move to heap cells.
  std::vector<Var*> params;
  if (recv)
    params.push_back(recv);
  for (Var* v : sig->params->vars)
    params.push_back(v);
  for (size_t i = 0; i < params.size(); i++) {
    Var* v = params[i];
    std::string pn = paramName(*this, v, v == recv ? 999 : i - (recv ? 1 : 0));
    if (v->name.empty() || v->name == "_")
      continue;
    nameUses[v->escapes ? pn.substr(0, pn.size() - 4) : pn]++;
    if (v->escapes) {
      std::string n = pn.substr(0, pn.size() - 4);
      names[v] = n;
      out->line(cppType(v->type) + "* " + n + " = mg::gc_new<" + cppType(v->type) + ">(" + pn + ");");
    } else {
      names[v] = pn;
    }
  }
  // Result slots: named results are ordinary variables; with defer every result needs a slot.
  size_t nr = sig->results->size();
  bool named = nr > 0 && !sig->results->vars[0]->name.empty();
  state.namedResults = named;
  for (size_t i = 0; i < nr; i++) {
    Var* v = sig->results->vars[i];
    if (named || state.hasDefer) {
      if (named && v->name != "_") {
        declareLocal(v, zeroValue(v->type));
        state.resultNames.push_back(v->escapes ? "(*" + names[v] + ")" : names[v]);
      } else {
        std::string n = freshTemp("result");
        out->line(cppType(v->type) + " " + n + "{};");
        state.resultNames.push_back(n);
      }
    }
  }
  if (state.hasDefer) {
    state.doneLabel = freshTemp("done");
    out->line("mg::DeferFrame mg_defer;");
    out->line("try {");
    out->indent();
    block(body->stmts);
    out->dedent();
    out->line("} catch (...) {");
    out->indent();
    out->line("mg_defer.panicking();");
    out->dedent();
    out->line("}");
    // Returns jump here; a body without return statements leaves the label unused.
    out->line(state.doneLabel + ": __attribute__((unused));");
    out->line("mg_defer.run();");
    if (nr == 1)
      out->line("return " + state.resultNames[0] + ";");
    else if (nr > 1) {
      std::string v = resultType(sig) + "{";
      for (size_t i = 0; i < nr; i++)
        v += (i ? ", " : "") + state.resultNames[i];
      out->line("return " + v + "};");
    }
  } else {
    block(body->stmts);
    if (nr > 0) {
      out->resetLine();
      out->line("__builtin_unreachable();");
    }
  }
  fn = saved;
}

std::string Emitter::lambdaFor(Signature* sig, BlockStmt* body, const std::string& capture) {
  CppWriter w(comp.source->path(), options.lineDirectives);
  CppWriter* saved = out;
  out = &w;
  out->indent();
  functionBody(sig, body, nullptr);
  out->dedent();
  out = saved;
  std::string params;
  for (size_t i = 0; i < sig->params->size(); i++)
    params += (i ? ", " : "") + cppType(sig->params->at(i)) + " " + paramName(*this, sig->params->vars[i], i);
  return "[" + capture + "](" + params + ") mutable -> " + resultType(sig) + " {\n" + w.str() + "}";
}

void Emitter::function(FuncDecl* d) {
  auto* f = cast<Func>(d->name->obj);
  auto* sig = cast<Signature>(f->type);
  nameUses.clear();
  std::string decl = signatureDecl(sig, funcName(f), sig->recv);
  out = &funcsOut;
  out->at(d->pos.line);
  out->line(decl + " {");
  out->indent();
  functionBody(sig, d->body, sig->recv);
  out->dedent();
  out->line("}");
  out->line("");
}

std::string Emitter::run() {
  File* file = comp.file;
  // Forward declarations of every struct type declared in main, so that pointers to them can
  // be used before their definitions.
  for (TypeName* tn : comp.namedTypes)
    if (tn->type && isa<Named>(tn->type) && isa<Struct>(underlying(tn->type)))
      typesOut.line("struct " + structName(tn->type) + ";");
  // Then their definitions: a field access through a pointer needs the complete type even
  // when no value of the struct type itself is ever spelled.
  for (TypeName* tn : comp.namedTypes)
    if (tn->type && isa<Named>(tn->type) && isa<Struct>(underlying(tn->type)))
      cppType(tn->type);
  // Package-level variables.
  std::vector<std::string> inits;
  for (Decl* d : file->decls) {
    auto* vd = dyn_cast<VarDecl>(d);
    if (!vd)
      continue;
    for (Ident* id : vd->names) {
      auto* v = dyn_cast_or_null<Var>(id->obj);
      if (!v || v->name == "_")
        continue;
      std::string n = v->name;
      if (isReservedCppName(n) || globalNames.count(n))
        n += "_";
      names[v] = n;
      globalNames.insert(n);
      globalsOut.line(cppType(v->type) + " " + n + "{};");
    }
  }
  // Functions: every prototype first (method-table thunks emitted while lowering one body may
  // call methods whose bodies come later), then the bodies.
  for (FuncDecl* fd : comp.funcs)
    funcName(cast<Func>(fd->name->obj));
  for (FuncDecl* fd : comp.funcs) {
    auto* sig = cast<Signature>(fd->name->obj->type);
    protoOut.line(signatureDecl(sig, funcName(cast<Func>(fd->name->obj)), sig->recv) + ";");
  }
  for (FuncDecl* fd : comp.funcs)
    function(fd);
  // Initialisation: package variables in dependency order, then init functions.
  CppWriter initW(comp.source->path(), options.lineDirectives);
  out = &initW;
  nameUses.clear();
  initW.line("void mg_package_init() {");
  initW.indent();
  for (VarDecl* vd : comp.globalInitOrder) {
    if (vd->values.empty())
      continue;
    initW.at(vd->pos.line);
    if (vd->values.size() == 1 && vd->names.size() > 1) {
      std::string t = freshTemp();
      initW.line("{");
      initW.indent();
      initW.line("auto " + t + " = " + expr(vd->values[0]) + ";");
      for (size_t i = 0; i < vd->names.size(); i++) {
        auto* v = dyn_cast_or_null<Var>(vd->names[i]->obj);
        if (v && v->name != "_")
          initW.line(names[v] + " = std::get<" + std::to_string(i) + ">(" + t + ");");
      }
      initW.dedent();
      initW.line("}");
      continue;
    }
    for (size_t i = 0; i < vd->names.size(); i++) {
      auto* v = dyn_cast_or_null<Var>(vd->names[i]->obj);
      if (!v)
        continue;
      std::string val = exprAs(vd->values[i], v->type);
      if (v->name == "_")
        initW.line("(void)(" + val + ");");
      else
        initW.line(names[v] + " = " + val + ";");
    }
  }
  for (Decl* d : file->decls)
    if (auto* fd = dyn_cast<FuncDecl>(d); fd && !fd->recv && fd->name->name == "init")
      initW.line(funcName(cast<Func>(fd->name->obj)) + "();");
  initW.dedent();
  initW.line("}");
  out = &funcsOut;

  Object* mainObj = comp.mainPkg->scope->lookupLocal("main");
  std::string mainName = mainObj ? funcName(cast<Func>(mainObj)) : "main_";

  std::string s;
  s += "// Generated by minigo from " + comp.source->path() + ". Do not edit.\n";
  s += "#include \"minigo/runtime.h\"\n\n";
  s += "namespace mgp {\n\n";
  s += "// ---- types\n" + typesOut.str() + "\n";
  s += "// ---- package variables\n" + globalsOut.str() + "\n";
  s += "// ---- declarations\n" + protoOut.str() + "\n";
  s += "// ---- type descriptors\n" + descOut.str() + "\n";
  s += "// ---- functions\n" + funcsOut.str() + "\n";
  s += initW.str() + "\n";
  s += "void mg_main() {\n  mg::os::init_args();\n  mg_package_init();\n  " + mainName + "();\n}\n\n";
  s += "} // namespace mgp\n\n";
  s += "int main(int argc, char** argv) { return mg::run_main(argc, argv, &mgp::mg_main); }\n";
  return s;
}

std::string generateCpp(Compilation& comp, const CodegenOptions& options) {
  Emitter em(comp, options);
  return em.run();
}

} // namespace minigo
