// Tests of Diagnostics (frontend/diagnostics.h): rendering with the source line and a caret,
// position order, one error per line, follow-on errors about invalid types dropped, at most 10
// errors then "too many errors".
#include "frontend/diagnostics.h"
#include "frontend/source_file.h"

#include <llvm/Support/raw_ostream.h>

#include <gtest/gtest.h>

namespace minigo {
namespace {

std::string render(const Diagnostics& d) {
  std::string s;
  llvm::raw_string_ostream os(s);
  d.print(os);
  os.flush();
  return s;
}

TEST(Diagnostics, RendersLocationLineAndCaret) {
  auto file = SourceFile::fromString("a.mg", "package main\nvar x int = \"s\"\n");
  Diagnostics d(*file);
  d.error(Pos{2, 13},
          "cannot use \"s\" (untyped string constant) as int value in variable declaration");
  EXPECT_EQ(render(d), "a.mg:2:13: error: cannot use \"s\" (untyped string constant) as int value "
                       "in variable declaration\n"
                       "var x int = \"s\"\n"
                       "            ^\n");
}

TEST(Diagnostics, SortedByPosition) {
  auto file = SourceFile::fromString("a.mg", "a\nb\nc\n");
  Diagnostics d(*file);
  d.error(Pos{3, 1}, "third");
  d.error(Pos{1, 1}, "first");
  d.error(Pos{2, 1}, "second");
  std::string out = render(d);
  EXPECT_LT(out.find("first"), out.find("second"));
  EXPECT_LT(out.find("second"), out.find("third"));
}

TEST(Diagnostics, OnePerLine) {
  auto file = SourceFile::fromString("a.mg", "x y z\n");
  Diagnostics d(*file);
  d.error(Pos{1, 1}, "one");
  d.error(Pos{1, 3}, "two");
  EXPECT_EQ(d.count(), 1u);
  EXPECT_EQ(d.all()[0].message, "one");
}

TEST(Diagnostics, FollowOnInvalidTypeErrorsDropped) {
  auto file = SourceFile::fromString("a.mg", "a\nb\nc\nd\n");
  Diagnostics d(*file);
  d.error(Pos{2, 1}, "x.f undefined (type invalid type has no field or method f)");
  EXPECT_EQ(d.count(), 1u) << "the first error is kept whatever it says";
  d.error(Pos{1, 1}, "undefined: T");
  d.error(Pos{3, 1}, "cannot use x (variable of type invalid type) as int value");
  d.error(Pos{4, 1}, "invalid operation: operator ! not defined on x (invalid operand)");
  EXPECT_EQ(d.count(), 2u);
  EXPECT_EQ(d.all()[1].message, "undefined: T");
}

TEST(Diagnostics, AtMostTenThenTooManyErrors) {
  std::string text;
  for (int i = 0; i < 15; ++i)
    text += "line\n";
  auto file = SourceFile::fromString("a.mg", text);
  Diagnostics d(*file);
  for (uint32_t i = 15; i >= 1; --i)
    d.error(Pos{i, 1}, "error " + std::to_string(i));
  EXPECT_EQ(d.count(), 15u);
  std::string out = render(d);
  EXPECT_NE(out.find("a.mg:10:1: error: error 10\n"), std::string::npos);
  EXPECT_EQ(out.find("error 11"), std::string::npos);
  EXPECT_EQ(out.substr(out.size() - 16), "too many errors\n");
}

TEST(Diagnostics, NoPositionAndPastTheEnd) {
  auto file = SourceFile::fromString("a.mg", "abc");
  Diagnostics d(*file);
  d.error(Pos{}, "no position");
  d.error(Pos{1, 99}, "past the end of the line");
  d.error(Pos{7, 1}, "past the end of the file");
  std::string out = render(d);
  EXPECT_NE(out.find("a.mg: error: no position\n"), std::string::npos);
  EXPECT_NE(out.find("a.mg:1:99: error: past the end of the line\n"), std::string::npos);
  EXPECT_NE(out.find("a.mg:7:1: error: past the end of the file\n"), std::string::npos);
}

TEST(SourceFile, LineText) {
  auto file = SourceFile::fromString("a.mg", "one\r\ntwo\n\nfour");
  EXPECT_EQ(file->lineText(1), "one");
  EXPECT_EQ(file->lineText(2), "two");
  EXPECT_EQ(file->lineText(3), "");
  EXPECT_EQ(file->lineText(4), "four");
  EXPECT_EQ(file->lineText(5), "");
  EXPECT_EQ(file->lineText(0), "");
}

} // namespace
} // namespace minigo
