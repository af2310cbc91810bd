// This file declares GoTokenSource, the layer between the generated lexer and the parser that
// does what Go's scanner does beyond tokenising:
//  - automatic semicolon insertion: a newline (or the end of the file, or a block comment
//    spanning lines) after an identifier, a literal, `break continue fallthrough return`, or
//    `++ -- ) ] }` becomes a `;` token, so the grammar can use explicit `;` as the spec does;
//  - lexical errors, reported as located diagnostics with Go's wording (invalid UTF-8, NUL,
//    unterminated strings/runes/comments, invalid characters), after which the malformed
//    token is repaired so that parsing can go on;
//  - the body brace of if/for/switch statements: the `{` that ends a statement header gets the
//    token type BODY_LBRACE, decided as Go's parser decides it (in a header, `T{` with a bare
//    type name T is not a composite literal; `[]T{`, `map[K]V{`, `struct{...}{` are, and so is
//    anything inside brackets or a function literal body). This is Go's `xnest` rule;
//  - a nesting check: brackets and prefix operators nested deeper than a limit would overflow
//    the recursive-descent parser's stack, so the file is refused before parsing.
// The whole file is lexed when the source is constructed.
#pragma once

#include "frontend/diagnostics.h"
#include "frontend/source_file.h"

#include "antlr4-runtime.h"

#include <memory>
#include <string>
#include <vector>

namespace minigo {

// The default limit on nesting (brackets plus prefix operators): deep enough for any real
// program, shallow enough for every recursive phase after the parser.
inline constexpr unsigned kDefaultMaxNesting = 1000;

// The character stream the lexer reads: one character per source byte, so that token
// indices are byte offsets and columns are byte columns.
class ByteCharStream : public antlr4::ANTLRInputStream {
public:
  ByteCharStream(const std::string& bytes, const std::string& name);
  std::string getText(const antlr4::misc::Interval& interval) override;
  // Frees the characters once lexing is done (token text comes from the source bytes).
  void releaseChars() {
    _data.clear();
    _data.shrink_to_fit();
  }
  std::string getSourceName() const override { return name_; }

private:
  const std::string* bytes_;
  std::string name_;
};

// Storage for the tokens of one file: allocated in large chunks, freed all at once with the
// token source (the parser's token stream, which owns the tokens, must go first).
class TokenArena {
public:
  struct alignas(8) Slot {
    unsigned char bytes[56];
  };
  void* allocate();

private:
  static constexpr size_t kChunkTokens = 16384;
  std::vector<std::unique_ptr<Slot[]>> chunks_;
  size_t used_ = 0;
};

class GoTokenSource : public antlr4::TokenSource {
public:
  GoTokenSource(const SourceFile& file, Diagnostics& diags,
                unsigned maxNesting = kDefaultMaxNesting);
  ~GoTokenSource() override;

  // False when the nesting limit was exceeded; the error has been reported and the file
  // must not be parsed.
  bool nestingOk() const { return nestingOk_; }

  // antlr4::TokenSource
  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override;
  size_t getCharPositionInLine() override;
  antlr4::CharStream* getInputStream() override { return &chars_; }
  std::string getSourceName() override { return file_.path(); }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override;

  // Text of an inserted semicolon (to tell it from an explicit `;` in error messages).
  static constexpr const char* kNewlineSemi = "newline";
  static constexpr const char* kEofSemi = "EOF";

private:
  void lexAll(unsigned maxNesting);
  void checkEncoding();

  const SourceFile& file_;
  Diagnostics& diags_;
  ByteCharStream chars_;
  TokenArena arena_; // declared before tokens_: destroyed after them
  std::vector<std::unique_ptr<antlr4::Token>> tokens_;
  size_t next_ = 0;
  bool drained_ = false; // every token has been handed out
  bool nestingOk_ = true;
};

// A token as the parser sees it, for tests and tools.
struct TokenInfo {
  size_t type; // a MiniGoLexer token type (SEMI for inserted semicolons)
  Pos pos;
  std::string text; // source text; "newline" or "EOF" for inserted semicolons
};

// Tokenises `file` (with semicolon insertion), reporting lexical errors to `diags`.
std::vector<TokenInfo> tokenize(const SourceFile& file, Diagnostics& diags);

// The Go name of a token type for messages ("name", "comma", "keyword func", ...) without
// the token's text.
std::string tokenTypeName(size_t type);

} // namespace minigo
