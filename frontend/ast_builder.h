// This file declares AstBuilder, which turns the ANTLR parse tree of a source file into the
// minigo AST (frontend/ast.h), with positions as ast.h documents them. It also performs the
// checks that Go's parser makes after parsing a permissive production: parameter lists
// (grouping and mixed named/unnamed), simple statements where one expression is required,
// if/switch headers, `.(type)` outside a type switch, `[...]T` outside a composite literal,
// go/defer operands, and the validity of rune and string literals.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"

#include "MiniGoParser.h"

#include <string>

namespace minigo {

class AstBuilder {
public:
  using P = minigo_gen::MiniGoParser;

  AstBuilder(AstContext& ast, Diagnostics& diags, antlr4::TokenStream& tokens)
      : ast_(ast), diags_(diags), tokens_(tokens) {}

  // The whole file at once.
  File* buildFile(P::SourceFileContext* ctx);
  // Or piecewise: the package clause and imports, then each top-level declaration.
  File* buildHeader(P::PackageClauseContext* pkg,
                    const std::vector<P::ImportDeclContext*>& imports);
  void buildTopLevelDecl(P::TopLevelDeclContext* ctx, File* file);

private:
  // Declarations
  void buildImport(P::ImportSpecContext* ctx, File* file);
  void buildDeclaration(P::DeclarationContext* ctx, std::vector<Decl*>& out);
  FuncDecl* buildFuncDecl(P::FunctionDeclContext* ctx);

  // Types and signatures
  Expr* buildType(P::Type_Context* ctx);
  Expr* buildTypeName(P::TypeNameContext* ctx);
  Expr* buildTypeLit(P::TypeLitContext* ctx);
  Expr* buildArrayType(P::ArrayTypeContext* ctx, bool allowDots);
  Expr* buildChannelType(P::ChannelTypeContext* ctx);
  FuncType* buildSignature(P::SignatureContext* ctx, Pos pos);
  std::vector<Field*> buildParameters(P::ParametersContext* ctx);
  StructType* buildStructType(P::StructTypeContext* ctx);
  InterfaceType* buildInterfaceType(P::InterfaceTypeContext* ctx);

  // Statements
  BlockStmt* buildBlock(P::BlockContext* ctx);
  BlockStmt* buildBodyBlock(P::BodyBlockContext* ctx);
  std::vector<Stmt*> buildStatementList(P::StatementListContext* ctx);
  Stmt* buildStatement(P::StatementContext* ctx);
  Stmt* buildSimpleStmt(P::SimpleStmtContext* ctx);
  Stmt* buildIf(P::IfStmtContext* ctx);
  Stmt* buildSwitch(P::SwitchStmtContext* ctx);
  Stmt* buildSelect(P::SelectStmtContext* ctx);
  Stmt* buildFor(P::ForStmtContext* ctx);
  Expr* headerCondition(P::SimpleStmtContext* ctx, const char* what);

  // Expressions
  Expr* buildExpr(P::ExpressionContext* ctx);
  Expr* buildPrimary(P::PrimaryExprContext* ctx);
  Expr* buildOperand(P::OperandContext* ctx);
  Expr* buildTypeLitExpr(P::TypeLitExprContext* ctx);
  Expr* buildBasicLit(P::BasicLitContext* ctx);
  BasicLit* buildString(P::String_Context* ctx);
  Expr* buildCompositeLit(P::CompositeLitContext* ctx);
  CompositeLit* buildLiteralValue(P::LiteralValueContext* ctx, Expr* type, Pos pos);
  Expr* buildElement(P::ElementContext* ctx);
  std::vector<Expr*> buildExprList(P::ExpressionListContext* ctx);
  Ident* ident(antlr4::tree::TerminalNode* node);

  // Helpers
  Pos posOf(antlr4::Token* tok) const;
  Pos posOf(antlr4::tree::TerminalNode* node) const;
  Pos startOf(antlr4::ParserRuleContext* ctx) const;
  std::string sourceText(antlr4::ParserRuleContext* ctx) const;
  void checkLiteral(BasicLit* lit);
  void error(Pos pos, std::string msg) { diags_.error(pos, std::move(msg)); }

  AstContext& ast_;
  Diagnostics& diags_;
  antlr4::TokenStream& tokens_;
  int groups_ = 0; // grouped declarations seen so far
};

} // namespace minigo
