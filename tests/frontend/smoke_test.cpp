// Smoke test of the whole parser pipeline on a small program.
#include "test_util.h"

#include <gtest/gtest.h>

namespace minigo::test {
namespace {

TEST(Smoke, HelloWorld) {
  Parsed p = parse(
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\", 1+2*3)\n}\n");
  EXPECT_TRUE(p.ok()) << p.errors();
  ASSERT_NE(p.file, nullptr);
  EXPECT_EQ(
      p.printed(),
      "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\", 1 + 2 * 3)\n}\n");
}

} // namespace
} // namespace minigo::test
