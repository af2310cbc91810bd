// Bad input never crashes the front end: missing or unreadable files, directories, empty
// files, invalid UTF-8, NUL bytes, binary garbage, unterminated literals and comments,
// 100,000-deep nesting, and a 20 MB file all give located errors (or parse) without a signal,
// abort or exception.
#include "test_util.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <unistd.h>

namespace minigo::test {
namespace {

namespace fs = std::filesystem;

fs::path tempDir() {
  fs::path dir = fs::path(MINIGO_TEST_TMPDIR) / std::to_string(::getpid());
  fs::create_directories(dir);
  return dir;
}

TEST(BadInput, MissingFile) {
  std::string error;
  auto file = SourceFile::load("/nonexistent/dir/x.mg", error);
  EXPECT_EQ(file, nullptr);
  EXPECT_EQ(error, "open /nonexistent/dir/x.mg: no such file or directory");
}

TEST(BadInput, Directory) {
  std::string error;
  fs::path dir = tempDir();
  auto file = SourceFile::load(dir.string(), error);
  EXPECT_EQ(file, nullptr);
  EXPECT_EQ(error, "read " + dir.string() + ": is a directory");
}

TEST(BadInput, UnreadableFile) {
  if (::geteuid() == 0)
    GTEST_SKIP() << "root can read any file";
  fs::path path = tempDir() / "unreadable.mg";
  std::ofstream(path) << "package main\n";
  fs::permissions(path, fs::perms::none);
  std::string error;
  auto file = SourceFile::load(path.string(), error);
  EXPECT_EQ(file, nullptr);
  EXPECT_EQ(error, "open " + path.string() + ": permission denied");
  fs::permissions(path, fs::perms::owner_all);
}

TEST(BadInput, LoadsRegularFile) {
  fs::path path = tempDir() / "ok.mg";
  std::ofstream(path) << "package main\n\nfunc main() {}\n";
  std::string error;
  auto file = SourceFile::load(path.string(), error);
  ASSERT_NE(file, nullptr) << error;
  EXPECT_EQ(file->lineText(3), "func main() {}");
  EXPECT_EQ(file->lineText(4), "");
}

TEST(BadInput, EmptyFile) {
  Parsed p = parse("");
  EXPECT_EQ(p.errors(), "1:1: syntax error: package statement must be first\n");
}

TEST(BadInput, OnlyComments) {
  Parsed p = parse("// nothing here\n/* at all */\n");
  EXPECT_EQ(p.errors(), "3:1: syntax error: package statement must be first\n");
}

TEST(BadInput, InvalidUtf8) {
  Parsed p = parse("package main\n\nvar s = \"a\xff\xfe\"\nvar t = 1\n");
  EXPECT_EQ(p.errors(), "3:11: invalid UTF-8 encoding\n");
}

TEST(BadInput, InvalidUtf8InIdentifierAndComment) {
  Parsed p = parse("package main\n// \xc3\x28\nvar x\xe2\x82 = 1\n");
  EXPECT_EQ(p.errors(), "2:4: invalid UTF-8 encoding\n3:6: invalid UTF-8 encoding\n");
}

TEST(BadInput, NulByte) {
  std::string src = "package main\n\nfunc main() {";
  src += '\0';
  src += "}\n";
  Parsed p = parse(src);
  EXPECT_EQ(p.errors(), "3:14: invalid NUL character\n");
}

TEST(BadInput, BinaryGarbage) {
  std::mt19937 rng(42);
  for (int round = 0; round < 20; ++round) {
    std::string src;
    size_t n = 1 + rng() % 5000;
    for (size_t i = 0; i < n; ++i)
      src += static_cast<char>(rng() & 0xFF);
    Parsed p = parse(src);
    EXPECT_TRUE(p.diags->hasErrors());
    std::string rendered = p.rendered(); // printing must not crash either
    EXPECT_FALSE(rendered.empty());
  }
}

TEST(BadInput, TwentyMegabytesOfGarbage) {
  std::mt19937 rng(1);
  std::string src(20u * 1024 * 1024, '\0');
  for (char& c : src)
    c = static_cast<char>(rng() & 0xFF);
  auto start = std::chrono::steady_clock::now();
  Parsed p = parse(src);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_TRUE(p.diags->hasErrors());
  EXPECT_NE(p.rendered().find("too many errors"), std::string::npos);
  std::printf("20 MB of random bytes: %zu errors in %.2f s\n", p.diags->count(), seconds);
}

TEST(BadInput, GarbageAfterValidPrefix) {
  std::mt19937 rng(7);
  const std::string prefix = "package main\n\nfunc main() {\n\tx := []int{1, 2}\n";
  for (int round = 0; round < 50; ++round) {
    std::string src = prefix;
    size_t n = rng() % 200;
    const char alphabet[] = "(){}[];,.:=+-*/<>!&|^\"'`\n\t xyz019";
    for (size_t i = 0; i < n; ++i)
      src += alphabet[rng() % (sizeof alphabet - 1)];
    Parsed p = parse(src);
    (void)p.printed();
    (void)p.rendered();
  }
  SUCCEED();
}

TEST(BadInput, UnterminatedString) {
  EXPECT_EQ(parse("package main\nvar s = \"abc").errors(), "2:9: string not terminated\n");
  EXPECT_EQ(parse("package main\nvar s = `abc").errors(), "2:9: string not terminated\n");
  EXPECT_EQ(parse("package main\nvar s = \"abc\\").errors(), "2:9: string not terminated\n");
}

TEST(BadInput, UnterminatedComment) {
  EXPECT_EQ(parse("package main\n/* x").errors(), "2:1: comment not terminated\n");
  EXPECT_EQ(parse("package main\nfunc f() {\n/* x\n\n").errors(), "3:1: comment not terminated\n");
}

TEST(BadInput, UnterminatedRune) {
  EXPECT_EQ(parse("package main\nvar r = 'a").errors(), "2:9: rune literal not terminated\n");
}

// 100,000-deep nesting of each kind is refused before parsing.
class DeepNesting : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(DeepNesting, ReportsInsteadOfCrashing) {
  const int depth = 100000;
  std::string open = GetParam().first, close = GetParam().second;
  std::string src = "package main\n\nfunc main() {\n\tx := ";
  src.reserve(src.size() + depth * (open.size() + close.size()) + 16);
  for (int i = 0; i < depth; ++i)
    src += open;
  src += close.empty() && open.back() == ']' ? "int{}" : "1";
  for (int i = 0; i < depth; ++i)
    src += close;
  src += "\n\t_ = x\n}\n";
  Parsed p = parse(src);
  ASSERT_EQ(p.diags->count(), 1u) << p.errors().substr(0, 500);
  EXPECT_NE(p.diags->all()[0].message.find("nested too deeply"), std::string::npos);
  EXPECT_EQ(p.diags->all()[0].pos.line, 4u);
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, DeepNesting,
    ::testing::Values(std::make_pair("(", ")"), std::make_pair("- ", ""), std::make_pair("!", ""),
                      std::make_pair("*", ""), std::make_pair("<-", ""),
                      std::make_pair("[]int{", "}"), std::make_pair("f(", ")"),
                      std::make_pair("a[", "]"), std::make_pair("func() int { return ", "}"),
                      std::make_pair("[]", ""), std::make_pair("[1]", "")),
    [](const ::testing::TestParamInfo<std::pair<const char*, const char*>>& info) {
      return "Case" + std::to_string(info.index);
    });

TEST(BadInput, DeepBlocks) {
  std::string src = "package main\n\nfunc main() ";
  for (int i = 0; i < 100000; ++i)
    src += "{";
  for (int i = 0; i < 100000; ++i)
    src += "}";
  src += "\n";
  Parsed p = parse(src);
  ASSERT_EQ(p.diags->count(), 1u);
  EXPECT_EQ(p.diags->all()[0].message, "block nested too deeply");
}

TEST(BadInput, DeepTypes) {
  std::string src = "package main\n\nvar x ";
  for (int i = 0; i < 100000; ++i)
    src += "*[]map[int]chan ";
  src += "int\n";
  Parsed p = parse(src);
  ASSERT_EQ(p.diags->count(), 1u);
  EXPECT_EQ(p.diags->all()[0].message, "expression nested too deeply");
}

TEST(BadInput, NestingJustBelowTheLimitParses) {
  std::string src = "package main\n\nvar x = ";
  for (int i = 0; i < 900; ++i)
    src += "(";
  src += "1";
  for (int i = 0; i < 900; ++i)
    src += ")";
  src += "\n";
  Parsed p = parse(src);
  EXPECT_TRUE(p.ok()) << p.errors();
  EXPECT_EQ(parse(p.printed()).printed(), p.printed());
}

// Long flat chains are not nesting: they parse, and the builder and printer handle them
// without deep recursion.
TEST(BadInput, LongOperatorChainParses) {
  std::string src = "package main\n\nvar x = 1";
  for (int i = 0; i < 100000; ++i)
    src += " + 1";
  src += "\nvar y = a";
  for (int i = 0; i < 100000; ++i)
    src += ".b";
  src += "\n";
  Parsed p = parse(src);
  EXPECT_TRUE(p.ok()) << p.errors().substr(0, 300);
  std::string printed;
  runWithLargeStack(512u << 20, [&] { printed = p.printed(); });
  EXPECT_GT(printed.size(), 400000u);
}

TEST(BadInput, TwentyMegabyteFile) {
  std::string src = "package main\n\nimport \"fmt\"\n\n";
  int i = 0;
  while (src.size() < 20u * 1024 * 1024) {
    std::string n = std::to_string(i++);
    src += "func f" + n +
           "(a, b int, s []string) (int, error) {\n"
           "\tx := a + b*2 - (a-b)/3\n"
           "\tfor j := 0; j < len(s); j++ {\n"
           "\t\tif s[j] == \"x\" {\n"
           "\t\t\tx += j\n"
           "\t\t} else {\n"
           "\t\t\tx -= j\n"
           "\t\t}\n"
           "\t}\n"
           "\tm := map[string]int{\"a\": 1, \"b\": 2}\n"
           "\tfmt.Println(x, m[\"a\"], s[1:2])\n"
           "\treturn x, nil\n"
           "}\n\n";
  }
  src += "func main() {}\n";
  auto start = std::chrono::steady_clock::now();
  Parsed p = parse(src);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_TRUE(p.ok()) << p.errors().substr(0, 300);
  ASSERT_NE(p.file, nullptr);
  EXPECT_EQ(p.file->decls.size(), static_cast<size_t>(i) + 1);
  std::printf("parsed %zu bytes (%d functions) in %.2f s\n", src.size(), i + 1, seconds);
  RecordProperty("parse_seconds", std::to_string(seconds));
}

} // namespace
} // namespace minigo::test
