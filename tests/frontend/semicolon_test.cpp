// Tests of automatic semicolon insertion (frontend/token_source.h): a newline or EOF after an
// identifier, literal, break/continue/fallthrough/return, ++ -- ) ] } becomes `;`, and
// nowhere else.
#include "frontend/token_source.h"

#include "MiniGoLexer.h"

#include <gtest/gtest.h>

namespace minigo {
namespace {

using L = minigo_gen::MiniGoLexer;

// The token stream of `src` as a compact string: source text, `;` for explicit semicolons,
// `⏎` for semicolons inserted at a newline and `$` for one inserted at EOF.
std::string stream(const std::string& src) {
  auto file = SourceFile::fromString("t.mg", src);
  Diagnostics diags(*file);
  std::string out;
  for (const TokenInfo& t : tokenize(*file, diags)) {
    if (t.type == antlr4::Token::EOF)
      break;
    if (!out.empty())
      out += ' ';
    if (t.type == L::SEMI)
      out += t.text == "newline" ? "⏎" : t.text == "EOF" ? "$" : ";";
    else
      out += t.text;
  }
  EXPECT_FALSE(diags.hasErrors());
  return out;
}

TEST(Semicolons, AfterIdentifierAndLiterals) {
  EXPECT_EQ(stream("x\ny\n"), "x ⏎ y ⏎");
  EXPECT_EQ(stream("1\n2.5\n3i\n'a'\n\"s\"\n`r`\n"), "1 ⏎ 2.5 ⏎ 3i ⏎ 'a' ⏎ \"s\" ⏎ `r` ⏎");
}

TEST(Semicolons, AfterKeywords) {
  EXPECT_EQ(stream("break\ncontinue\nfallthrough\nreturn\n"),
            "break ⏎ continue ⏎ fallthrough ⏎ return ⏎");
  // Other keywords do not end a statement.
  EXPECT_EQ(stream("func\nif\nfor\nvar\n"), "func if for var");
}

TEST(Semicolons, AfterClosingBracketsAndIncDec) {
  EXPECT_EQ(stream("f()\na[1]\n}\nx++\ny--\n"), "f ( ) ⏎ a [ 1 ] ⏎ } ⏎ x ++ ⏎ y -- ⏎");
}

TEST(Semicolons, NotAfterOperatorsOrOpeners) {
  EXPECT_EQ(stream("x +\ny"), "x + y $");
  EXPECT_EQ(stream("f(\na,\nb,\n)"), "f ( a , b , ) $");
  EXPECT_EQ(stream("{\n"), "{");
  EXPECT_EQ(stream("x =\n1\n"), "x = 1 ⏎");
}

TEST(Semicolons, AtEndOfFile) {
  EXPECT_EQ(stream("x"), "x $");
  EXPECT_EQ(stream("}"), "} $");
  EXPECT_EQ(stream("x // comment"), "x $");
  EXPECT_EQ(stream("x +"), "x +");
}

TEST(Semicolons, Comments) {
  // A line comment does not hide the newline after it.
  EXPECT_EQ(stream("x // c\ny"), "x ⏎ y $");
  // A block comment spanning lines acts like a newline; one on one line does not.
  EXPECT_EQ(stream("x /* a\nb */ y"), "x ⏎ y $");
  EXPECT_EQ(stream("x /* a */ y"), "x y $");
  EXPECT_EQ(stream("/* c */\n"), "");
}

TEST(Semicolons, ExplicitSemicolonsAndBlankLines) {
  EXPECT_EQ(stream("a; b\n\n\nc"), "a ; b ⏎ c $");
  EXPECT_EQ(stream("x\r\ny\r\n"), "x ⏎ y ⏎");
}

TEST(Semicolons, InsertedSemicolonPositions) {
  auto file = SourceFile::fromString("t.mg", "ab\n  c");
  Diagnostics diags(*file);
  std::vector<TokenInfo> toks = tokenize(*file, diags);
  ASSERT_EQ(toks.size(), 5u); // ab ⏎ c $ EOF
  EXPECT_EQ(toks[1].pos.line, 1u);
  EXPECT_EQ(toks[1].pos.col, 3u); // the newline character
  EXPECT_EQ(toks[2].pos.line, 2u);
  EXPECT_EQ(toks[2].pos.col, 3u);
  EXPECT_EQ(toks[3].text, "EOF");
}

TEST(Semicolons, ColumnsAreBytes) {
  auto file = SourceFile::fromString("t.mg", "\"é\" x");
  Diagnostics diags(*file);
  std::vector<TokenInfo> toks = tokenize(*file, diags);
  ASSERT_GE(toks.size(), 2u);
  EXPECT_EQ(toks[1].text, "x");
  EXPECT_EQ(toks[1].pos.col, 6u); // `"é"` is 4 bytes
}

} // namespace
} // namespace minigo
