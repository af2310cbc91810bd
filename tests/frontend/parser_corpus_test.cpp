// Every construct of the Go syntax (minus generics) parses without errors, and the printed
// AST round-trips: print(parse(print(parse(src)))) == print(parse(src)).
#include "test_util.h"

#include <gtest/gtest.h>

namespace minigo::test {
namespace {

struct Snippet {
  const char* name;
  const char* source; // a whole file if it starts with "package", else function-body statements
};

std::string fullSource(const Snippet& s) {
  std::string src = s.source;
  return src.rfind("package", 0) == 0 ? src : inFunc(src);
}

const Snippet kSnippets[] = {
    // Files and declarations
    {"package_only", "package main\n"},
    {"package_no_newline", "package main"},
    {"import_single", "package main\nimport \"fmt\"\n"},
    {"import_grouped",
     "package main\nimport (\n\t\"fmt\"\n\tm \"math\"\n\t. \"os\"\n\t_ \"strings\"\n)\n"},
    {"import_grouped_one_line", "package main\nimport (\"fmt\"; \"os\")\n"},
    {"import_raw_path", "package main\nimport `fmt`\n"},
    {"imports_several", "package main\nimport \"fmt\"\nimport \"os\"\n"},
    {"const_single", "package main\nconst x = 1\n"},
    {"const_typed", "package main\nconst x int64 = 1 << 40\n"},
    {"const_group_iota", "package main\nconst (\n\tA = iota\n\tB\n\tC\n)\n"},
    {"const_group_multi", "package main\nconst (\n\tA, B = iota, -iota\n\tC, D\n\t_, _\n)\n"},
    {"const_group_typed", "package main\ntype W int\nconst (\n\tX W = iota * 10\n\tY\n)\n"},
    {"const_empty_group", "package main\nconst ()\n"},
    {"var_single", "package main\nvar x int\n"},
    {"var_init", "package main\nvar x = 1\n"},
    {"var_typed_init", "package main\nvar x, y float64 = 1, 2\n"},
    {"var_group", "package main\nvar (\n\tx int\n\ty = \"s\"\n\tz, w = f()\n)\n"},
    {"type_def", "package main\ntype T int\n"},
    {"type_alias", "package main\ntype T = map[string]int\n"},
    {"type_group", "package main\ntype (\n\tA int\n\tB = A\n\tC struct{}\n)\n"},
    {"type_paren", "package main\ntype T (int)\n"},
    {"func_empty", "package main\nfunc f() {}\n"},
    {"func_params", "package main\nfunc f(a int, b, c string, d ...int) {}\n"},
    {"func_unnamed_params", "package main\nfunc f(int, string, ...bool) {}\n"},
    {"func_result", "package main\nfunc f() int { return 1 }\n"},
    {"func_results", "package main\nfunc f() (int, error) { return 0, nil }\n"},
    {"func_named_results", "package main\nfunc f() (n int, err error) { return }\n"},
    {"func_trailing_comma", "package main\nfunc f(\n\ta int,\n\tb int,\n) {}\n"},
    {"func_no_body", "package main\nfunc f(x int) int\n"},
    {"func_returns_func", "package main\nfunc f() func(int) int { return nil }\n"},
    {"method_value", "package main\ntype T struct{}\nfunc (t T) M() {}\n"},
    {"method_pointer",
     "package main\ntype T struct{}\nfunc (t *T) M(x int) (int, bool) { return x, true }\n"},
    {"method_unnamed_receiver", "package main\ntype T struct{}\nfunc (*T) M() {}\n"},
    {"main", "package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"hello\")\n}\n"},

    // Types
    {"type_pointer", "package main\nvar p *int\nvar pp **T\n"},
    {"type_array", "package main\nvar a [10]int\nvar b [2][3]string\nvar c [N * 2]byte\n"},
    {"type_slice", "package main\nvar s []int\nvar ss [][]*T\n"},
    {"type_map", "package main\nvar m map[string][]int\nvar mm map[[2]int]map[string]bool\n"},
    {"type_chan", "package main\nvar a chan int\nvar b chan<- int\nvar c <-chan int\nvar d chan<- "
                  "chan int\nvar e chan (<-chan int)\n"},
    {"type_func", "package main\nvar f func()\nvar g func(int, string) (bool, error)\nvar h "
                  "func(a, b int) func() int\n"},
    {"type_struct", "package main\ntype T struct {\n\ta, b int\n\tc string "
                    "`json:\"c\"`\n\tE\n\t*F\n\tpkg.G\n\t*pkg.H `tag`\n\tf func(int) bool\n}\n"},
    {"type_struct_one_line", "package main\ntype T struct{ a int; b string }\n"},
    {"type_struct_empty", "package main\nvar x struct{}\n"},
    {"type_interface",
     "package main\ntype I interface {\n\tM(x int) bool\n\tN()\n\tfmt.Stringer\n\tJ\n}\n"},
    {"type_interface_empty", "package main\nvar x interface{}\n"},
    {"type_qualified", "package main\nvar x fmt.Stringer\n"},

    // Simple statements
    {"expr_stmt", "f()\nx.m()\n<-ch"},
    {"assign", "x = 1\nx, y = y, x\na[i], m[k] = 1, 2\n*p = 3"},
    {"op_assign",
     "x += 1\nx -= 1\nx *= 2\nx /= 2\nx %= 3\nx &= 1\nx |= 1\nx ^= 1\nx <<= 1\nx >>= 1\nx &^= 1"},
    {"define", "x := 1\na, b := f()\n_, ok := m[k]"},
    {"inc_dec", "x++\ny--\na[i]++\np.f--"},
    {"send", "ch <- 1\nch <- <-other"},
    {"var_decl_stmt", "var x int\nvar (\n\ta = 1\n\tb string\n)"},
    {"const_decl_stmt", "const (\n\tA = iota\n\tB\n)"},
    {"type_decl_stmt", "type T struct{ x int }\ntype U = T"},
    {"empty_statements", ";;\nx := 1;;\n_ = x"},

    // Compound statements
    {"block", "{\n\tx := 1\n\t_ = x\n}\n{}"},
    {"if", "if x {\n}"},
    {"if_else", "if x > 0 {\n\ty()\n} else {\n\tz()\n}"},
    {"if_else_if", "if a {\n} else if b {\n} else if c {\n} else {\n}"},
    {"if_init", "if v, ok := m[k]; ok {\n}"},
    {"if_init_call", "if err := f(); err != nil {\n\treturn\n}"},
    {"if_paren_complit", "if x == (T{}) {\n}"},
    {"if_complit_in_call", "if f(T{a: 1}) {\n}"},
    {"if_slice_complit", "if len([]int{1, 2}) > 1 {\n}"},
    {"if_funclit", "if func() bool { return true }() {\n}"},
    {"for_infinite", "for {\n\tbreak\n}"},
    {"for_cond", "for x < 10 {\n\tx++\n}"},
    {"for_clause", "for i := 0; i < 10; i++ {\n}"},
    {"for_clause_parts", "for ; ; {\n}\nfor i := 0; ; {\n}\nfor ; i < 1; {\n}\nfor ; ; i++ {\n}"},
    {"for_range",
     "for i, v := range s {\n}\nfor i := range s {\n}\nfor range s {\n}\nfor k, v = range m {\n}"},
    {"for_range_int", "for i := range 10 {\n\t_ = i\n}"},
    {"for_range_complit", "for _, v := range []T{{1}, {2}} {\n\t_ = v\n}"},
    {"switch_expr", "switch x {\ncase 1:\ncase 2, 3:\n\tf()\n\tfallthrough\ndefault:\n}"},
    {"switch_no_tag", "switch {\ncase x > 1:\n\tbreak\n}"},
    {"switch_init", "switch x := f(); x {\n}\nswitch x := f(); {\n}"},
    {"switch_empty", "switch {\n}"},
    {"type_switch",
     "switch v := x.(type) {\ncase int:\ncase string, bool:\ncase nil:\ncase []int, "
     "map[string]int, *T, func(), chan<- int, <-chan int, struct{}:\ndefault:\n\t_ = v\n}"},
    {"type_switch_no_binding", "switch x.(type) {\ncase int:\n}"},
    {"type_switch_init", "switch y := 1; v := x.(type) {\ncase int:\n\t_, _ = y, v\n}"},
    {"select", "select {\ncase v := <-ch:\n\t_ = v\ncase v, ok := <-ch:\n\t_, _ = v, ok\ncase x = "
               "<-ch:\ncase ch <- 1:\ncase <-done:\ndefault:\n}"},
    {"select_empty", "select {}"},
    {"go_defer", "go f(1)\ngo func() {}()\ndefer g()\ndefer func() {\n\trecover()\n}()"},
    {"return", "return\nreturn 1\nreturn 1, nil"},
    {"labels", "L:\n\tfor {\n\t\tbreak L\n\t}\nM:\n\tfor {\n\t\tcontinue M\n\t}\ngoto L\nN:\n"},
    {"label_before_brace", "{\nL:\n}"},

    // Expressions
    {"binary_precedence",
     "_ = a || b && c == d + e * f\n_ = a*b + c*d\n_ = a << 1 & b | c ^ d &^ e\n_ = a % b / c"},
    {"comparison", "_ = a == b\n_ = a != b\n_ = a < b\n_ = a <= b\n_ = a > b\n_ = a >= b"},
    {"unary", "_ = -x\n_ = +x\n_ = !b\n_ = ^x\n_ = *p\n_ = &x\n_ = <-ch\n_ = - -x\n_ = &T{}"},
    {"paren", "_ = (a + b) * c\n_ = ((x))"},
    {"selector_chain", "_ = a.b.c.d\n_ = f().g().h"},
    {"index_slice", "_ = a[i]\n_ = m[\"k\"]\n_ = a[1:2]\n_ = a[:2]\n_ = a[1:]\n_ = a[:]\n_ = "
                    "a[1:2:3]\n_ = a[:2:3]\n_ = s[i][j]"},
    {"type_assert",
     "_ = x.(int)\n_ = x.(*T)\n_ = x.(fmt.Stringer)\nv, ok := x.(interface{ M() })\n_, _ = v, ok"},
    {"calls", "f()\nf(1)\nf(1, 2)\nf(a...)\nf(1, a...)\nf(\n\t1,\n\t2,\n)\nf()()"},
    {"conversions", "_ = int(x)\n_ = []byte(s)\n_ = (*T)(p)\n_ = (<-chan int)(c)\n_ = func()(f)\n_ "
                    "= map[string]int(m)\n_ = interface{}(x)\n_ = chan int(nil)"},
    {"make_new", "_ = make([]int, 10)\n_ = make(map[string]int)\n_ = make(chan int, 1)\n_ = "
                 "new(T)\n_ = new([]int)"},
    {"composite_lits", "_ = T{}\n_ = T{1, 2}\n_ = T{a: 1, b: 2}\n_ = &T{a: 1}\n_ = pkg.T{}\n_ = "
                       "[]int{1, 2, 3}\n_ = [...]int{1, 2}\n_ = [2]int{0: 1, 1: 2}\n_ = "
                       "map[string]int{\"a\": 1}\n_ = struct{ x int }{1}"},
    {"composite_elided", "_ = [][]int{{1}, {2, 3}, {}}\n_ = map[string][]int{\"a\": {1}}\n_ = "
                         "[]*T{{a: 1}}\n_ = map[T]U{{1}: {2}}\n_ = [...][2]int{{1, 2}}"},
    {"composite_multiline", "_ = []int{\n\t1,\n\t2,\n}\n_ = T{\n\ta: 1,\n}"},
    {"composite_index", "_ = []int{1, 2}[0]\n_ = T{}.f"},
    {"func_lit", "f := func(a, b int) int {\n\treturn a + b\n}\n_ = f\n_ = func() {}"},
    {"func_lit_call", "func() {\n\tx := 1\n\t_ = x\n}()"},
    {"closure_nested", "_ = func() func() int {\n\treturn func() int { return 1 }\n}"},

    // Literals
    {"int_lits", "_ = 0\n_ = 42\n_ = 1_000_000\n_ = 0x1F\n_ = 0X_ab_CD\n_ = 0o17\n_ = 0O7\n_ = "
                 "017\n_ = 0b1010\n_ = 0B_1"},
    {"float_lits", "_ = 1.5\n_ = 1.\n_ = .5\n_ = 1e10\n_ = 1E-3\n_ = 1.5e+3\n_ = 0x1p-2\n_ = "
                   "0x1.8p1\n_ = 0X.8P0\n_ = 1_0.2_5\n_ = 08.5"},
    {"imaginary_lits", "_ = 1i\n_ = 1.5i\n_ = 0x1i\n_ = 1e3i\n_ = 0i"},
    {"rune_lits", "_ = 'a'\n_ = 'é'\n_ = '\\n'\n_ = '\\''\n_ = '\\\\'\n_ = '\\x41'\n_ = '\\101'\n_ "
                  "= '\\u00e9'\n_ = '\\U0001F600'\n_ = '\\a'\n_ = '\\b'\n_ = '\\f'\n_ = '\\r'\n_ = "
                  "'\\t'\n_ = '\\v'"},
    {"string_lits", "_ = \"\"\n_ = \"hello\"\n_ = \"tab\\there\"\n_ = \"\\\"quoted\\\"\"\n_ = "
                    "\"\\x41\\101\\u00e9\\U0001F600\"\n_ = \"é世界\""},
    {"raw_strings", "_ = `raw`\n_ = `multi\nline\\n`\n_ = ``"},
    {"comments", "// line comment\nx := 1 // trailing\n/* block */ _ = x\n/* multi\n   line */"},
    {"unicode_identifiers", "héllo := 1\n_ = héllo\n世界 := 2\n_ = 世界"},
};

class CorpusTest : public ::testing::TestWithParam<Snippet> {};

TEST_P(CorpusTest, ParsesWithoutErrors) {
  Parsed p = parse(fullSource(GetParam()));
  EXPECT_TRUE(p.ok()) << p.errors() << "\n--- source:\n" << fullSource(GetParam());
  ASSERT_NE(p.file, nullptr);
  ASSERT_NE(p.file->packageName, nullptr);
}

TEST_P(CorpusTest, RoundTrips) {
  Parsed p = parse(fullSource(GetParam()));
  ASSERT_TRUE(p.ok()) << p.errors();
  std::string once = p.printed();
  Parsed q = parse(once);
  ASSERT_TRUE(q.ok()) << q.errors() << "\n--- printed:\n" << once;
  EXPECT_EQ(q.printed(), once);
}

INSTANTIATE_TEST_SUITE_P(Go, CorpusTest, ::testing::ValuesIn(kSnippets),
                         [](const ::testing::TestParamInfo<Snippet>& info) {
                           return std::string(info.param.name);
                         });

// A larger program with a bit of everything.
TEST(Corpus, WholeProgramRoundTrips) {
  const char* src = R"(package main

import (
	"fmt"
	"os"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct {
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Counter struct {
	mu    sync.Mutex
	count map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.count[key]++
}

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * 2
	}
}

func main() {
	shapes := []Shape{Rect{W: 1, H: 2}, Rect{3, 4}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("%.2f\n", total)
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	close(jobs)
	sum := 0
	for a := 1; a <= 5; a++ {
		sum += <-results
	}
	switch {
	case sum > 10:
		fmt.Println("big")
	default:
		fmt.Println("small")
	}
	if len(os.Args) > 1 {
		os.Exit(1)
	}
}
)";
  Parsed p = parse(src);
  ASSERT_TRUE(p.ok()) << p.errors();
  std::string once = p.printed();
  Parsed q = parse(once);
  ASSERT_TRUE(q.ok()) << q.errors();
  EXPECT_EQ(q.printed(), once);
  EXPECT_EQ(p.file->decls.size(), 8u);
}

} // namespace
} // namespace minigo::test
