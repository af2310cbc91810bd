// This file implements GoTokenSource: semicolon insertion, lexical error reporting and the
// nesting check between the generated MiniGoLexer and MiniGoParser (see token_source.h).
#include "frontend/token_source.h"

#include "MiniGoLexer.h"

#include <cstdio>
#include <locale.h>
#include <wctype.h>

namespace minigo {

using minigo_gen::MiniGoLexer;

// ---------------------------------------------------------------------------------------------
// ByteCharStream

ByteCharStream::ByteCharStream(const std::string& bytes, const std::string& name)
    : bytes_(&bytes), name_(name) {
  // Bytes >= 0x80 become U+0001, other control characters (but \t \n \r) U+0002: see
  // MiniGoLexer.g4. The lexer then only sees ASCII, which its DFA caches.
  _data.resize(bytes.size());
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c >= 0x80)
      _data[i] = 1;
    else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
      _data[i] = 2;
    else
      _data[i] = c;
  }
  // A byte order mark at the start of the file is ignored, as Go does.
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0)
    _data[0] = _data[1] = _data[2] = U' ';
  p = 0;
}

std::string ByteCharStream::getText(const antlr4::misc::Interval& interval) {
  if (interval.a < 0 || interval.b < interval.a)
    return "";
  size_t start = static_cast<size_t>(interval.a);
  size_t stop = std::min(static_cast<size_t>(interval.b), bytes_->size() - 1);
  if (start >= bytes_->size())
    return "";
  return bytes_->substr(start, stop - start + 1);
}

// ---------------------------------------------------------------------------------------------
// GoToken: a compact token (the parser keeps every token of a file in memory).

namespace {

class GoToken final : public antlr4::WritableToken {
public:
  GoToken(GoTokenSource* source, size_t type, uint32_t line, uint32_t col, uint32_t start,
          uint32_t stop, const char* special)
      : source_(source), special_(special), type_(type), line_(line), col_(col), start_(start),
        stop_(stop) {}

  // Tokens live in their token source's arena (TokenArena); deleting one frees nothing.
  static void* operator new(size_t) = delete;
  static void* operator new(size_t, void* place) { return place; }
  static void operator delete(void*) {}

  std::string getText() const override {
    if (special_)
      return special_;
    if (type_ == antlr4::Token::EOF)
      return "<EOF>";
    return source_->getInputStream()->getText(
        antlr4::misc::Interval(static_cast<size_t>(start_), static_cast<size_t>(stop_)));
  }
  size_t getType() const override { return type_; }
  size_t getLine() const override { return line_; }
  size_t getCharPositionInLine() const override { return col_; }
  size_t getChannel() const override { return antlr4::Token::DEFAULT_CHANNEL; }
  size_t getTokenIndex() const override { return index_; }
  size_t getStartIndex() const override { return start_; }
  size_t getStopIndex() const override { return stop_; }
  antlr4::TokenSource* getTokenSource() const override { return source_; }
  antlr4::CharStream* getInputStream() const override { return source_->getInputStream(); }
  std::string toString() const override { return getText(); }

  void setText(const std::string&) override {}
  void setType(size_t ttype) override { type_ = ttype; }
  void setLine(size_t line) override { line_ = static_cast<uint32_t>(line); }
  void setCharPositionInLine(size_t pos) override { col_ = static_cast<uint32_t>(pos); }
  void setChannel(size_t) override {}
  void setTokenIndex(size_t index) override { index_ = static_cast<uint32_t>(index); }

private:
  GoTokenSource* source_;
  const char* special_; // text of an inserted semicolon, else null
  size_t type_;         // antlr4::Token::EOF is size_t(-1)
  uint32_t line_, col_, start_, stop_;
  uint32_t index_ = 0;
};

// Tokens after which a newline becomes a semicolon (Go spec, "Semicolons").
bool endsStatement(size_t type) {
  switch (type) {
  case MiniGoLexer::IDENTIFIER:
  case MiniGoLexer::INT_LIT:
  case MiniGoLexer::FLOAT_LIT:
  case MiniGoLexer::IMAGINARY_LIT:
  case MiniGoLexer::RUNE_LIT:
  case MiniGoLexer::RAW_STRING_LIT:
  case MiniGoLexer::INTERPRETED_STRING_LIT:
  case MiniGoLexer::BREAK:
  case MiniGoLexer::CONTINUE:
  case MiniGoLexer::FALLTHROUGH:
  case MiniGoLexer::RETURN:
  case MiniGoLexer::INC:
  case MiniGoLexer::DEC:
  case MiniGoLexer::RPAREN:
  case MiniGoLexer::RBRACK:
  case MiniGoLexer::RBRACE:
    return true;
  default:
    return false;
  }
}

// Tokens that start a type or an operand and nest what follows (`-x`, `*T`, `chan T`, `[]T`).
bool isPrefix(size_t type) {
  switch (type) {
  case MiniGoLexer::PLUS:
  case MiniGoLexer::MINUS:
  case MiniGoLexer::NOT:
  case MiniGoLexer::CARET:
  case MiniGoLexer::STAR:
  case MiniGoLexer::AMP:
  case MiniGoLexer::ARROW:
  case MiniGoLexer::CHAN:
  case MiniGoLexer::MAP:
  case MiniGoLexer::FUNC:
  case MiniGoLexer::ELLIPSIS:
    return true;
  default:
    return false;
  }
}

bool isOpen(size_t type) {
  return type == MiniGoLexer::LPAREN || type == MiniGoLexer::LBRACK || type == MiniGoLexer::LBRACE;
}

bool isClose(size_t type) {
  return type == MiniGoLexer::RPAREN || type == MiniGoLexer::RBRACK || type == MiniGoLexer::RBRACE;
}

std::string hexRune(unsigned c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", c);
  return buf;
}

// Decodes one UTF-8 sequence at text[i]; returns its length, or 0 when it is invalid.
size_t utf8Length(const std::string& text, size_t i, unsigned& rune) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned c = byte(i);
  if (c < 0x80) {
    rune = c;
    return 1;
  }
  size_t n;
  unsigned min;
  if ((c & 0xE0) == 0xC0) {
    n = 2, rune = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, rune = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, rune = c & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > text.size())
    return 0;
  for (size_t k = 1; k < n; ++k) {
    unsigned b = byte(i + k);
    if ((b & 0xC0) != 0x80)
      return 0;
    rune = (rune << 6) | (b & 0x3F);
  }
  if (rune < min || rune > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF))
    return 0;
  return n;
}

// Is `rune` (not ASCII) a letter? Go accepts Unicode letters (and, after the first character,
// digits) in identifiers; the C.UTF-8 locale's classification is close enough. Without that
// locale every character is accepted.
bool isUnicodeLetter(unsigned rune) {
  static locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
  return !utf8 || iswalpha_l(static_cast<wint_t>(rune), utf8);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// BraceClassifier: finds the `{` that opens the body of an if/for/switch statement, as Go's
// parser decides it. In a statement header (outside any brackets opened in the header), a `{`
// opens the body unless it follows `struct`/`interface` (a type body), a pending function
// literal's signature (its body), or an array, slice, map or struct type (a composite
// literal, which Go allows there). In particular `T{` with a bare type name T opens the body,
// which is Go's rule that such literals need parentheses in headers (`if x == (T{}) {`).

class BraceClassifier {
public:
  // Observes the next token and returns its type, BODY_LBRACE for a body brace.
  size_t classify(size_t type) {
    size_t index = types_.size();
    size_t result = type;
    uint8_t flag = 0;
    switch (type) {
    case MiniGoLexer::IF:
    case MiniGoLexer::FOR:
    case MiniGoLexer::SWITCH:
      frames_.push_back(Frame{Frame::Header, index});
      break;
    case MiniGoLexer::FUNC:
      if (headerTop() && !(index > 0 && types_[index - 1] == MiniGoLexer::RBRACK &&
                           (flags_[index - 1] & kTypeBracketClose)))
        ++frames_.back().funcPending;
      break;
    case MiniGoLexer::LPAREN:
      frames_.push_back(Frame{Frame::Paren, index});
      break;
    case MiniGoLexer::LBRACK: {
      Frame f{Frame::Bracket, index};
      f.typeBracket = isTypeBracket(index);
      frames_.push_back(f);
      break;
    }
    case MiniGoLexer::LBRACE: {
      Frame f{Frame::Brace, index};
      size_t prev = index > 0 ? types_[index - 1] : 0;
      if (prev == MiniGoLexer::STRUCT || prev == MiniGoLexer::INTERFACE) {
        f.brace = kTypeBody;
      } else if (headerTop()) {
        if (frames_.back().funcPending > 0) {
          --frames_.back().funcPending;
          f.brace = kFuncBody;
        } else if (precededByLiteralType(index)) {
          f.brace = kCompositeLit;
        } else {
          frames_.pop_back(); // the header ends here
          f.brace = kBody;
          result = MiniGoLexer::BODY_LBRACE;
        }
      }
      frames_.push_back(f);
      break;
    }
    case MiniGoLexer::RPAREN:
    case MiniGoLexer::RBRACK:
    case MiniGoLexer::RBRACE: {
      Frame::Kind want = type == MiniGoLexer::RPAREN   ? Frame::Paren
                         : type == MiniGoLexer::RBRACK ? Frame::Bracket
                                                       : Frame::Brace;
      // Unbalanced input: drop frames (unfinished headers) until the matching opener.
      while (!frames_.empty() && frames_.back().kind != want)
        frames_.pop_back();
      if (!frames_.empty()) {
        Frame f = frames_.back();
        frames_.pop_back();
        if (type == MiniGoLexer::RBRACK && f.typeBracket)
          flag = kTypeBracketClose;
        if (type == MiniGoLexer::RBRACE) {
          flag = f.brace;
          lastBraceClose_ = index;
          lastBraceOpen_ = f.open;
        }
      }
      break;
    }
    default:
      break;
    }
    types_.push_back(static_cast<uint8_t>(result));
    flags_.push_back(flag);
    return result;
  }

private:
  struct Frame {
    enum Kind { Paren, Bracket, Brace, Header } kind;
    size_t open; // index of the opening token
    bool typeBracket = false;
    uint8_t brace = 0;   // Brace: what the brace opens
    int funcPending = 0; // Header: function literals whose body has not started
  };
  // flags_ of a closing token
  static constexpr uint8_t kTypeBracketClose = 1; // `]` of an array/slice/map type
  static constexpr uint8_t kTypeBody = 2;         // `}` of struct/interface
  static constexpr uint8_t kFuncBody = 3;
  static constexpr uint8_t kCompositeLit = 4;
  static constexpr uint8_t kBody = 5;

  bool headerTop() const { return !frames_.empty() && frames_.back().kind == Frame::Header; }

  // `[` opens an array/slice type (not an index) after `map`, after the `]` of another type
  // bracket (`[][]T`), and wherever an operand starts.
  bool isTypeBracket(size_t index) const {
    if (index == 0)
      return true;
    size_t prev = types_[index - 1];
    if (prev == MiniGoLexer::MAP)
      return true;
    if (prev == MiniGoLexer::RBRACK)
      return flags_[index - 1] & kTypeBracketClose;
    return !endsStatement(prev);
  }

  static bool isTypePrefix(size_t type) {
    return type == MiniGoLexer::STAR || type == MiniGoLexer::CHAN || type == MiniGoLexer::ARROW;
  }

  // Is the operand just before the `{` at `index` an array, slice, map or struct type?
  bool precededByLiteralType(size_t index) const {
    if (index == 0)
      return false;
    size_t j = index - 1;
    if (types_[j] == MiniGoLexer::RBRACE) {
      // struct{...} or []interface{...} and the like.
      if (j != lastBraceClose_ || flags_[j] != kTypeBody || lastBraceOpen_ == 0)
        return false;
      size_t kw = lastBraceOpen_ - 1;
      if (types_[kw] == MiniGoLexer::STRUCT)
        return true;
      j = kw;
    } else if (types_[j] == MiniGoLexer::IDENTIFIER) {
      // T or pkg.T, as the element type of []T, [N]T, map[K]T.
      if (j >= 2 && types_[j - 1] == MiniGoLexer::DOT && types_[j - 2] == MiniGoLexer::IDENTIFIER)
        j -= 2;
    } else {
      return false;
    }
    while (j > 0 && isTypePrefix(types_[j - 1]))
      --j;
    return j > 0 && types_[j - 1] == MiniGoLexer::RBRACK && (flags_[j - 1] & kTypeBracketClose);
  }

  std::vector<uint8_t> types_; // token types seen so far (all fit in a byte)
  std::vector<uint8_t> flags_;
  std::vector<Frame> frames_;
  size_t lastBraceClose_ = static_cast<size_t>(-1), lastBraceOpen_ = 0;
};

// ---------------------------------------------------------------------------------------------
// TokenArena

void* TokenArena::allocate() {
  if (used_ == kChunkTokens || chunks_.empty()) {
    chunks_.push_back(std::make_unique<Slot[]>(kChunkTokens));
    used_ = 0;
  }
  return &chunks_.back()[used_++];
}

static_assert(sizeof(GoToken) <= sizeof(TokenArena::Slot), "TokenArena::Slot is too small");

// ---------------------------------------------------------------------------------------------
// GoTokenSource

GoTokenSource::GoTokenSource(const SourceFile& file, Diagnostics& diags, unsigned maxNesting)
    : file_(file), diags_(diags), chars_(file.text(), file.path()) {
  checkEncoding();
  lexAll(maxNesting);
  chars_.releaseChars();
}

GoTokenSource::~GoTokenSource() = default;

// Go's scanner reports invalid UTF-8 and NUL bytes wherever they occur, comments and string
// literals included.
void GoTokenSource::checkEncoding() {
  const std::string& text = file_.text();
  uint32_t line = 1;
  size_t lineStart = 0;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      lineStart = ++i;
      continue;
    }
    if (c != 0 && c < 0x80) {
      ++i;
      continue;
    }
    Pos pos{line, static_cast<uint32_t>(i - lineStart + 1)};
    if (c == 0) {
      diags_.error(pos, "invalid NUL character");
      ++i;
      continue;
    }
    unsigned rune = 0;
    size_t n = utf8Length(text, i, rune);
    if (n == 0) {
      diags_.error(pos, "invalid UTF-8 encoding");
      ++i;
      continue;
    }
    if (rune == 0xFEFF && i != 0)
      diags_.error(pos, "invalid BOM in the middle of the file");
    i += n;
  }
}

void GoTokenSource::lexAll(unsigned maxNesting) {
  MiniGoLexer lexer(&chars_);
  lexer.removeErrorListeners();
  const std::string& text = file_.text();

  size_t last = 0; // type of the last token handed to the parser (0: none)
  BraceClassifier braces;
  auto emit = [&](size_t type, size_t line, size_t col, size_t start, size_t stop,
                  const char* special = nullptr) {
    if (type != antlr4::Token::EOF)
      type = braces.classify(type);
    tokens_.push_back(std::unique_ptr<antlr4::Token>(new (arena_.allocate()) GoToken(
        this, type, static_cast<uint32_t>(line), static_cast<uint32_t>(col),
        static_cast<uint32_t>(start), static_cast<uint32_t>(stop), special)));
    last = type;
  };
  auto posOf = [](const antlr4::Token& t) {
    return Pos{static_cast<uint32_t>(t.getLine()),
               static_cast<uint32_t>(t.getCharPositionInLine() + 1)};
  };

  // Nesting: `base` counts open brackets plus the prefix operators in front of each;
  // `run` counts the prefix operators in front of the current operand.
  struct Open {
    unsigned run; // `run` when the bracket opened
    bool prefix;  // opened where an operand or type starts (`[]T`, `map[K]V`, `func()`)
  };
  std::vector<Open> opens;
  unsigned base = 0, run = 0;
  bool closedPrefix = false; // the last token closed a prefix bracket
  std::string badRune;
  Pos badRunePos;

  for (;;) {
    std::unique_ptr<antlr4::Token> t = lexer.nextToken();
    size_t type = t->getType();
    size_t start = t->getStartIndex(), stop = t->getStopIndex();
    switch (type) {
    case MiniGoLexer::NEWLINE:
      if (endsStatement(last))
        emit(MiniGoLexer::SEMI, t->getLine(), t->getCharPositionInLine(), start, stop,
             kNewlineSemi);
      continue;
    case MiniGoLexer::LINE_COMMENT:
      continue;
    case MiniGoLexer::BLOCK_COMMENT:
      if (endsStatement(last) && text.find('\n', start) <= stop)
        emit(MiniGoLexer::SEMI, t->getLine(), t->getCharPositionInLine(), start, stop,
             kNewlineSemi);
      continue;
    case MiniGoLexer::UNTERMINATED_COMMENT:
      diags_.error(posOf(*t), "comment not terminated");
      continue;
    case MiniGoLexer::IDENTIFIER: {
      // The lexer accepts any non-ASCII character in identifiers; Go accepts letters only.
      bool ascii = true;
      for (size_t i = start; i <= stop && ascii; ++i)
        ascii = static_cast<unsigned char>(text[i]) < 0x80;
      if (ascii)
        break;
      bool anyValid = false, reported = false;
      for (size_t i = start; i <= stop;) {
        unsigned rune = 0;
        size_t n = utf8Length(text, i, rune);
        if (n == 0) { // invalid UTF-8, already reported
          ++i;
          continue;
        }
        if (rune < 0x80 || isUnicodeLetter(rune)) {
          anyValid = true;
        } else if (!reported) {
          Pos pos = posOf(*t);
          pos.col += static_cast<uint32_t>(i - start);
          badRune = "invalid character " + hexRune(rune) + " '" + text.substr(i, n) + "'";
          badRunePos = pos;
          reported = true;
        }
        i += n;
      }
      if (reported) {
        diags_.error(badRunePos, anyValid ? badRune + " in identifier" : badRune);
        if (!anyValid)
          continue; // a stray character: skipped, as Go's scanner does
      }
      break;
    }
    case MiniGoLexer::BAD_CHAR: {
      unsigned char c = static_cast<unsigned char>(text[start]);
      if (c != 0) { // NUL was reported by checkEncoding
        std::string msg = "invalid character " + hexRune(c);
        if (c >= 0x20 && c < 0x7F)
          msg += std::string(" '") + static_cast<char>(c) + "'";
        diags_.error(posOf(*t), msg);
      }
      continue;
    }
    case MiniGoLexer::UNTERMINATED_STRING:
    case MiniGoLexer::UNTERMINATED_RUNE: {
      bool isString = type == MiniGoLexer::UNTERMINATED_STRING;
      if (stop + 1 < text.size() && text[stop + 1] == '\n') {
        Pos nl = posOf(*t);
        nl.col += static_cast<uint32_t>(stop + 1 - start);
        diags_.error(nl, isString ? "newline in string" : "newline in rune literal");
      } else {
        diags_.error(posOf(*t), isString ? "string not terminated" : "rune literal not terminated");
      }
      type = isString ? MiniGoLexer::INTERPRETED_STRING_LIT : MiniGoLexer::RUNE_LIT;
      break;
    }
    case MiniGoLexer::UNTERMINATED_RAW_STRING:
      diags_.error(posOf(*t), "string not terminated"); // Go's scanner
      type = MiniGoLexer::RAW_STRING_LIT;
      break;
    case MiniGoLexer::INVALID_OCTAL: {
      size_t bad = text.find_first_of("89", start);
      Pos pos = posOf(*t);
      pos.col += static_cast<uint32_t>(bad - start);
      diags_.error(pos, std::string("invalid digit '") + text[bad] + "' in octal literal");
      type = MiniGoLexer::INT_LIT;
      break;
    }
    case antlr4::Token::EOF:
      if (endsStatement(last))
        emit(MiniGoLexer::SEMI, t->getLine(), t->getCharPositionInLine(), text.size(), text.size(),
             kEofSemi);
      emit(antlr4::Token::EOF, t->getLine(), t->getCharPositionInLine(), text.size(),
           text.size() - 1);
      return;
    default:
      break;
    }

    // Nesting check. (`[` right after the `]` of a type prefix, as in `[][]T`, is a prefix too.)
    bool prefixPosition = !endsStatement(last) || (last == MiniGoLexer::RBRACK && closedPrefix);
    closedPrefix = false;
    if (isOpen(type)) {
      opens.push_back(Open{run, prefixPosition && type != MiniGoLexer::LBRACE});
      base += run + 1;
      run = 0;
    } else if (isClose(type)) {
      if (!opens.empty()) {
        Open o = opens.back();
        opens.pop_back();
        base -= o.run + 1;
        run = o.prefix ? o.run + 1 : 0;
        closedPrefix = o.prefix;
      } else {
        run = 0;
      }
    } else if (isPrefix(type) && (prefixPosition || type == MiniGoLexer::FUNC ||
                                  type == MiniGoLexer::CHAN || type == MiniGoLexer::MAP)) {
      ++run;
    } else {
      run = 0;
    }
    if (base + run > maxNesting) {
      diags_.error(posOf(*t), type == MiniGoLexer::LBRACE ? "block nested too deeply"
                                                          : "expression nested too deeply");
      nestingOk_ = false;
      tokens_.clear();
      emit(antlr4::Token::EOF, t->getLine(), t->getCharPositionInLine(), text.size(),
           text.size() - 1);
      return;
    }

    emit(type, t->getLine(), t->getCharPositionInLine(), start, stop);
  }
}

std::unique_ptr<antlr4::Token> GoTokenSource::nextToken() {
  if (next_ < tokens_.size()) {
    std::unique_ptr<antlr4::Token> t = std::move(tokens_[next_++]);
    if (next_ == tokens_.size()) { // all handed out: free the vector
      tokens_.clear();
      tokens_.shrink_to_fit();
      next_ = 0;
      drained_ = true;
    }
    return t;
  }
  // Past the end: keep answering EOF.
  size_t end = file_.text().size();
  return std::unique_ptr<antlr4::Token>(
      new (arena_.allocate()) GoToken(this, antlr4::Token::EOF, 0, 0, end, end - 1, nullptr));
}

size_t GoTokenSource::getLine() const {
  if (drained_)
    return 0;
  return next_ < tokens_.size() ? tokens_[next_]->getLine() : 0;
}

size_t GoTokenSource::getCharPositionInLine() {
  if (drained_)
    return 0;
  return next_ < tokens_.size() ? tokens_[next_]->getCharPositionInLine() : 0;
}

antlr4::TokenFactory<antlr4::CommonToken>* GoTokenSource::getTokenFactory() {
  return antlr4::CommonTokenFactory::DEFAULT.get();
}

// ---------------------------------------------------------------------------------------------

std::vector<TokenInfo> tokenize(const SourceFile& file, Diagnostics& diags) {
  GoTokenSource source(file, diags);
  std::vector<TokenInfo> out;
  for (;;) {
    std::unique_ptr<antlr4::Token> t = source.nextToken();
    TokenInfo info;
    info.type = t->getType();
    info.pos = Pos{static_cast<uint32_t>(t->getLine()),
                   static_cast<uint32_t>(t->getCharPositionInLine() + 1)};
    info.text = t->getType() == antlr4::Token::EOF ? "" : t->getText();
    out.push_back(std::move(info));
    if (out.back().type == antlr4::Token::EOF)
      break;
  }
  return out;
}

std::string tokenTypeName(size_t type) {
  switch (type) {
  case antlr4::Token::EOF:
    return "EOF";
  case MiniGoLexer::IDENTIFIER:
    return "name";
  case MiniGoLexer::INT_LIT:
  case MiniGoLexer::FLOAT_LIT:
  case MiniGoLexer::IMAGINARY_LIT:
  case MiniGoLexer::RUNE_LIT:
  case MiniGoLexer::RAW_STRING_LIT:
  case MiniGoLexer::INTERPRETED_STRING_LIT:
    return "literal";
  case MiniGoLexer::COMMA:
    return "comma";
  case MiniGoLexer::SEMI:
    return "semicolon or newline";
  case MiniGoLexer::BODY_LBRACE:
    return "{";
  default:
    break;
  }
  static antlr4::ANTLRInputStream empty("");
  static MiniGoLexer vocabularyLexer(&empty);
  std::string lit = vocabularyLexer.getVocabulary().getLiteralName(type);
  if (lit.size() >= 2 && lit.front() == '\'')
    lit = lit.substr(1, lit.size() - 2);
  if (type >= MiniGoLexer::BREAK && type <= MiniGoLexer::VAR)
    return "keyword " + lit;
  return lit;
}

} // namespace minigo
