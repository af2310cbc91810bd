// This file implements AstBuilder: ANTLR parse tree -> minigo AST. Each build function names
// the Go production it handles. The parse tree may be partial after a syntax error: every
// child may be missing, and the builder then produces BadExpr/BadStmt rather than crashing.
// Left-recursive chains (a+b+c..., x.f.g..., f()()...) are built iteratively, so that long
// chains do not recurse.
#include "frontend/ast_builder.h"

#include "frontend/token_source.h"

#include <cstdio>

namespace minigo {

using antlr4::tree::TerminalNode;
using P = minigo_gen::MiniGoParser;

// ---------------------------------------------------------------------------------------------
// Helpers

namespace {

// The generated accessors find children with dynamic_cast, which dominates the builder's time
// on large files; the hot paths below look at children directly. typeid comparisons are a
// pointer comparison when they match.
bool isTerminal(antlr4::tree::ParseTree* t) {
  const std::type_info& ti = typeid(*t);
  return ti == typeid(antlr4::tree::TerminalNodeImpl) || ti == typeid(antlr4::tree::ErrorNodeImpl);
}

// The child as a rule context, or null for a token.
antlr4::ParserRuleContext* ruleChild(antlr4::ParserRuleContext* ctx, size_t i) {
  if (!ctx || i >= ctx->children.size() || isTerminal(ctx->children[i]))
    return nullptr;
  return static_cast<antlr4::ParserRuleContext*>(ctx->children[i]);
}

// The child as a token type, or 0 for a rule context.
size_t tokenChild(antlr4::ParserRuleContext* ctx, size_t i) {
  if (!ctx || i >= ctx->children.size() || !isTerminal(ctx->children[i]))
    return 0;
  return static_cast<antlr4::tree::TerminalNode*>(ctx->children[i])->getSymbol()->getType();
}

template <class T> bool isA(antlr4::tree::ParseTree* t) {
  return t && typeid(*t) == typeid(T);
}

} // namespace

Pos AstBuilder::posOf(antlr4::Token* tok) const {
  if (!tok)
    return Pos{};
  return Pos{static_cast<uint32_t>(tok->getLine()),
             static_cast<uint32_t>(tok->getCharPositionInLine() + 1)};
}

Pos AstBuilder::posOf(TerminalNode* node) const {
  return node ? posOf(node->getSymbol()) : Pos{};
}

Pos AstBuilder::startOf(antlr4::ParserRuleContext* ctx) const {
  return ctx ? posOf(ctx->getStart()) : Pos{};
}

std::string AstBuilder::sourceText(antlr4::ParserRuleContext* ctx) const {
  if (!ctx || !ctx->getStart() || !ctx->getStop())
    return "";
  size_t a = ctx->getStart()->getStartIndex(), b = ctx->getStop()->getStopIndex();
  if (b < a || b == static_cast<size_t>(-1))
    return "";
  antlr4::CharStream* cs = ctx->getStart()->getInputStream();
  if (!cs)
    return "";
  std::string text = cs->getText(antlr4::misc::Interval(a, b));
  // Collapse whitespace runs, as Go's String() of a node would print them.
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty())
      out += ' ';
    space = false;
    out += c;
  }
  return out;
}

Ident* AstBuilder::ident(TerminalNode* node) {
  if (!node || !node->getSymbol() || node->getSymbol()->getTokenIndex() == static_cast<size_t>(-1))
    return ast_.make<Ident>(posOf(node), "_");
  return ast_.make<Ident>(posOf(node), node->getSymbol()->getText());
}

std::vector<Expr*> AstBuilder::buildExprList(P::ExpressionListContext* ctx) {
  std::vector<Expr*> out;
  if (!ctx)
    return out;
  for (antlr4::tree::ParseTree* child : ctx->children)
    if (!isTerminal(child))
      out.push_back(buildExpr(static_cast<P::ExpressionContext*>(child)));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Declarations

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
File* AstBuilder::buildFile(P::SourceFileContext* ctx) {
  if (!ctx)
    return buildHeader(nullptr, {});
  File* file = buildHeader(ctx->packageClause(), ctx->importDecl());
  for (P::TopLevelDeclContext* top : ctx->topLevelDecl())
    buildTopLevelDecl(top, file);
  return file;
}

// PackageClause = "package" PackageName .  ImportDecl = "import" ( ImportSpec | "(" { ImportSpec
// ";" } ")" ) .
File* AstBuilder::buildHeader(P::PackageClauseContext* pkg,
                              const std::vector<P::ImportDeclContext*>& imports) {
  File* file = ast_.make<File>(pkg ? posOf(pkg->PACKAGE()) : Pos{});
  if (pkg && pkg->IDENTIFIER())
    file->packageName = ident(pkg->IDENTIFIER());
  for (P::ImportDeclContext* imp : imports) {
    if (imp->LPAREN())
      ++groups_;
    for (P::ImportSpecContext* spec : imp->importSpec())
      buildImport(spec, file);
  }
  return file;
}

// TopLevelDecl = Declaration | FunctionDecl | MethodDecl .
void AstBuilder::buildTopLevelDecl(P::TopLevelDeclContext* ctx, File* file) {
  if (!ctx)
    return;
  if (ctx->declaration())
    buildDeclaration(ctx->declaration(), file->decls);
  else if (ctx->functionDecl())
    file->decls.push_back(buildFuncDecl(ctx->functionDecl()));
}

// ImportSpec = [ "." | PackageName ] ImportPath .
void AstBuilder::buildImport(P::ImportSpecContext* ctx, File* file) {
  ImportDecl* d = ast_.make<ImportDecl>(startOf(ctx));
  if (ctx->DOT())
    d->localName = ast_.make<Ident>(posOf(ctx->DOT()), ".");
  else if (ctx->IDENTIFIER())
    d->localName = ident(ctx->IDENTIFIER());
  if (ctx->string_())
    d->path = buildString(ctx->string_());
  else
    d->path = ast_.make<BasicLit>(startOf(ctx), LitKind::String, "\"\"");
  file->imports.push_back(d);
}

// Declaration = ConstDecl | TypeDecl | VarDecl .  Grouped specs become one Decl each.
void AstBuilder::buildDeclaration(P::DeclarationContext* ctx, std::vector<Decl*>& out) {
  if (auto* c = ctx->constDecl()) {
    // ConstDecl = "const" ( ConstSpec | "(" { ConstSpec ";" } ")" ) .
    int group = c->LPAREN() ? groups_++ : -1;
    ConstDecl* previous = nullptr; // the last spec with values
    int iota = 0;
    for (P::ConstSpecContext* spec : c->constSpec()) {
      ConstDecl* d = ast_.make<ConstDecl>(startOf(spec));
      if (spec->identifierList())
        for (TerminalNode* id : spec->identifierList()->IDENTIFIER())
          d->names.push_back(ident(id));
      if (spec->type_())
        d->type = buildType(spec->type_());
      d->values = buildExprList(spec->expressionList());
      d->iota = iota++;
      d->group = group;
      if (d->values.empty()) {
        if (d->type || !previous)
          error(d->pos, "missing init expr for const declaration");
        d->inherited = previous;
      } else {
        previous = d;
      }
      out.push_back(d);
    }
  } else if (auto* v = ctx->varDecl()) {
    // VarDecl = "var" ( VarSpec | "(" { VarSpec ";" } ")" ) .
    int group = v->LPAREN() ? groups_++ : -1;
    for (P::VarSpecContext* spec : v->varSpec()) {
      VarDecl* d = ast_.make<VarDecl>(startOf(spec));
      if (spec->identifierList())
        for (TerminalNode* id : spec->identifierList()->IDENTIFIER())
          d->names.push_back(ident(id));
      if (spec->type_())
        d->type = buildType(spec->type_());
      d->values = buildExprList(spec->expressionList());
      d->group = group;
      out.push_back(d);
    }
  } else if (auto* t = ctx->typeDecl()) {
    // TypeDecl = "type" ( TypeSpec | "(" { TypeSpec ";" } ")" ) .
    int group = t->LPAREN() ? groups_++ : -1;
    for (P::TypeSpecContext* spec : t->typeSpec()) {
      TypeDecl* d = ast_.make<TypeDecl>(posOf(spec->IDENTIFIER()));
      d->name = ident(spec->IDENTIFIER());
      d->isAlias = spec->ASSIGN() != nullptr;
      d->type = buildType(spec->type_());
      d->group = group;
      out.push_back(d);
    }
  }
}

// FunctionDecl = "func" FunctionName Signature [ FunctionBody ] .
// MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
FuncDecl* AstBuilder::buildFuncDecl(P::FunctionDeclContext* ctx) {
  FuncDecl* d = ast_.make<FuncDecl>(posOf(ctx->FUNC()));
  if (ctx->receiver) {
    std::vector<Field*> recv = buildParameters(ctx->receiver);
    size_t count = 0;
    for (Field* f : recv)
      count += f->names.empty() ? 1 : f->names.size();
    if (count == 0)
      error(posOf(ctx->receiver->LPAREN()), "method has no receiver");
    else if (count > 1)
      error(posOf(ctx->receiver->LPAREN()), "method has multiple receivers");
    if (!recv.empty())
      d->recv = recv.front();
  }
  d->name = ident(ctx->IDENTIFIER());
  d->funcType = buildSignature(ctx->signature(), d->pos);
  if (ctx->block())
    d->body = buildBlock(ctx->block());
  return d;
}

// ---------------------------------------------------------------------------------------------
// Types

// Type = TypeName | TypeLit | "(" Type ")" .
Expr* AstBuilder::buildType(P::Type_Context* ctx) {
  if (!ctx)
    return ast_.make<BadExpr>(Pos{});
  if (ctx->typeName())
    return buildTypeName(ctx->typeName());
  if (ctx->typeLit())
    return buildTypeLit(ctx->typeLit());
  if (ctx->LPAREN())
    return ast_.make<ParenExpr>(posOf(ctx->LPAREN()), buildType(ctx->type_()));
  return ast_.make<BadExpr>(startOf(ctx));
}

// TypeName = identifier | QualifiedIdent .  QualifiedIdent = PackageName "." identifier .
Expr* AstBuilder::buildTypeName(P::TypeNameContext* ctx) {
  std::vector<TerminalNode*> ids = ctx->IDENTIFIER();
  if (ids.empty())
    return ast_.make<BadExpr>(startOf(ctx));
  Ident* first = ident(ids[0]);
  if (ids.size() < 2)
    return first;
  Ident* sel = ident(ids[1]);
  return ast_.make<SelectorExpr>(sel->pos, first, sel);
}

// TypeLit = ArrayType | StructType | PointerType | FunctionType | InterfaceType |
//           SliceType | MapType | ChannelType .
Expr* AstBuilder::buildTypeLit(P::TypeLitContext* ctx) {
  if (auto* a = ctx->arrayType())
    return buildArrayType(a, false);
  if (auto* s = ctx->structType())
    return buildStructType(s);
  if (auto* p = ctx->pointerType())
    return ast_.make<StarExpr>(posOf(p->STAR()), buildType(p->type_()));
  if (auto* f = ctx->functionType())
    return buildSignature(f->signature(), posOf(f->FUNC()));
  if (auto* i = ctx->interfaceType())
    return buildInterfaceType(i);
  if (auto* s = ctx->sliceType())
    return ast_.make<SliceType>(posOf(s->LBRACK()), buildType(s->type_()));
  if (auto* m = ctx->mapType())
    return ast_.make<MapType>(posOf(m->MAP()), buildType(m->type_(0)), buildType(m->type_(1)));
  if (auto* c = ctx->channelType())
    return buildChannelType(c);
  return ast_.make<BadExpr>(startOf(ctx));
}

// ArrayType = "[" ArrayLength "]" ElementType .  `[...]T` only as a composite literal type.
Expr* AstBuilder::buildArrayType(P::ArrayTypeContext* ctx, bool allowDots) {
  P::ArrayLengthContext* len = ctx->arrayLength();
  Pos pos = len ? posOf(len->LBRACK()) : startOf(ctx);
  ArrayType* t = ast_.make<ArrayType>(pos, nullptr, buildType(ctx->type_()));
  if (len && len->ELLIPSIS()) {
    t->dotsLen = true;
    if (!allowDots)
      error(posOf(len->ELLIPSIS()), "invalid use of [...] array (outside a composite literal)");
  } else {
    t->len = len ? buildExpr(len->expression()) : ast_.make<BadExpr>(pos);
  }
  return t;
}

// ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType .
Expr* AstBuilder::buildChannelType(P::ChannelTypeContext* ctx) {
  if (auto* s = dynamic_cast<P::SendChanTypeContext*>(ctx))
    return ast_.make<ChanType>(posOf(s->CHAN()), ChanDir::SendOnly, buildType(s->type_()));
  if (auto* r = dynamic_cast<P::RecvChanTypeContext*>(ctx))
    return ast_.make<ChanType>(posOf(r->ARROW()), ChanDir::RecvOnly, buildType(r->type_()));
  if (auto* b = dynamic_cast<P::BidiChanTypeContext*>(ctx))
    return ast_.make<ChanType>(posOf(b->CHAN()), ChanDir::Both, buildType(b->type_()));
  return ast_.make<BadExpr>(startOf(ctx));
}

// Signature = Parameters [ Result ] .  Result = Parameters | Type .
FuncType* AstBuilder::buildSignature(P::SignatureContext* ctx, Pos pos) {
  FuncType* t = ast_.make<FuncType>(pos);
  if (!ctx)
    return t;
  t->params = buildParameters(ctx->parameters());
  if (P::ResultContext* r = ctx->result()) {
    if (r->parameters()) {
      t->results = buildParameters(r->parameters());
    } else {
      Field* f = ast_.make<Field>(startOf(r));
      f->type = buildType(r->type_());
      t->results.push_back(f);
    }
  }
  return t;
}

// Parameters = "(" [ ParameterList [ "," ] ] ")" .
// ParameterList = ParameterDecl { "," ParameterDecl } .  ParameterDecl = [ IdentifierList ] [ "..."
// ] Type . Each element was parsed as `[name] [...] Type`. If any element has a name, elements that
// are a lone identifier are names too, grouped with the next typed element (`a, b int`);
// otherwise every element is a type.
std::vector<Field*> AstBuilder::buildParameters(P::ParametersContext* ctx) {
  std::vector<Field*> out;
  if (!ctx)
    return out;
  std::vector<P::ParameterDeclContext*> decls = ctx->parameterDecl();
  auto typeOf = [&](P::ParameterDeclContext* d) -> Expr* {
    Expr* type = buildType(d->type_());
    if (d->ELLIPSIS())
      type = ast_.make<Ellipsis>(posOf(d->ELLIPSIS()), type);
    return type;
  };
  bool named = false;
  for (auto* d : decls)
    named |= d->IDENTIFIER() != nullptr;
  if (!named) {
    for (auto* d : decls) {
      Field* f = ast_.make<Field>(startOf(d));
      f->type = typeOf(d);
      out.push_back(f);
    }
    return out;
  }
  std::vector<Ident*> pending;
  Pos errorPos;
  for (auto* d : decls) {
    if (d->IDENTIFIER()) {
      pending.push_back(ident(d->IDENTIFIER()));
      Field* f = ast_.make<Field>(pending.front()->pos);
      f->names = std::move(pending);
      pending.clear();
      f->type = typeOf(d);
      out.push_back(f);
      continue;
    }
    // A lone identifier is a name waiting for its type.
    P::Type_Context* t = d->type_();
    if (!d->ELLIPSIS() && t && t->typeName() && t->typeName()->IDENTIFIER().size() == 1) {
      pending.push_back(ident(t->typeName()->IDENTIFIER(0)));
      continue;
    }
    if (errorPos.line == 0)
      errorPos = startOf(d);
    Field* f = ast_.make<Field>(startOf(d));
    f->type = typeOf(d);
    out.push_back(f);
  }
  if (!pending.empty() && errorPos.line == 0)
    errorPos = pending.back()->pos;
  if (!pending.empty()) {
    Field* f = ast_.make<Field>(pending.front()->pos);
    f->names = std::move(pending);
    f->type = ast_.make<BadExpr>(f->pos);
    out.push_back(f);
  }
  if (errorPos.line != 0)
    error(errorPos, "syntax error: mixed named and unnamed parameters");
  return out;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .  EmbeddedField = [ "*" ] TypeName .
StructType* AstBuilder::buildStructType(P::StructTypeContext* ctx) {
  StructType* t = ast_.make<StructType>(posOf(ctx->STRUCT()));
  for (P::FieldDeclContext* fd : ctx->fieldDecl()) {
    Field* f = ast_.make<Field>(startOf(fd));
    if (fd->identifierList()) {
      for (TerminalNode* id : fd->identifierList()->IDENTIFIER())
        f->names.push_back(ident(id));
      f->type = buildType(fd->type_());
    } else if (fd->typeName()) {
      Expr* type = buildTypeName(fd->typeName());
      if (fd->STAR())
        type = ast_.make<StarExpr>(posOf(fd->STAR()), type);
      f->type = type;
    } else {
      f->type = ast_.make<BadExpr>(f->pos);
    }
    if (fd->string_())
      f->tag = buildString(fd->string_());
    t->fields.push_back(f);
  }
  return t;
}

// InterfaceType = "interface" "{" { InterfaceElem ";" } "}" .
// InterfaceElem = MethodElem | TypeElem .  MethodElem = MethodName Signature .
InterfaceType* AstBuilder::buildInterfaceType(P::InterfaceTypeContext* ctx) {
  InterfaceType* t = ast_.make<InterfaceType>(posOf(ctx->INTERFACE()));
  for (P::InterfaceElemContext* e : ctx->interfaceElem()) {
    Field* f = ast_.make<Field>(startOf(e));
    if (e->IDENTIFIER()) {
      Ident* name = ident(e->IDENTIFIER());
      f->names.push_back(name);
      f->type = buildSignature(e->signature(), name->pos);
    } else if (e->typeName()) {
      f->type = buildTypeName(e->typeName());
    } else {
      f->type = ast_.make<BadExpr>(f->pos);
    }
    t->methods.push_back(f);
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Statements

// Block = "{" StatementList "}" .
BlockStmt* AstBuilder::buildBlock(P::BlockContext* ctx) {
  BlockStmt* b = ast_.make<BlockStmt>(ctx ? posOf(ctx->LBRACE()) : Pos{});
  if (!ctx)
    return b;
  b->stmts = buildStatementList(ctx->statementList());
  b->rbrace = posOf(ctx->RBRACE());
  return b;
}

// The Block of an if, for or switch statement (opened by BODY_LBRACE).
BlockStmt* AstBuilder::buildBodyBlock(P::BodyBlockContext* ctx) {
  BlockStmt* b = ast_.make<BlockStmt>(ctx ? posOf(ctx->BODY_LBRACE()) : Pos{});
  if (!ctx)
    return b;
  b->stmts = buildStatementList(ctx->statementList());
  b->rbrace = posOf(ctx->RBRACE());
  return b;
}

// StatementList = { Statement ";" } .
std::vector<Stmt*> AstBuilder::buildStatementList(P::StatementListContext* ctx) {
  std::vector<Stmt*> out;
  if (!ctx)
    return out;
  for (P::StatementContext* s : ctx->statement())
    if (Stmt* st = buildStatement(s))
      out.push_back(st);
  return out;
}

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt | BreakStmt |
//             ContinueStmt | GotoStmt | FallthroughStmt | Block | IfStmt | SwitchStmt |
//             SelectStmt | ForStmt | DeferStmt .
Stmt* AstBuilder::buildStatement(P::StatementContext* ctx) {
  if (!ctx)
    return nullptr;
  // Fast dispatch on the one child (the generated accessors would try each alternative).
  if (antlr4::ParserRuleContext* child = ruleChild(ctx, 0)) {
    switch (child->getRuleIndex()) {
    case P::RuleSimpleStmt:
      return buildSimpleStmt(static_cast<P::SimpleStmtContext*>(child));
    case P::RuleIfStmt:
      return buildIf(static_cast<P::IfStmtContext*>(child));
    case P::RuleForStmt:
      return buildFor(static_cast<P::ForStmtContext*>(child));
    case P::RuleBlock:
      return buildBlock(static_cast<P::BlockContext*>(child));
    case P::RuleSwitchStmt:
      return buildSwitch(static_cast<P::SwitchStmtContext*>(child));
    case P::RuleReturnStmt: {
      auto* r = static_cast<P::ReturnStmtContext*>(child);
      ReturnStmt* s = ast_.make<ReturnStmt>(posOf(r->getStart()));
      if (auto* list = ruleChild(r, 1))
        s->results = buildExprList(static_cast<P::ExpressionListContext*>(list));
      return s;
    }
    default:
      break;
    }
  }
  if (auto* d = ctx->declaration()) {
    DeclStmt* s = ast_.make<DeclStmt>(startOf(d));
    buildDeclaration(d, s->decls);
    return s;
  }
  if (auto* l = ctx->labeledStmt()) {
    // LabeledStmt = Label ":" Statement .
    Ident* label = ident(l->IDENTIFIER());
    Stmt* inner = l->statement() ? buildStatement(l->statement()) : nullptr;
    if (!inner)
      inner = ast_.make<EmptyStmt>(posOf(l->COLON()));
    return ast_.make<LabeledStmt>(label->pos, label, inner);
  }
  if (auto* s = ctx->simpleStmt())
    return buildSimpleStmt(s);
  if (auto* g = ctx->goStmt()) {
    // GoStmt = "go" Expression .
    Expr* call = buildExpr(g->expression());
    if (call->kind() == Node::ParenExprKind)
      error(call->pos, "expression in go must not be parenthesized");
    else if (call->kind() != Node::CallExprKind && call->kind() != Node::BadExprKind)
      error(startOf(g->expression()), "expression in go must be function call");
    return ast_.make<GoStmt>(posOf(g->GO()), call);
  }
  if (auto* d = ctx->deferStmt()) {
    // DeferStmt = "defer" Expression .
    Expr* call = buildExpr(d->expression());
    if (call->kind() == Node::ParenExprKind)
      error(call->pos, "expression in defer must not be parenthesized");
    else if (call->kind() != Node::CallExprKind && call->kind() != Node::BadExprKind)
      error(startOf(d->expression()), "expression in defer must be function call");
    return ast_.make<DeferStmt>(posOf(d->DEFER()), call);
  }
  if (auto* r = ctx->returnStmt()) {
    // ReturnStmt = "return" [ ExpressionList ] .
    ReturnStmt* s = ast_.make<ReturnStmt>(posOf(r->RETURN()));
    s->results = buildExprList(r->expressionList());
    return s;
  }
  if (auto* b = ctx->breakStmt()) // BreakStmt = "break" [ Label ] .
    return ast_.make<BranchStmt>(posOf(b->BREAK()), BranchKind::Break,
                                 b->IDENTIFIER() ? ident(b->IDENTIFIER()) : nullptr);
  if (auto* c = ctx->continueStmt()) // ContinueStmt = "continue" [ Label ] .
    return ast_.make<BranchStmt>(posOf(c->CONTINUE()), BranchKind::Continue,
                                 c->IDENTIFIER() ? ident(c->IDENTIFIER()) : nullptr);
  if (auto* g = ctx->gotoStmt()) // GotoStmt = "goto" Label .
    return ast_.make<BranchStmt>(posOf(g->GOTO()), BranchKind::Goto, ident(g->IDENTIFIER()));
  if (auto* f = ctx->fallthroughStmt()) // FallthroughStmt = "fallthrough" .
    return ast_.make<BranchStmt>(posOf(f->FALLTHROUGH()), BranchKind::Fallthrough, nullptr);
  if (auto* b = ctx->block())
    return buildBlock(b);
  if (auto* i = ctx->ifStmt())
    return buildIf(i);
  if (auto* s = ctx->switchStmt())
    return buildSwitch(s);
  if (auto* s = ctx->selectStmt())
    return buildSelect(s);
  if (auto* f = ctx->forStmt())
    return buildFor(f);
  return ast_.make<BadStmt>(startOf(ctx));
}

namespace {

Op assignOpFor(size_t type) {
  using L = minigo_gen::MiniGoParser;
  switch (type) {
  case L::ADD_ASSIGN:
    return Op::Add;
  case L::SUB_ASSIGN:
    return Op::Sub;
  case L::MUL_ASSIGN:
    return Op::Mul;
  case L::DIV_ASSIGN:
    return Op::Div;
  case L::MOD_ASSIGN:
    return Op::Rem;
  case L::AND_ASSIGN:
    return Op::And;
  case L::OR_ASSIGN:
    return Op::Or;
  case L::XOR_ASSIGN:
    return Op::Xor;
  case L::SHL_ASSIGN:
    return Op::Shl;
  case L::SHR_ASSIGN:
    return Op::Shr;
  case L::AND_NOT_ASSIGN:
    return Op::AndNot;
  default:
    return Op::Add;
  }
}

} // namespace

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
Stmt* AstBuilder::buildSimpleStmt(P::SimpleStmtContext* ctx) {
  // The common cases, an expression alone (a call) or `list = list` / `list := list`,
  // without the generated accessors.
  if (ctx->children.size() == 1 ||
      (ctx->children.size() == 3 && isA<P::ExpressionListContext>(ctx->children[2]))) {
    auto* first = ruleChild(ctx, 0);
    if (first && first->getRuleIndex() == P::RuleExpressionList) {
      if (ctx->children.size() == 1) {
        std::vector<Expr*> lhs = buildExprList(static_cast<P::ExpressionListContext*>(first));
        if (lhs.size() == 1)
          return ast_.make<ExprStmt>(startOf(ctx), lhs[0]);
      } else {
        antlr4::Token* op = nullptr;
        bool define = tokenChild(ctx, 1) == P::DEFINE;
        if (define)
          op = static_cast<antlr4::tree::TerminalNode*>(ctx->children[1])->getSymbol();
        else if (auto* a = ruleChild(ctx, 1))
          op = a->getStart();
        if (op && (define || op->getType() == P::ASSIGN)) {
          AssignStmt* s =
              ast_.make<AssignStmt>(posOf(op), define ? AssignOp::Define : AssignOp::Assign);
          s->lhs = buildExprList(static_cast<P::ExpressionListContext*>(first));
          s->rhs = buildExprList(static_cast<P::ExpressionListContext*>(ctx->children[2]));
          return s;
        }
      }
    }
  }
  std::vector<P::ExpressionListContext*> lists = ctx->expressionList();
  std::vector<Expr*> lhs = buildExprList(lists.empty() ? nullptr : lists[0]);
  if (lhs.empty())
    return ast_.make<BadStmt>(startOf(ctx));

  // Operators that take exactly one operand on the left.
  auto single = [&](antlr4::Token* op) {
    if (lhs.size() > 1)
      error(posOf(op), "syntax error: unexpected " + tokenTypeName(op->getType()) +
                           ", expecting := or = or comma");
  };

  if (P::AssignOpContext* a = ctx->assignOp()) {
    antlr4::Token* op = a->getStart();
    bool plain = op->getType() == P::ASSIGN;
    AssignStmt* s = ast_.make<AssignStmt>(posOf(op), plain ? AssignOp::Assign : AssignOp::OpAssign);
    if (!plain) {
      single(op);
      s->op = assignOpFor(op->getType());
    }
    s->lhs = std::move(lhs);
    s->rhs = buildExprList(lists.size() > 1 ? lists[1] : nullptr);
    return s;
  }
  if (ctx->DEFINE()) {
    AssignStmt* s = ast_.make<AssignStmt>(posOf(ctx->DEFINE()), AssignOp::Define);
    s->lhs = std::move(lhs);
    s->rhs = buildExprList(lists.size() > 1 ? lists[1] : nullptr);
    return s;
  }
  if (ctx->INC() || ctx->DEC()) {
    TerminalNode* op = ctx->INC() ? ctx->INC() : ctx->DEC();
    single(op->getSymbol());
    return ast_.make<IncDecStmt>(posOf(op), lhs[0], ctx->INC() != nullptr);
  }
  if (ctx->ARROW()) {
    single(ctx->ARROW()->getSymbol());
    return ast_.make<SendStmt>(posOf(ctx->ARROW()), lhs[0], buildExpr(ctx->expression()));
  }
  if (lhs.size() > 1) {
    // An expression list on its own: Go expects an assignment.
    antlr4::Token* next = nullptr;
    if (ctx->getStop() && ctx->getStop()->getTokenIndex() + 1 < tokens_.size())
      next = tokens_.get(ctx->getStop()->getTokenIndex() + 1);
    std::string what = "newline";
    if (next)
      what = next->getType() == P::SEMI ? next->getText() : tokenTypeName(next->getType());
    if (what == ";")
      what = "semicolon";
    error(next ? posOf(next) : startOf(ctx),
          "syntax error: unexpected " + what + ", expecting := or = or comma");
  }
  return ast_.make<ExprStmt>(startOf(ctx), lhs[0]);
}

// The condition (or switch tag) of a header must be an expression, not another statement.
Expr* AstBuilder::headerCondition(P::SimpleStmtContext* ctx, const char* what) {
  (void)what;
  if (!ctx)
    return nullptr;
  Stmt* s = buildSimpleStmt(ctx);
  if (auto* e = dynamic_cast<ExprStmt*>(s))
    return e->x;
  if (s->kind() != Node::BadStmtKind)
    error(startOf(ctx), "syntax error: cannot use " + sourceText(ctx) + " as value");
  return ast_.make<BadExpr>(startOf(ctx));
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
Stmt* AstBuilder::buildIf(P::IfStmtContext* ctx) {
  IfStmt* s = ast_.make<IfStmt>(posOf(ctx->IF()));
  P::HeaderContext* h = ctx->header();
  P::BodyBlockContext* body = ctx->bodyBlock();
  if (h) {
    P::SimpleStmtContext* init = h->SEMI() ? h->init : nullptr;
    P::SimpleStmtContext* cond = h->SEMI() ? h->cond : h->init;
    if (init)
      s->init = buildSimpleStmt(init);
    s->cond = headerCondition(cond, "if");
  }
  if (!s->cond) {
    // `if x \n {`: Go reports the newline that ended the condition.
    antlr4::Token* semi = h && h->SEMI() ? h->SEMI()->getSymbol() : nullptr;
    if (semi && !h->cond && semi->getText() == GoTokenSource::kNewlineSemi)
      error(posOf(semi), "syntax error: unexpected newline, expecting { after if clause");
    else
      error(body ? posOf(body->BODY_LBRACE()) : s->pos,
            "syntax error: missing condition in if statement");
    s->cond = ast_.make<BadExpr>(s->pos);
  }
  s->then = buildBodyBlock(body);
  if (ctx->ifStmt())
    s->elseStmt = buildIf(ctx->ifStmt());
  else if (ctx->block())
    s->elseStmt = buildBlock(ctx->block());
  return s;
}

// SwitchStmt = ExprSwitchStmt | TypeSwitchStmt .
// TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .
Stmt* AstBuilder::buildSwitch(P::SwitchStmtContext* ctx) {
  Pos pos = posOf(ctx->SWITCH());
  P::HeaderContext* h = ctx->header();
  P::SimpleStmtContext* init = h && h->SEMI() ? h->init : nullptr;
  P::SimpleStmtContext* tag = h ? (h->SEMI() ? h->cond : h->init) : nullptr;

  // Is the tag a type switch guard? `x.(type)` or `v := x.(type)`.
  P::TypeAssertionContext* guard = nullptr;
  Ident* binding = nullptr;
  if (tag) {
    std::vector<P::ExpressionListContext*> lists = tag->expressionList();
    P::ExpressionListContext* rhs = nullptr;
    if (tag->DEFINE() && lists.size() == 2 && lists[0]->expression().size() == 1)
      rhs = lists[1];
    else if (!tag->DEFINE() && !tag->assignOp() && !tag->INC() && !tag->DEC() && !tag->ARROW() &&
             lists.size() == 1)
      rhs = lists[0];
    if (rhs && rhs->expression().size() == 1)
      if (auto* prim = dynamic_cast<P::PrimaryContext*>(rhs->expression(0)))
        if (auto* ta = dynamic_cast<P::TypeAssertionContext*>(prim->primaryExpr()))
          if (ta->TYPE())
            guard = ta;
    if (guard && tag->DEFINE()) {
      Expr* lhs = buildExpr(lists[0]->expression(0));
      binding = dynamic_cast<Ident*>(lhs);
      if (!binding)
        error(lhs->pos,
              "syntax error: invalid variable name " + sourceText(lists[0]) + " in type switch");
    }
  }

  auto buildClauses = [&](std::vector<CaseClause*>& out) {
    for (P::CaseClauseContext* c : ctx->caseClause()) {
      // ExprCaseClause = ExprSwitchCase ":" StatementList .
      CaseClause* cc = ast_.make<CaseClause>(c->CASE() ? posOf(c->CASE()) : posOf(c->DEFAULT()));
      cc->isDefault = c->DEFAULT() != nullptr;
      cc->list = buildExprList(c->expressionList());
      cc->colon = posOf(c->COLON());
      cc->body = buildStatementList(c->statementList());
      out.push_back(cc);
    }
  };

  if (guard) {
    TypeSwitchStmt* s = ast_.make<TypeSwitchStmt>(pos);
    if (init)
      s->init = buildSimpleStmt(init);
    s->binding = binding;
    s->x = buildPrimary(guard->primaryExpr());
    buildClauses(s->clauses);
    s->rbrace = posOf(ctx->RBRACE());
    return s;
  }
  SwitchStmt* s = ast_.make<SwitchStmt>(pos);
  if (init)
    s->init = buildSimpleStmt(init);
  s->tag = headerCondition(tag, "switch");
  buildClauses(s->clauses);
  s->rbrace = posOf(ctx->RBRACE());
  return s;
}

// SelectStmt = "select" "{" { CommClause } "}" .  CommClause = CommCase ":" StatementList .
Stmt* AstBuilder::buildSelect(P::SelectStmtContext* ctx) {
  SelectStmt* s = ast_.make<SelectStmt>(posOf(ctx->SELECT()));
  for (P::CommClauseContext* c : ctx->commClause()) {
    CommClause* cc = ast_.make<CommClause>(c->CASE() ? posOf(c->CASE()) : posOf(c->DEFAULT()));
    if (c->simpleStmt())
      cc->comm = buildSimpleStmt(c->simpleStmt());
    cc->colon = posOf(c->COLON());
    cc->body = buildStatementList(c->statementList());
    s->clauses.push_back(cc);
  }
  s->rbrace = posOf(ctx->RBRACE());
  return s;
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
Stmt* AstBuilder::buildFor(P::ForStmtContext* ctx) {
  Pos pos = posOf(ctx->FOR());
  P::ForHeaderContext* h = ctx->forHeader();
  if (auto* r = dynamic_cast<P::RangeClauseContext*>(h)) {
    // RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
    RangeStmt* s = ast_.make<RangeStmt>(pos);
    std::vector<Expr*> vars = buildExprList(r->expressionList());
    if (vars.size() > 2)
      error(vars[2]->pos, "range clause permits at most two iteration variables");
    if (!vars.empty())
      s->key = vars[0];
    if (vars.size() > 1)
      s->value = vars[1];
    s->define = r->DEFINE() != nullptr;
    s->rangePos = posOf(r->RANGE());
    s->x = buildExpr(r->expression());
    s->body = buildBodyBlock(ctx->bodyBlock());
    return s;
  }
  ForStmt* s = ast_.make<ForStmt>(pos);
  if (auto* f = dynamic_cast<P::ForClauseContext*>(h)) {
    // ForClause = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
    if (f->init)
      s->init = buildSimpleStmt(f->init);
    if (f->cond)
      s->cond = buildExpr(f->cond);
    if (f->post) {
      s->post = buildSimpleStmt(f->post);
      if (auto* a = dynamic_cast<AssignStmt*>(s->post); a && a->assign == AssignOp::Define)
        error(startOf(f->post), "syntax error: cannot declare in post statement of for loop");
    }
  } else if (auto* c = dynamic_cast<P::ConditionContext*>(h)) {
    // Condition = Expression .
    if (c->cond)
      s->cond = buildExpr(c->cond);
  }
  s->body = buildBodyBlock(ctx->bodyBlock());
  return s;
}

// ---------------------------------------------------------------------------------------------
// Expressions

namespace {

Op binaryOpFor(size_t type) {
  using L = minigo_gen::MiniGoParser;
  switch (type) {
  case L::PLUS:
    return Op::Add;
  case L::MINUS:
    return Op::Sub;
  case L::STAR:
    return Op::Mul;
  case L::DIV:
    return Op::Div;
  case L::MOD:
    return Op::Rem;
  case L::AMP:
    return Op::And;
  case L::OR:
    return Op::Or;
  case L::CARET:
    return Op::Xor;
  case L::SHL:
    return Op::Shl;
  case L::SHR:
    return Op::Shr;
  case L::AND_NOT:
    return Op::AndNot;
  case L::LAND:
    return Op::LAnd;
  case L::LOR:
    return Op::LOr;
  case L::EQ:
    return Op::Eql;
  case L::NE:
    return Op::Neq;
  case L::LT:
    return Op::Lss;
  case L::LE:
    return Op::Leq;
  case L::GT:
    return Op::Gtr;
  case L::GE:
    return Op::Geq;
  default:
    return Op::Add;
  }
}

} // namespace

// Expression = UnaryExpr | Expression binary_op Expression .
// UnaryExpr  = PrimaryExpr | unary_op UnaryExpr .
Expr* AstBuilder::buildExpr(P::ExpressionContext* ctx) {
  if (!ctx)
    return ast_.make<BadExpr>(Pos{});
  if (isA<P::PrimaryContext>(ctx))
    return buildPrimary(static_cast<P::PrimaryExprContext*>(ruleChild(ctx, 0)));
  if (auto* u = isA<P::UnaryContext>(ctx) ? static_cast<P::UnaryContext*>(ctx) : nullptr) {
    Pos pos = posOf(u->op);
    Expr* x = buildExpr(static_cast<P::ExpressionContext*>(ruleChild(u, 1)));
    switch (u->op ? u->op->getType() : 0) {
    case P::STAR:
      return ast_.make<StarExpr>(pos, x);
    case P::ARROW:
      // `<-chan T` is a receive-only channel type, not a receive from `chan T`.
      if (auto* ch = dynamic_cast<ChanType*>(x)) {
        if (ch->dir == ChanDir::Both)
          return ast_.make<ChanType>(pos, ChanDir::RecvOnly, ch->elem);
        error(ch->pos, "syntax error: unexpected <-, expecting chan");
        return ast_.make<BadExpr>(pos);
      }
      return ast_.make<UnaryExpr>(pos, Op::Recv, x);
    case P::PLUS:
      return ast_.make<UnaryExpr>(pos, Op::Add, x);
    case P::MINUS:
      return ast_.make<UnaryExpr>(pos, Op::Sub, x);
    case P::NOT:
      return ast_.make<UnaryExpr>(pos, Op::Not, x);
    case P::CARET:
      return ast_.make<UnaryExpr>(pos, Op::Xor, x);
    case P::AMP:
      return ast_.make<UnaryExpr>(pos, Op::Addr, x);
    default:
      return ast_.make<BadExpr>(pos);
    }
  }
  if (isA<P::BinaryContext>(ctx)) {
    // Walk down the left spine, then build bottom-up.
    std::vector<P::BinaryContext*> chain;
    P::ExpressionContext* cur = ctx;
    while (isA<P::BinaryContext>(cur)) {
      auto* b = static_cast<P::BinaryContext*>(cur);
      chain.push_back(b);
      cur = static_cast<P::ExpressionContext*>(ruleChild(b, 0));
    }
    Expr* x = buildExpr(cur);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      P::BinaryContext* b = *it;
      Expr* y = buildExpr(static_cast<P::ExpressionContext*>(ruleChild(b, 2)));
      x = ast_.make<BinaryExpr>(posOf(b->op), binaryOpFor(b->op ? b->op->getType() : 0), x, y);
    }
    return x;
  }
  return ast_.make<BadExpr>(startOf(ctx));
}

// PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector | PrimaryExpr Index |
//               PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
Expr* AstBuilder::buildPrimary(P::PrimaryExprContext* ctx) {
  if (!ctx)
    return ast_.make<BadExpr>(Pos{});
  std::vector<P::PrimaryExprContext*> chain;
  P::PrimaryExprContext* cur = ctx;
  while (cur && !isA<P::OperandExprContext>(cur)) {
    chain.push_back(cur);
    // Every suffix alternative starts with the primary expression it applies to.
    cur = isA<P::SelectorExprContext>(cur) || isA<P::TypeAssertionContext>(cur) ||
                  isA<P::IndexOrSliceContext>(cur) || isA<P::CallExprContext>(cur)
              ? static_cast<P::PrimaryExprContext*>(ruleChild(cur, 0))
              : nullptr;
  }
  Expr* x = cur ? buildOperand(static_cast<P::OperandContext*>(ruleChild(cur, 0)))
                : ast_.make<BadExpr>(startOf(ctx));
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    P::PrimaryExprContext* p = *it;
    if (auto* s =
            isA<P::SelectorExprContext>(p) ? static_cast<P::SelectorExprContext*>(p) : nullptr) {
      // Selector = "." identifier .
      Ident* sel = ident(s->IDENTIFIER());
      x = ast_.make<SelectorExpr>(sel->pos, x, sel);
    } else if (auto* t = dynamic_cast<P::TypeAssertionContext*>(p)) {
      // TypeAssertion = "." "(" Type ")" .
      Expr* type = nullptr;
      if (t->TYPE())
        error(posOf(t->TYPE()), "syntax error: use of .(type) outside type switch");
      else
        type = buildType(t->type_());
      x = ast_.make<TypeAssertExpr>(posOf(t->DOT()), x, type);
    } else if (auto* i = dynamic_cast<P::IndexOrSliceContext*>(p)) {
      // Index = "[" Expression "]" .  Slice = "[" [ Expression ] ":" [ Expression ] "]" | ...
      P::IndexContext* idx = i->index();
      if (!idx) {
        x = ast_.make<BadExpr>(x->pos);
        continue;
      }
      Pos pos = posOf(idx->LBRACK());
      std::vector<TerminalNode*> colons = idx->COLON();
      if (colons.empty()) {
        x = ast_.make<IndexExpr>(pos, x, buildExpr(idx->expression(0)));
        continue;
      }
      SliceExpr* s = ast_.make<SliceExpr>(pos, x);
      if (idx->lo)
        s->lo = buildExpr(idx->lo);
      if (idx->hi)
        s->hi = buildExpr(idx->hi);
      if (colons.size() > 1) {
        s->full = true;
        if (idx->max)
          s->max = buildExpr(idx->max);
        if (!idx->hi)
          error(posOf(colons[1]), "syntax error: middle index required in 3-index slice");
        if (!idx->max)
          error(posOf(idx->RBRACK()), "syntax error: final index required in 3-index slice");
      }
      x = s;
    } else if (auto* c =
                   isA<P::CallExprContext>(p) ? static_cast<P::CallExprContext*>(p) : nullptr) {
      // Arguments = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")"
      // .
      auto* args = static_cast<P::ArgumentsContext*>(ruleChild(c, 1));
      CallExpr* call = ast_.make<CallExpr>(args ? posOf(args->getStart()) : x->pos, x);
      if (args) {
        // "(" [ ExpressionList [ "..." ] [ "," ] ] ")"
        for (antlr4::tree::ParseTree* child : args->children) {
          if (!isTerminal(child)) {
            call->args = buildExprList(static_cast<P::ExpressionListContext*>(child));
            continue;
          }
          antlr4::Token* t = static_cast<antlr4::tree::TerminalNode*>(child)->getSymbol();
          if (t->getType() == P::ELLIPSIS)
            call->hasDots = true;
          else if (t->getType() == P::RPAREN)
            call->rparen = posOf(t);
        }
      }
      x = call;
    }
  }
  return x;
}

// Operand = Literal | OperandName | "(" Expression ")" .
Expr* AstBuilder::buildOperand(P::OperandContext* ctx) {
  if (!ctx)
    return ast_.make<BadExpr>(Pos{});
  // Fast paths: a name, a literal.
  if (ctx->children.size() == 1) {
    if (tokenChild(ctx, 0) == P::IDENTIFIER)
      return ident(static_cast<antlr4::tree::TerminalNode*>(ctx->children[0]));
    if (auto* r = ruleChild(ctx, 0); r && r->getRuleIndex() == P::RuleBasicLit)
      return buildBasicLit(static_cast<P::BasicLitContext*>(r));
  }
  if (auto* b = ctx->basicLit())
    return buildBasicLit(b);
  if (auto* c = ctx->compositeLit())
    return buildCompositeLit(c);
  if (auto* f = ctx->functionLit()) {
    // FunctionLit = "func" Signature FunctionBody .
    Pos pos = posOf(f->FUNC());
    FuncType* type = buildSignature(f->signature(), pos);
    return ast_.make<FuncLit>(pos, type, buildBlock(f->block()));
  }
  if (auto* t = ctx->typeName()) // CompositeLit with a TypeName
    return buildLiteralValue(ctx->literalValue(), buildTypeName(t), startOf(ctx));
  if (ctx->IDENTIFIER())
    return ident(ctx->IDENTIFIER());
  if (auto* p = ctx->parenExpr())
    return ast_.make<ParenExpr>(posOf(p->LPAREN()), buildExpr(p->expression()));
  if (auto* t = ctx->typeLitExpr())
    return buildTypeLitExpr(t);
  return ast_.make<BadExpr>(startOf(ctx));
}

Expr* AstBuilder::buildTypeLitExpr(P::TypeLitExprContext* ctx) {
  if (auto* f = ctx->functionType())
    return buildSignature(f->signature(), posOf(f->FUNC()));
  if (auto* i = ctx->interfaceType())
    return buildInterfaceType(i);
  if (auto* c = ctx->channelType())
    return buildChannelType(c);
  return ast_.make<BadExpr>(startOf(ctx));
}

// BasicLit = int_lit | float_lit | imaginary_lit | rune_lit | string_lit .
Expr* AstBuilder::buildBasicLit(P::BasicLitContext* ctx) {
  if (auto* s = ctx->string_())
    return buildString(s);
  TerminalNode* node = nullptr;
  LitKind kind = LitKind::Int;
  if ((node = ctx->INT_LIT()))
    kind = LitKind::Int;
  else if ((node = ctx->FLOAT_LIT()))
    kind = LitKind::Float;
  else if ((node = ctx->IMAGINARY_LIT()))
    kind = LitKind::Imag;
  else if ((node = ctx->RUNE_LIT()))
    kind = LitKind::Rune;
  if (!node)
    return ast_.make<BadExpr>(startOf(ctx));
  BasicLit* lit = ast_.make<BasicLit>(posOf(node), kind, node->getSymbol()->getText());
  checkLiteral(lit);
  return lit;
}

// string_lit = raw_string_lit | interpreted_string_lit .
BasicLit* AstBuilder::buildString(P::String_Context* ctx) {
  TerminalNode* node =
      ctx->RAW_STRING_LIT() ? ctx->RAW_STRING_LIT() : ctx->INTERPRETED_STRING_LIT();
  if (!node)
    return ast_.make<BasicLit>(startOf(ctx), LitKind::String, "\"\"");
  std::string text = node->getSymbol()->getText();
  // Repair unterminated literals (already reported by the token source).
  char quote = text.empty() ? '"' : text[0];
  if (text.size() < 2 || text.back() != quote ||
      (quote == '"' && text.size() >= 3 && text[text.size() - 2] == '\\' &&
       text[text.size() - 3] != '\\'))
    text += quote;
  BasicLit* lit = ast_.make<BasicLit>(posOf(node), LitKind::String, text);
  checkLiteral(lit);
  return lit;
}

// Checks escapes in rune and interpreted string literals, and that a rune literal holds one
// character, with the wording of Go's scanner.
void AstBuilder::checkLiteral(BasicLit* lit) {
  if (lit->litKind != LitKind::Rune && lit->litKind != LitKind::String)
    return;
  const std::string& s = lit->value;
  if (s.empty() || s[0] == '`')
    return;
  char quote = s[0];
  size_t end = s.size() >= 2 && s.back() == quote ? s.size() - 1 : s.size();
  int count = 0;
  for (size_t i = 1; i < end;) {
    ++count;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c != '\\') {
      // Skip one UTF-8 character.
      i += c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      continue;
    }
    Pos at{lit->pos.line, lit->pos.col + static_cast<uint32_t>(i)};
    if (i + 1 >= end) {
      error(at, "escape sequence not terminated");
      break;
    }
    char e = s[i + 1];
    auto hexDigits = [&](size_t from, int n, int base) -> long {
      long v = 0;
      for (int k = 0; k < n; ++k) {
        if (from + k >= end) {
          error(at, "escape sequence not terminated");
          return -1;
        }
        char d = s[from + k];
        int dv = (d >= '0' && d <= '9')   ? d - '0'
                 : (d >= 'a' && d <= 'f') ? d - 'a' + 10
                 : (d >= 'A' && d <= 'F') ? d - 'A' + 10
                                          : 99;
        if (dv >= base) {
          char buf[64];
          std::snprintf(buf, sizeof buf, "invalid character %s in %s escape",
                        (std::string("'") + d + "'").c_str(), base == 8 ? "octal" : "hexadecimal");
          error(Pos{lit->pos.line, lit->pos.col + static_cast<uint32_t>(from + k)}, buf);
          return -1;
        }
        v = v * base + dv;
      }
      return v;
    };
    switch (e) {
    case 'a':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
    case '\\':
      i += 2;
      break;
    case '\'':
    case '"':
      if (e != quote)
        error(at, "unknown escape");
      i += 2;
      break;
    case 'x':
      hexDigits(i + 2, 2, 16);
      i += 4;
      break;
    case 'u':
    case 'U': {
      int n = e == 'u' ? 4 : 8;
      long v = hexDigits(i + 2, n, 16);
      if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
        error(at, "escape is invalid Unicode code point");
      i += 2 + n;
      break;
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      long v = hexDigits(i + 1, 3, 8);
      if (v > 255) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "octal escape value %ld > 255", v);
        error(at, buf);
      }
      i += 4;
      break;
    }
    default:
      error(at, "unknown escape");
      i += 2;
      break;
    }
  }
  if (quote == '\'') {
    if (count == 0)
      error(lit->pos, "empty rune literal or unescaped ' in rune literal");
    else if (count > 1)
      error(lit->pos, "more than one character in rune literal");
  }
}

// CompositeLit = LiteralType LiteralValue .
// LiteralType  = StructType | ArrayType | "[" "..." "]" ElementType | SliceType | MapType |
// TypeName . Without a literal value, this is just the type (a conversion, a make/new argument,
// ...).
Expr* AstBuilder::buildCompositeLit(P::CompositeLitContext* ctx) {
  bool isLit = ctx->literalValue() != nullptr;
  Expr* type = nullptr;
  if (auto* s = ctx->structType())
    type = buildStructType(s);
  else if (auto* a = ctx->arrayType())
    type = buildArrayType(a, isLit);
  else if (auto* s = ctx->sliceType())
    type = ast_.make<SliceType>(posOf(s->LBRACK()), buildType(s->type_()));
  else if (auto* m = ctx->mapType())
    type = ast_.make<MapType>(posOf(m->MAP()), buildType(m->type_(0)), buildType(m->type_(1)));
  else
    type = ast_.make<BadExpr>(startOf(ctx));
  if (!isLit)
    return type;
  return buildLiteralValue(ctx->literalValue(), type, startOf(ctx));
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .  KeyedElement = [ Key ":" ] Element .
CompositeLit* AstBuilder::buildLiteralValue(P::LiteralValueContext* ctx, Expr* type, Pos pos) {
  CompositeLit* lit = ast_.make<CompositeLit>(pos);
  lit->litType = type;
  if (!ctx)
    return lit;
  lit->lbrace = posOf(ctx->LBRACE());
  lit->rbrace = posOf(ctx->RBRACE());
  for (P::KeyedElementContext* ke : ctx->keyedElement()) {
    Expr* value = buildElement(ke->value);
    if (ke->key) {
      Expr* key = buildElement(ke->key);
      lit->elems.push_back(ast_.make<KeyValueExpr>(posOf(ke->COLON()), key, value));
    } else {
      lit->elems.push_back(value);
    }
  }
  return lit;
}

// Element = Expression | LiteralValue .  (A LiteralValue here has its type elided.)
Expr* AstBuilder::buildElement(P::ElementContext* ctx) {
  if (!ctx)
    return ast_.make<BadExpr>(Pos{});
  if (ctx->expression())
    return buildExpr(ctx->expression());
  if (auto* lv = ctx->literalValue())
    return buildLiteralValue(lv, nullptr, posOf(lv->LBRACE()));
  return ast_.make<BadExpr>(startOf(ctx));
}

} // namespace minigo
