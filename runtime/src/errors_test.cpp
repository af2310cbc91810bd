// Tests of the errors package (New, Is, As, Unwrap, Join), nil func values, and the builtin
// print/println formats (Go's runtime formats, checked against Go 1.19's output).
#include "minigo/errors.h"
#include "minigo/fmt.h"
#include "minigo/func.h"
#include "minigo/print.h"
#include "test_util.h"

#include <gtest/gtest.h>

#include <cmath>
#include <unistd.h>

using namespace mg;

namespace {

struct CodeErr {
  std::int64_t code;
};
string CodeErr_Error(void* p) {
  return string::copy_of("code " + std::to_string((*static_cast<CodeErr**>(p))->code));
}
const MethodInfo codeerr_methods[] = {
    {"Error", "func() string", reinterpret_cast<void*>(&CodeErr_Error)}};
const TypeInfo type_CodeErr = struct_type<CodeErr>("main.CodeErr", {});
const TypeInfo type_ptr_CodeErr =
    pointer_type<CodeErr*>("*main.CodeErr", &type_CodeErr, codeerr_methods);

// Captures what fd 2 receives while f runs.
template <class F> std::string capture_stderr(F f) {
  int fds[2];
  EXPECT_EQ(pipe(fds), 0);
  int saved = dup(2);
  dup2(fds[1], 2);
  f();
  dup2(saved, 2);
  close(saved);
  close(fds[1]);
  std::string out;
  char buf[256];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) > 0)
    out.append(buf, std::size_t(n));
  close(fds[0]);
  return out;
}

} // namespace

TEST(Errors, NewIsAsUnwrapJoin) {
  iface a = errors::New(string("a"));
  iface a2 = errors::New(string("a"));
  EXPECT_FALSE(a == a2); // distinct pointers, as in Go
  EXPECT_TRUE(errors::Is(a, a));
  iface wrapped = fmt::Errorf(string("ctx: %w"), {a});
  iface twice = fmt::Errorf(string("outer: %w"), {wrapped});
  EXPECT_TRUE(errors::Is(twice, a));
  EXPECT_FALSE(errors::Is(twice, a2));
  EXPECT_TRUE(errors::Unwrap(errors::Unwrap(twice)) == a);
  EXPECT_TRUE(errors::Unwrap(a).type == nullptr);
  EXPECT_TRUE(errors::Is(iface(), iface()));
  EXPECT_FALSE(errors::Is(iface(), a));

  iface ce = to_iface(&type_ptr_CodeErr, gc_new<CodeErr>(CodeErr{7}), &type_error);
  iface wce = fmt::Errorf(string("while x: %w"), {ce});
  CodeErr* target = nullptr;
  EXPECT_TRUE(errors::As(wce, &target, &type_ptr_CodeErr));
  ASSERT_NE(target, nullptr);
  EXPECT_EQ(target->code, 7);
  iface as_error;
  EXPECT_TRUE(errors::As(wce, &as_error, &type_error));
  EXPECT_EQ(errors::error_text(as_error).str(), "while x: code 7");
  EXPECT_FALSE(errors::As(a, &target, &type_ptr_CodeErr));

  iface j = errors::Join(slice<iface>{a, iface(), ce});
  EXPECT_EQ(errors::error_text(j).str(), "a\ncode 7");
  EXPECT_TRUE(errors::Is(j, ce));
  EXPECT_TRUE(errors::As(j, &target, &type_ptr_CodeErr));
  EXPECT_TRUE(errors::Join(slice<iface>{iface(), iface()}).type == nullptr);
  EXPECT_EQ(fmt::sprintf("%v|%s|%q", {wce, wce, a}), "while x: code 7|while x: code 7|\"a\"");
}

TEST(Func, NilCallPanicsAndCapturesSurviveGC) {
  func<std::int64_t(std::int64_t)> f;
  EXPECT_TRUE(f == nullptr);
  EXPECT_EQ(test::panic_message([&] { f(1); }),
            "runtime error: invalid memory address or nil pointer dereference");
  std::int64_t* boxed = gc_new<std::int64_t>(40);
  slice<std::int64_t> xs{1, 2};
  f = [boxed, xs](std::int64_t x) -> std::int64_t { return *boxed + xs[1] + x; };
  boxed = nullptr;
  xs = slice<std::int64_t>();
  GC_gcollect();
  for (int i = 0; i < 1000; i++)
    gc_new<std::int64_t>(i);
  EXPECT_EQ(f(0), 42);
  func<void()> g = [] {};
  g();
  EXPECT_FALSE(g == nullptr);
}

// Expected text from Go 1.19: println(1, -2, 3.5, 1e21, "s", true, uint8(7)); print(0.1, "|")
TEST(Print, BuiltinFormatsMatchGo) {
  std::string out = capture_stderr([] {
    builtin_println(std::int64_t(1), std::int64_t(-2), 3.5, 1e21, string("s"), true,
                    std::uint8_t(7));
    builtin_print(0.1, string("|"), -0.0, NAN, INFINITY, -INFINITY, 0.0);
    builtin_println();
  });
  EXPECT_EQ(out, "1 -2 +3.500000e+000 +1.000000e+021 s true 7\n"
                 "+1.000000e-001|-0.000000e+000NaN+Inf-Inf+0.000000e+000\n");
}
