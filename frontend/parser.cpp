// This file implements parseFile: the token source, the generated ANTLR parser and the AST
// builder. The parser runs in up to three stages:
//  1. SLL prediction, bailing out at the first error, one top-level declaration at a time (the
//     fast path: every valid program we have seen is parsed here);
//  2. for a declaration that fails in SLL, full LL prediction, bailing out at the first error
//     (a valid declaration that needs full context is parsed here);
//  3. only for an invalid program: SLL prediction with error recovery, reporting syntax
//     errors worded as Go's parser words them. SLL decisions look no further than the local
//     syntax, so errors are reported where a hand-written parser would see them (full-LL
//     decisions can look ahead to a missing `}` at the end of the file and fail early).
// Everything runs on a thread with a large stack.
#include "frontend/parser.h"

#include "frontend/ast_builder.h"
#include "frontend/token_source.h"

#include "MiniGoLexer.h"
#include "MiniGoParser.h"

#include <pthread.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>

namespace minigo {

using minigo_gen::MiniGoParser;
using P = minigo_gen::MiniGoParser;

namespace {

// How Go's parser names the token it did not expect: `name x`, `literal 1`, `newline`,
// `keyword func`, `comma`, `)`.
std::string describeToken(antlr4::Token* tok) {
  if (!tok)
    return "EOF";
  size_t type = tok->getType();
  switch (type) {
  case antlr4::Token::EOF:
    return "EOF";
  case P::IDENTIFIER:
    return "name " + tok->getText();
  case P::INT_LIT:
  case P::FLOAT_LIT:
  case P::IMAGINARY_LIT:
  case P::RUNE_LIT:
  case P::RAW_STRING_LIT:
  case P::INTERPRETED_STRING_LIT:
    return "literal " + tok->getText();
  case P::SEMI: {
    std::string text = tok->getText();
    return text == ";" ? "semicolon" : text; // "newline" or "EOF" when inserted
  }
  default:
    return tokenTypeName(type);
  }
}

bool isExpressionStart(const antlr4::misc::IntervalSet& set) {
  return set.contains(static_cast<size_t>(P::INT_LIT)) &&
         set.contains(static_cast<size_t>(P::IDENTIFIER));
}

bool isTypeStart(const antlr4::misc::IntervalSet& set) {
  return set.contains(static_cast<size_t>(P::IDENTIFIER)) &&
         set.contains(static_cast<size_t>(P::MAP)) && set.contains(static_cast<size_t>(P::CHAN)) &&
         !set.contains(static_cast<size_t>(P::INT_LIT));
}

// Name of an expected token in Go's messages (tokstring).
std::string expectedName(size_t type) {
  switch (type) {
  case P::COMMA:
    return "comma";
  case P::SEMI:
    return "semicolon or newline";
  case P::IDENTIFIER:
    return "name";
  default: {
    // Go's parser lists expected keywords bare: "expecting case or default or }".
    std::string name = tokenTypeName(type);
    if (name.rfind("keyword ", 0) == 0)
      name = name.substr(8);
    return name;
  }
  }
}

// Is `ctx` (or an enclosing rule up to a statement) of rule `rule`?
antlr4::ParserRuleContext* enclosing(antlr4::ParserRuleContext* ctx, size_t rule,
                                     int maxDepth = 3) {
  for (int i = 0; ctx && i < maxDepth;
       ++i, ctx = dynamic_cast<antlr4::ParserRuleContext*>(ctx->parent))
    if (ctx->getRuleIndex() == rule)
      return ctx;
  return nullptr;
}

bool isTopLevelRule(size_t rule) {
  return rule == P::RuleSourceFile || rule == P::RuleFileHeader || rule == P::RuleNextDecl ||
         rule == P::RuleTopLevelDecl;
}

bool isDeclKeyword(size_t type) {
  return type == P::FUNC || type == P::VAR || type == P::CONST || type == P::TYPE ||
         type == P::IMPORT;
}

// The error strategy of the last stage: ANTLR's recovery, Go's wording, and cascade
// suppression: after a syntax error, further syntax errors in the same top-level declaration
// (up to the next `func`/`var`/`const`/`type`/`import` at the start of a line) are dropped.
class GoErrorStrategy : public antlr4::DefaultErrorStrategy {
public:
  GoErrorStrategy(Diagnostics& diags, antlr4::TokenStream& tokens)
      : diags_(diags), tokens_(tokens) {}

protected:
  // At the top level, skip to the next declaration keyword at the start of a line (ANTLR's
  // recovery would skip to the end of the file: nothing follows the start rule).
  void recover(antlr4::Parser* parser, std::exception_ptr e) override {
    antlr4::ParserRuleContext* ctx = parser->getContext();
    if (!ctx || !isTopLevelRule(ctx->getRuleIndex())) {
      antlr4::DefaultErrorStrategy::recover(parser, e);
      return;
    }
    antlr4::TokenStream* in = parser->getTokenStream();
    if (in->LA(1) != antlr4::Token::EOF)
      parser->consume();
    while (in->LA(1) != antlr4::Token::EOF &&
           !(isDeclKeyword(in->LA(1)) && in->LT(1)->getCharPositionInLine() == 0))
      parser->consume();
  }

  void reportNoViableAlternative(antlr4::Parser* parser,
                                 const antlr4::NoViableAltException& e) override {
    report(parser, e.getOffendingToken(), e.getExpectedTokens());
  }
  void reportInputMismatch(antlr4::Parser* parser,
                           const antlr4::InputMismatchException& e) override {
    report(parser, e.getOffendingToken(), e.getExpectedTokens());
  }
  void reportFailedPredicate(antlr4::Parser* parser,
                             const antlr4::FailedPredicateException& e) override {
    report(parser, e.getOffendingToken(), e.getExpectedTokens());
  }
  void reportUnwantedToken(antlr4::Parser* parser) override {
    if (inErrorRecoveryMode(parser))
      return;
    beginErrorCondition(parser);
    report(parser, parser->getCurrentToken(), getExpectedTokens(parser));
  }
  void reportMissingToken(antlr4::Parser* parser) override {
    if (inErrorRecoveryMode(parser))
      return;
    beginErrorCondition(parser);
    report(parser, parser->getCurrentToken(), getExpectedTokens(parser));
  }

private:
  void report(antlr4::Parser* parser, antlr4::Token* tok,
              const antlr4::misc::IntervalSet& expected) {
    if (!tok)
      tok = parser->getCurrentToken();
    size_t index = tok->getTokenIndex();
    // An error at EOF after a lexical error (an unterminated comment or string swallowed the
    // rest of the file) is a follow-on error.
    if (tok->getType() == antlr4::Token::EOF && diags_.hasErrors())
      return;
    if (reported_) {
      // After a first error, an error at EOF is a follow-on error (as in Go's parser), and so
      // is any error before the next top-level declaration.
      if (tok->getType() == antlr4::Token::EOF)
        return;
      bool newDecl = false;
      for (size_t i = lastError_ + 1; i <= index && i < tokens_.size(); ++i) {
        antlr4::Token* t = tokens_.get(i);
        if (isDeclKeyword(t->getType()) && t->getCharPositionInLine() == 0) {
          newDecl = true;
          break;
        }
      }
      if (!newDecl || index <= lastError_)
        return;
    }
    reported_ = true;
    lastError_ = index;
    if (std::getenv("MINIGO_PARSE_DEBUG")) {
      std::string stack;
      for (const std::string& r : parser->getRuleInvocationStack())
        stack += r + " ";
      std::fprintf(stderr, "error at %s in [%s] expected %s\n", tok->getText().c_str(),
                   stack.c_str(), expected.toString().c_str());
    }
    Pos pos{static_cast<uint32_t>(tok->getLine()),
            static_cast<uint32_t>(tok->getCharPositionInLine() + 1)};
    if (std::string generic = genericsMessage(parser, tok, &pos); !generic.empty()) {
      diags_.error(pos, generic);
      // Recovery inside a generic declaration goes astray (its body is full of type
      // parameters): abandon the declaration, so that the next one is parsed afresh.
      antlr4::TokenStream* in = parser->getTokenStream();
      while (in->LA(1) != antlr4::Token::EOF &&
             !(isDeclKeyword(in->LA(1)) && in->LT(1)->getCharPositionInLine() == 0))
        parser->consume();
      throw antlr4::ParseCancellationException("generic declaration");
    }
    // A trailing comma in a statement (`return 1,` before `}`): Go's parser wants another
    // expression and reports the token after the comma.
    if (tok->getType() == P::COMMA && !isTopLevelRule(parser->getContext()->getRuleIndex()) &&
        index + 1 < tokens_.size()) {
      antlr4::Token* next = tokens_.get(index + 1);
      size_t nt = next->getType();
      if (nt == P::RBRACE || nt == P::SEMI || nt == P::RPAREN || nt == antlr4::Token::EOF) {
        Pos at{static_cast<uint32_t>(next->getLine()),
               static_cast<uint32_t>(next->getCharPositionInLine() + 1)};
        diags_.error(at,
                     "syntax error: unexpected " + describeToken(next) + ", expecting expression");
        return;
      }
    }
    diags_.error(pos, "syntax error: " + message(parser, tok, expected));
  }

  // Type parameters are not in minigo's grammar, so a generic declaration ends in a syntax
  // error. When the error sits in `func Name[`, right after `type Name[P` or at `Name[` in a
  // receiver or parameter list, it is reported as the unsupported feature, at the `[`.
  std::string genericsMessage(antlr4::Parser* parser, antlr4::Token* tok, Pos* at) {
    size_t i = tok->getTokenIndex();
    if (i == static_cast<size_t>(-1) || i < 2)
      return "";
    auto* ctx = parser->getContext();
    auto typeAt = [&](size_t k) { return tokens_.get(k)->getType(); };
    auto place = [&](size_t k) {
      antlr4::Token* t = tokens_.get(k);
      *at = Pos{static_cast<uint32_t>(t->getLine()),
                static_cast<uint32_t>(t->getCharPositionInLine() + 1)};
    };
    // func Name[T any](...)
    if (typeAt(i) == P::LBRACK && typeAt(i - 1) == P::IDENTIFIER && typeAt(i - 2) == P::FUNC) {
      place(i);
      return "generic function " + tokens_.get(i - 1)->getText() + " is not supported by minigo";
    }
    // func (l *List[T]) Push(v T) or func f(l List[int])
    if (typeAt(i) == P::LBRACK && typeAt(i - 1) == P::IDENTIFIER &&
        enclosing(ctx, P::RuleParameters, 6) && enclosing(ctx, P::RuleFunctionDecl, 12)) {
      place(i);
      return "generic type " + tokens_.get(i - 1)->getText() + " is not supported by minigo";
    }
    // interface{ int | float64 }: a type set, which only constraints have.
    if (typeAt(i) == P::OR && enclosing(ctx, P::RuleInterfaceType, 3)) {
      place(i);
      return "interface with type constraints is not supported by minigo";
    }
    // type List[T any] struct{...}: `[T` parsed as the start of an array length.
    if (i >= 3 && typeAt(i - 1) == P::IDENTIFIER && typeAt(i - 2) == P::LBRACK &&
        typeAt(i - 3) == P::IDENTIFIER && typeAt(i) != P::RBRACK &&
        enclosing(ctx, P::RuleTypeSpec, 8)) {
      place(i - 2);
      return "generic type " + tokens_.get(i - 3)->getText() + " is not supported by minigo";
    }
    return "";
  }

  antlr4::Token* previous(antlr4::Token* tok) {
    size_t i = tok->getTokenIndex();
    return i > 0 && i != static_cast<size_t>(-1) ? tokens_.get(i - 1) : nullptr;
  }

  std::string message(antlr4::Parser* parser, antlr4::Token* tok,
                      const antlr4::misc::IntervalSet& expected) {
    size_t type = tok->getType();
    std::string unexpected = "unexpected " + describeToken(tok);
    auto* ctx = parser->getContext();
    size_t rule = ctx ? ctx->getRuleIndex() : 0;
    antlr4::Token* prev = previous(tok);
    size_t prevType = prev ? prev->getType() : 0;

    // `func name` inside a function body: a function literal has no name.
    if (type == P::IDENTIFIER && prevType == P::FUNC && !isTopLevelRule(rule))
      return unexpected + ", expecting (";

    // File structure.
    if (rule == P::RulePackageClause && prevType == P::PACKAGE)
      return unexpected + ", expecting name";
    if (rule == P::RulePackageClause ||
        ((rule == P::RuleSourceFile || rule == P::RuleFileHeader) && !ctx->children.size()))
      return "package statement must be first";
    if (isTopLevelRule(rule)) {
      if (type == P::IMPORT)
        return "imports must appear before other declarations";
      if (type == P::LBRACE && prevType == P::SEMI && prev->getText() != ";")
        return "unexpected semicolon or newline before {";
      if (type == P::SEMI && expected.contains(static_cast<size_t>(P::FUNC)))
        return unexpected + " after top level declaration";
      if (type != antlr4::Token::EOF && !isDeclKeyword(type))
        return "non-declaration statement outside function body";
    }
    if (rule == P::RuleEos && ctx->parent &&
        isTopLevelRule(static_cast<antlr4::ParserRuleContext*>(ctx->parent)->getRuleIndex()))
      return unexpected + " after top level declaration";

    // Lists: composite literals, arguments, parameters.
    struct ListContext {
      size_t rule;
      const char* name;
      const char* close;
    };
    static const ListContext lists[] = {
        {P::RuleLiteralValue, "composite literal", "}"},
        {P::RuleArguments, "argument list", ")"},
        {P::RuleParameters, "parameter list", ")"},
    };
    for (const ListContext& l : lists) {
      if (!enclosing(ctx, l.rule, 6))
        continue;
      if (type == P::COMMA && prevType == P::COMMA && l.rule != P::RuleParameters)
        return unexpected + ", expecting expression";
      if (expected.contains(static_cast<size_t>(P::COMMA)) &&
          (type == P::SEMI || !isExpressionStart(expected)))
        return unexpected + " in " + l.name + "; possibly missing comma or " + l.close;
    }

    // Struct and interface bodies (Go's parser reads them as lists too).
    if ((rule == P::RuleStructType || rule == P::RuleInterfaceType) &&
        expected.contains(static_cast<size_t>(P::RBRACE)))
      return unexpected + " in " + (rule == P::RuleStructType ? "struct" : "interface") +
             " type; possibly missing semicolon or newline or }";

    // `else` takes an if statement or a block only.
    if (prevType == P::ELSE)
      return "else must be followed by if or statement block";

    // `var`, `const` and `type` name what they declare (a group's `(` goes unmentioned).
    if (prevType == P::VAR || prevType == P::CONST || prevType == P::TYPE)
      if (expected.contains(static_cast<size_t>(P::IDENTIFIER)))
        return unexpected + ", expecting name";

    // Blocks after if/for/switch headers.
    if (expected.contains(static_cast<size_t>(P::BODY_LBRACE)) && expected.size() <= 3) {
      if (enclosing(ctx, P::RuleIfStmt, 4))
        return unexpected + ", expecting { after if clause";
      if (enclosing(ctx, P::RuleForStmt, 4))
        return unexpected + ", expecting { after for clause";
      if (enclosing(ctx, P::RuleSwitchStmt, 4))
        return unexpected + ", expecting { after switch clause";
    }

    // End of a statement: after a statement, only `;` or the closing `}` may follow.
    bool endOfBlock = rule == P::RuleBlock || rule == P::RuleSwitchStmt ||
                      rule == P::RuleSelectStmt || rule == P::RuleStatementList ||
                      rule == P::RuleCaseClause || rule == P::RuleCommClause;
    if (type != antlr4::Token::EOF && endOfBlock &&
        expected.contains(static_cast<size_t>(P::RBRACE)) && prevType != P::LBRACE &&
        prevType != P::BODY_LBRACE && prevType != P::COLON && prevType != P::SEMI)
      return unexpected + " at end of statement";
    if (expected.contains(static_cast<size_t>(P::SEMI)) &&
        expected.contains(static_cast<size_t>(P::RBRACE)) &&
        !expected.contains(static_cast<size_t>(P::LPAREN)))
      return unexpected + " at end of statement";

    if (isExpressionStart(expected))
      return unexpected + ", expecting expression";
    if (isTypeStart(expected))
      return unexpected + ", expecting type";
    std::vector<ssize_t> types = expected.toList();
    if (!types.empty() && types.size() <= 3) {
      std::string list;
      for (size_t i = 0; i < types.size(); ++i) {
        if (i)
          list += " or ";
        list += expectedName(static_cast<size_t>(types[i]));
      }
      return unexpected + ", expecting " + list;
    }
    return unexpected;
  }

  Diagnostics& diags_;
  antlr4::TokenStream& tokens_;
  bool reported_ = false;
  size_t lastError_ = 0;
};

File* parseOnThisThread(const SourceFile& file, AstContext& ast, Diagnostics& diags,
                        const ParseOptions& options) {
  static const bool stats = std::getenv("MINIGO_PARSE_STATS") != nullptr;
  auto t0 = std::chrono::steady_clock::now();
  auto lap = [&](const char* what) {
    if (!stats)
      return;
    auto t1 = std::chrono::steady_clock::now();
    long pages = 0, resident = 0;
    if (FILE* statm = std::fopen("/proc/self/statm", "r")) {
      if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2)
        resident = 0;
      std::fclose(statm);
    }
    std::fprintf(stderr, "%s: %.1f ms, resident %ld MB\n", what,
                 std::chrono::duration<double, std::milli>(t1 - t0).count(),
                 resident * 4096 / (1024 * 1024));
    t0 = t1;
  };
  GoTokenSource source(file, diags, options.maxNesting);
  lap("lex");
  if (!source.nestingOk())
    return nullptr;
  antlr4::CommonTokenStream tokens(&source);
  MiniGoParser parser(&tokens);
  parser.removeErrorListeners();

  // Stages 1 and 2, one declaration at a time: each declaration's parse tree is freed once its
  // AST is built, which keeps memory proportional to the largest declaration rather than to
  // the file. Each declaration is parsed with SLL prediction, and again with full LL if SLL
  // fails; both bail out at the first error.
  auto* interp = parser.getInterpreter<antlr4::atn::ParserATNSimulator>();
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  auto twoStage = [&](auto rule) -> decltype(rule()) {
    size_t start = tokens.index();
    interp->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    try {
      return rule();
    } catch (antlr4::ParseCancellationException&) {
    }
    tokens.seek(start);
    interp->setPredictionMode(antlr4::atn::PredictionMode::LL);
    try {
      return rule();
    } catch (antlr4::ParseCancellationException&) {
      return nullptr;
    }
  };
  File* result = nullptr;
  Diagnostics builderDiags(file); // kept only if the whole file parses
  {
    AstBuilder builder(ast, builderDiags, tokens);
    if (P::FileHeaderContext* header = twoStage([&] { return parser.fileHeader(); })) {
      File* f = builder.buildHeader(header->packageClause(), header->importDecl());
      parser.getTreeTracker().reset();
      for (;;) {
        P::NextDeclContext* next = twoStage([&] { return parser.nextDecl(); });
        if (!next)
          break; // a syntax error
        if (!next->topLevelDecl()) {
          result = f; // EOF
          break;
        }
        builder.buildTopLevelDecl(next->topLevelDecl(), f);
        parser.getTreeTracker().reset();
      }
    }
  }
  parser.getTreeTracker().reset();
  lap("parse+build");
  if (result) {
    for (const Diagnostic& d : builderDiags.all())
      diags.error(d.pos, d.message);
    return result;
  }

  // Stage 3: the program is invalid. SLL with recovery and Go-worded errors, still one
  // declaration at a time (after an error at the top level, parsing resumes at the next
  // declaration keyword at the start of a line).
  tokens.seek(0);
  parser.reset();
  interp->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<GoErrorStrategy>(diags, tokens));
  AstBuilder builder(ast, diags, tokens);
  P::FileHeaderContext* header = parser.fileHeader();
  File* f = builder.buildHeader(header->packageClause(), header->importDecl());
  parser.getTreeTracker().reset();
  while (tokens.LA(1) != antlr4::Token::EOF) {
    size_t before = tokens.index();
    P::NextDeclContext* next = nullptr;
    try {
      next = parser.nextDecl();
    } catch (const antlr4::ParseCancellationException&) {
      parser.getErrorHandler()->reset(&parser); // a generic declaration was skipped
    }
    if (next && next->topLevelDecl())
      builder.buildTopLevelDecl(next->topLevelDecl(), f);
    parser.getTreeTracker().reset();
    if (tokens.index() == before && tokens.LA(1) != antlr4::Token::EOF)
      tokens.consume(); // always make progress
  }
  lap("parse+build (errors)");
  return f;
}

struct ThreadJob {
  const std::function<void()>* fn;
  std::exception_ptr error;
};

void* threadMain(void* arg) {
  auto* job = static_cast<ThreadJob*>(arg);
  try {
    (*job->fn)();
  } catch (...) {
    job->error = std::current_exception();
  }
  return nullptr;
}

} // namespace

void runWithLargeStack(size_t stackBytes, const std::function<void()>& fn) {
  ThreadJob job{&fn, nullptr};
  pthread_attr_t attr;
  pthread_t thread;
  bool started = pthread_attr_init(&attr) == 0 &&
                 pthread_attr_setstacksize(&attr, stackBytes) == 0 &&
                 pthread_create(&thread, &attr, threadMain, &job) == 0;
  pthread_attr_destroy(&attr);
  if (!started) {
    fn();
    return;
  }
  pthread_join(thread, nullptr);
  if (job.error)
    std::rethrow_exception(job.error);
}

File* parseFile(const SourceFile& file, AstContext& ast, Diagnostics& diags,
                const ParseOptions& options) {
  File* result = nullptr;
  runWithLargeStack(options.stackBytes, [&] {
    try {
      result = parseOnThisThread(file, ast, diags, options);
    } catch (const std::exception& e) {
      diags.error(Pos{}, std::string("internal error: parser: ") + e.what());
      result = nullptr;
    }
  });
  return result;
}

} // namespace minigo
