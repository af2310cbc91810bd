// Syntax and lexical errors: each is reported once, at Go's position, with Go's wording, and
// follow-on errors are suppressed.
#include "test_util.h"

#include <gtest/gtest.h>

namespace minigo::test {
namespace {

struct ErrorCase {
  const char* name;
  const char* source;
  const char* expected; // all diagnostics, "line:col: message\n" each
};

const ErrorCase kCases[] = {
    {"missing_package", "func main() {}\n", "1:1: syntax error: package statement must be first\n"},
    {"package_without_name", "package", "1:8: syntax error: unexpected EOF, expecting name\n"},
    {"statement_outside_function", "package main\nx := 1\n",
     "2:1: syntax error: non-declaration statement outside function body\n"},
    {"import_after_decl", "package main\nimport \"fmt\"\nfunc f() {}\nimport \"os\"\n",
     "4:1: syntax error: imports must appear before other declarations\n"},
    {"brace_on_next_line", "package main\nfunc main()\n{\n}\n",
     "3:1: syntax error: unexpected semicolon or newline before {\n"},
    {"complit_missing_comma",
     "package main\nfunc main() {\n\tx := []int{\n\t\t1,\n\t\t2\n\t}\n\t_ = x\n}\n",
     "5:4: syntax error: unexpected newline in composite literal; possibly missing comma or }\n"},
    {"call_missing_paren", "package main\nfunc main() {\n\tfmt.Println(\"a\"\n}\n",
     "3:17: syntax error: unexpected newline in argument list; possibly missing comma or )\n"},
    {"params_missing_paren", "package main\nfunc f(a int\n) {}\n",
     "2:13: syntax error: unexpected newline in parameter list; possibly missing comma or )\n"},
    {"at_end_of_statement", "package main\nfunc main() {\n\tx := 1 2\n}\n",
     "3:9: syntax error: unexpected literal 2 at end of statement\n"},
    {"name_at_end_of_statement", "package main\nfunc main() {\n\tx := y z\n}\n",
     "3:9: syntax error: unexpected name z at end of statement\n"},
    {"missing_closing_brace", "package main\nfunc main() {\n\tif x {\n\t}\n",
     "5:1: syntax error: unexpected EOF, expecting }\n"},
    {"for_brace_next_line", "package main\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n",
     "3:25: syntax error: unexpected newline, expecting { after for clause\n"},
    {"if_brace_next_line", "package main\nfunc main() {\n\tif x\n\t{\n\t}\n}\n",
     "3:6: syntax error: unexpected newline, expecting { after if clause\n"},
    {"bare_complit_in_if", "package main\nfunc main() {\n\tif x == T{} {\n\t}\n}\n",
     "3:14: syntax error: unexpected { at end of statement\n"},
    {"bare_complit_in_for", "package main\nfunc main() {\n\tfor x := range T{} {\n\t}\n}\n",
     "3:21: syntax error: unexpected { at end of statement\n"},
    {"missing_expression", "package main\nfunc main() {\n\tvar x = )\n}\n",
     "3:10: syntax error: unexpected ), expecting expression\n"},
    {"missing_rhs", "package main\nfunc main() {\n\tx := \n}\n",
     "4:1: syntax error: unexpected }, expecting expression\n"},
    {"trailing_comma_in_return", "package main\nfunc f() (int, int) {\n\treturn 1,\n}\n",
     "4:1: syntax error: unexpected }, expecting expression\n"},
    {"double_comma", "package main\nfunc main() {\n\tf(1,,2)\n}\n",
     "3:6: syntax error: unexpected comma, expecting expression\n"},
    {"missing_colon_in_case", "package main\nfunc main() {\n\tswitch x {\n\tcase 1\n\t}\n}\n",
     "4:8: syntax error: unexpected newline, expecting :\n"},
    {"struct_field_comma", "package main\ntype T struct {\n\ta int,\n\tb int\n}\n",
     "3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or "
     "}\n"},
    {"named_func_in_body", "package main\nfunc main() {\n\tfunc inner() {}\n}\n",
     "3:7: syntax error: unexpected name inner, expecting (\n"},
    {"stray_paren", "package main\nfunc main() {\n\t)\n}\n",
     "3:2: syntax error: unexpected ), expecting }\n"},
    {"mixed_params", "package main\nfunc f(a int, string) {}\n",
     "2:15: syntax error: mixed named and unnamed parameters\n"},
    {"type_outside_switch", "package main\nfunc main() {\n\tx.(type)\n}\n",
     "3:5: syntax error: use of .(type) outside type switch\n"},
    {"declare_in_post", "package main\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n",
     "3:21: syntax error: cannot declare in post statement of for loop\n"},
    {"define_as_condition", "package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
     "3:5: syntax error: cannot use x := 1 as value\n"},
    {"missing_condition", "package main\nfunc main() {\n\tif {\n\t}\n}\n",
     "3:5: syntax error: missing condition in if statement\n"},
    {"go_not_call", "package main\nfunc main() {\n\tgo f\n}\n",
     "3:5: expression in go must be function call\n"},
    {"defer_parenthesized", "package main\nfunc main() {\n\tdefer (f())\n}\n",
     "3:8: expression in defer must not be parenthesized\n"},
    {"incdec_list", "package main\nfunc main() {\n\ta, b++\n}\n",
     "3:6: syntax error: unexpected ++, expecting := or = or comma\n"},
    {"op_assign_list", "package main\nfunc main() {\n\ta, b += 1, 2\n}\n",
     "3:7: syntax error: unexpected +=, expecting := or = or comma\n"},
    {"dots_array_outside_literal", "package main\nvar x [...]int\n",
     "2:8: invalid use of [...] array (outside a composite literal)\n"},
    {"three_index_missing_final", "package main\nfunc main() {\n\t_ = a[1:2:]\n}\n",
     "3:12: syntax error: final index required in 3-index slice\n"},
    {"three_index_missing_middle", "package main\nfunc main() {\n\t_ = a[1::3]\n}\n",
     "3:10: syntax error: middle index required in 3-index slice\n"},
    {"method_two_receivers", "package main\nfunc (a, b T) M() {}\n",
     "2:6: method has multiple receivers\n"},
    {"method_no_receiver", "package main\nfunc () M() {}\n", "2:6: method has no receiver\n"},
    {"const_type_without_value", "package main\nconst x int\n",
     "2:7: missing init expr for const declaration\n"},
    {"range_three_vars", "package main\nfunc main() {\n\tfor a, b, c := range x {\n\t}\n}\n",
     "3:12: range clause permits at most two iteration variables\n"},
    {"cascade_suppressed",
     "package main\nfunc main() {\n\tx := 1 2 3\n\ty := ) )\n}\nfunc g() {\n\tz := (\n}\n",
     "3:9: syntax error: unexpected literal 2 at end of statement\n"
     "8:1: syntax error: unexpected }, expecting expression\n"},
    // Lexical errors.
    {"rune_two_chars", "package main\nvar x = 'ab'\n",
     "2:9: more than one character in rune literal\n"},
    {"rune_empty", "package main\nvar x = ''\n",
     "2:9: empty rune literal or unescaped ' in rune literal\n"},
    {"unknown_escape", "package main\nvar s = \"a\\qb\"\n", "2:11: unknown escape\n"},
    {"bad_hex_escape", "package main\nvar s = \"\\xZZ\"\n",
     "2:12: invalid character 'Z' in hexadecimal escape\n"},
    {"octal_escape_too_big", "package main\nvar s = \"\\400\"\n",
     "2:10: octal escape value 256 > 255\n"},
    {"invalid_code_point", "package main\nvar s = \"\\U00110000\"\n",
     "2:10: escape is invalid Unicode code point\n"},
    {"invalid_octal_digit", "package main\nvar x = 09\n",
     "2:10: invalid digit '9' in octal literal\n"},
    {"invalid_character", "package main\nvar x = 1 @ 2\n", "2:11: invalid character U+0040 '@'\n"},
    {"invalid_char_in_identifier", "package main\nvar x\xe2\x82\xac = 1\n",
     "2:6: invalid character U+20AC '\xe2\x82\xac' in identifier\n"},
    {"invalid_unicode_character", "package main\nvar x = 1 \xe2\x82\xac 2\n",
     "2:11: invalid character U+20AC '\xe2\x82\xac'\n"},
    {"string_newline", "package main\nvar s = \"abc\nvar t = 1\n", "2:13: newline in string\n"},
    {"string_eof", "package main\nvar s = \"abc", "2:9: string not terminated\n"},
    {"raw_string_eof", "package main\nvar s = `abc\n\n", "2:9: string not terminated\n"},
    {"rune_newline", "package main\nvar r = 'a\nvar t = 1\n", "2:11: newline in rune literal\n"},
    {"comment_eof", "package main\n/* never closed\n", "2:1: comment not terminated\n"},
    {"nul_byte", std::string("package main\nvar x = 1\x00\n").c_str(), ""}, // replaced below
};

std::string sourceOf(const ErrorCase& c) {
  if (std::string(c.name) == "nul_byte")
    return std::string("package main\nvar x = 1", 22) + std::string(1, '\0') + "\n";
  return c.source;
}

class SyntaxErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(SyntaxErrorTest, ReportsGoError) {
  const ErrorCase& c = GetParam();
  Parsed p = parse(sourceOf(c));
  std::string expected = c.expected;
  if (std::string(c.name) == "nul_byte")
    expected = "2:10: invalid NUL character\n";
  EXPECT_EQ(p.errors(), expected) << "--- source:\n" << sourceOf(c);
}

INSTANTIATE_TEST_SUITE_P(Go, SyntaxErrorTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<ErrorCase>& info) {
                           return std::string(info.param.name);
                         });

// The xnest rule: composite literals with a bare type name need parentheses in headers, other
// literal types do not.
TEST(CompositeLitInHeader, ParenthesizedOrTypeLiteralsAreFine) {
  for (const char* body : {
           "if x == (T{}) {\n}",
           "if f(T{}) {\n}",
           "if x := (T{a: 1}); x.a == 1 {\n}",
           "for _, v := range []T{{1}, {2}} {\n\t_ = v\n}",
           "for _, v := range []*T{{1}} {\n\t_ = v\n}",
           "for k := range map[string]int{\"a\": 1} {\n\t_ = k\n}",
           "for _, v := range [2]pkg.T{} {\n\t_ = v\n}",
           "for _, v := range [][]int{{1}} {\n\t_ = v\n}",
           "for _, v := range []interface{}{1, \"a\"} {\n\t_ = v\n}",
           "for _, v := range []struct{ a int }{{1}} {\n\t_ = v\n}",
           "if s := struct{ a int }{1}; s.a == 1 {\n}",
           "if m := map[string][]int{}; len(m) == 0 {\n}",
           "switch x := (T{}); x {\n}",
           "if func() bool { return true }() {\n}",
           "if func() []int { return nil }() == nil {\n}",
           "if a[i] {\n}",
           "if x {\n\tif y {\n\t}\n}",
           "if v, ok := x.(interface{ M() }); ok {\n\t_ = v\n}",
       }) {
    Parsed p = parse(inFunc(body));
    EXPECT_TRUE(p.ok()) << p.errors() << "--- " << body;
  }
}

TEST(CompositeLitInHeader, BareTypeNameIsTheBody) {
  // `T {` in a header: T is the condition's last operand and `{` opens the body.
  Parsed p = parse(inFunc("if x == T {\n\treturn\n}"));
  ASSERT_TRUE(p.ok()) << p.errors();
  EXPECT_EQ(p.printed(), "package main\n\nfunc f() {\n\tif x == T {\n\t\treturn\n\t}\n}\n");
}

TEST(SyntaxErrors, RenderedWithSourceLineAndCaret) {
  Parsed p = parse("package main\nfunc main() {\n\tx := 1 2\n}\n", "prog.mg");
  EXPECT_EQ(p.rendered(),
            "prog.mg:3:9: error: syntax error: unexpected literal 2 at end of statement\n"
            "        x := 1 2\n" // SourceMgr expands tabs
            "               ^\n");
}

TEST(SyntaxErrors, AtMostOnePerLine) {
  Parsed p = parse("package main\nvar x = 1 @ # $\n");
  EXPECT_EQ(p.diags->count(), 1u) << p.errors();
}

} // namespace
} // namespace minigo::test
