// Tests of panic/defer/recover (mg::DeferFrame), interface assertions' panics, and the report
// printed for an uncaught panic (checked with death tests against Go 1.19's output).
#include "minigo/defer.h"
#include "minigo/errors.h"
#include "minigo/fmt.h"
#include "minigo/iface.h"
#include "minigo/panic.h"
#include "test_util.h"

#include <gtest/gtest.h>

using namespace mg;
using mg::test::I;
using mg::test::panic_message;

namespace {

std::vector<std::string> trace;

// func f() (r int) { defer func() { if x := recover(); x != nil { r = -1 } }(); panic("boom") }
std::int64_t recovers() {
  std::int64_t r = 0;
  DeferFrame df;
  try {
    df.push([&] {
      iface x = recover();
      if (x.type != nullptr) {
        trace.push_back("recovered " + x.as<string>().str());
        r = -1;
      }
    });
    df.push([] { trace.push_back("second defer runs first"); });
    panic_string("boom");
  } catch (...) {
    df.panicking();
  }
  df.run();
  return r;
}

TEST(Defer, RecoverStopsPanicAndSetsResult) {
  trace.clear();
  EXPECT_EQ(recovers(), -1);
  std::vector<std::string> want = {"second defer runs first", "recovered boom"};
  EXPECT_EQ(trace, want);
  // After the frame recovered, recover() outside any deferred call is nil.
  EXPECT_TRUE(recover().type == nullptr);
}

TEST(Defer, RunsOnNormalReturnAndRecoverIsNil) {
  trace.clear();
  {
    DeferFrame df;
    try {
      for (int i = 0; i < 10; i++)
        df.push([i] {
          trace.push_back(std::to_string(i));
          EXPECT_TRUE(recover().type == nullptr);
        });
    } catch (...) {
      df.panicking();
    }
    df.run();
  }
  std::vector<std::string> want = {"9", "8", "7", "6", "5", "4", "3", "2", "1", "0"};
  EXPECT_EQ(trace, want);
}

void no_recover_inner() {
  DeferFrame df;
  try {
    df.push([] { trace.push_back("inner defer"); });
    std::int64_t z = 0;
    div<std::int64_t>(1, z);
  } catch (...) {
    df.panicking();
  }
  df.run();
}

TEST(Defer, UnrecoveredPanicPropagatesAfterDefers) {
  trace.clear();
  EXPECT_EQ(panic_message(no_recover_inner), "runtime error: integer divide by zero");
  EXPECT_EQ(trace, std::vector<std::string>{"inner defer"});
}

// A frame that returns normally while an outer frame is panicking: its recover() sees nil.
void helper_with_own_defer() {
  DeferFrame df;
  try {
    df.push([] { trace.push_back(recover().type == nullptr ? "nil" : "value"); });
  } catch (...) {
    df.panicking();
  }
  df.run();
}

TEST(Defer, RecoverInNonPanickingFrameIsNil) {
  trace.clear();
  std::string msg = panic_message([] {
    DeferFrame df;
    try {
      df.push([] { helper_with_own_defer(); });
      panic_string("outer");
    } catch (...) {
      df.panicking();
    }
    df.run();
  });
  EXPECT_EQ(msg, "outer");
  EXPECT_EQ(trace, std::vector<std::string>{"nil"});
}

TEST(Defer, RepanicReplacesAndIsRecoverable) {
  trace.clear();
  iface got;
  {
    DeferFrame outer;
    try {
      outer.push([&] { got = recover(); });
      DeferFrame df;
      try {
        df.push([] { panic_string("second"); });
        panic_string("first");
      } catch (...) {
        df.panicking();
      }
      df.run();
    } catch (...) {
      outer.panicking();
    }
    outer.run();
  }
  ASSERT_TRUE(got.type == &type_string);
  EXPECT_EQ(got.as<string>().str(), "second");
}

TEST(Defer, ManyDeferredCalls) {
  std::int64_t sum = 0;
  {
    DeferFrame df;
    for (int i = 1; i <= 100; i++)
      df.push([&sum, i] { sum += i; });
    df.run();
  }
  EXPECT_EQ(sum, 5050);
}

TEST(Defer, RuntimeErrorValueIsAnError) {
  iface v;
  {
    DeferFrame df;
    try {
      df.push([&] { v = recover(); });
      slice<std::int64_t> s = make_slice<std::int64_t>(3);
      s.at(5);
    } catch (...) {
      df.panicking();
    }
    df.run();
  }
  ASSERT_TRUE(v.type != nullptr);
  EXPECT_STREQ(v.type->name, "runtime.boundsError");
  EXPECT_EQ(errors::error_text(v).str(), "runtime error: index out of range [5] with length 3");
  EXPECT_TRUE(implements(v.type, &type_error));
  EXPECT_EQ(fmt::sprintf("%v|%T", {v, v}),
            "runtime error: index out of range [5] with length 3|runtime.boundsError");
}

// ---- type assertions ----

struct T {
  std::int64_t X;
  friend bool operator==(const T&, const T&) = default;
};
std::uint64_t mg_hash(const T& t) {
  return mg::mg_hash(t.X);
}
string T_M(void*) {
  return string("m");
}
const FieldInfo T_fields[] = {{"X", &type_int, offsetof(T, X), false}};
const TypeInfo type_T = struct_type<T>("main.T", T_fields);
const MethodInfo I_methods[] = {{"M", "func() string", nullptr}};
const TypeInfo iface_I = interface_type("main.I", I_methods);
const MethodInfo T2_methods[] = {{"M", "func() string", reinterpret_cast<void*>(&T_M)}};
const TypeInfo type_T2 = struct_type<T>("main.T2", T_fields, T2_methods);

TEST(Iface, AssertionPanics) {
  iface s = I("s");
  EXPECT_EQ(panic_message([&] { assert_type<std::int64_t>(s, &type_int, &type_any); }),
            "interface conversion: interface {} is string, not int");
  EXPECT_EQ(panic_message([&] { assert_type<std::int64_t>(iface(), &type_int, &type_any); }),
            "interface conversion: interface {} is nil, not int");
  EXPECT_EQ(panic_message([&] { assert_iface(s, &type_error); }),
            "interface conversion: string is not error: missing method Error");
  EXPECT_EQ(panic_message([&] { assert_iface(iface(), &iface_I); }),
            "interface conversion: interface is nil, not main.I");
  iface t = iface::box(&type_T, T{1});
  EXPECT_EQ(panic_message([&] { assert_iface(t, &iface_I); }),
            "interface conversion: main.T is not main.I: missing method M");
  EXPECT_EQ(assert_type<std::int64_t>(I(4), &type_int, &type_any), 4);
  auto [v, ok] = assert_type_ok<std::int64_t>(s, &type_int);
  EXPECT_FALSE(ok);
  EXPECT_EQ(v, 0);
  iface t2 = iface::box(&type_T2, T{2});
  iface asI = assert_iface(t2, &iface_I);
  EXPECT_EQ(call_method<string>(asI, 0).str(), "m");
  auto [j, ok2] = assert_iface_ok(t, &iface_I);
  EXPECT_FALSE(ok2);
  EXPECT_TRUE(j.type == nullptr);
  EXPECT_EQ(panic_message([&] {
              iface e = assert_type<iface>(iface(), &type_any, &type_error);
              (void)e;
            }),
            "interface conversion: error is nil, not interface {}");
}

TEST(Iface, EqualityAndHash) {
  EXPECT_TRUE(I(3) == I(3));
  EXPECT_FALSE(I(3) == I(4));
  EXPECT_FALSE(I(3) == I(3.0));
  EXPECT_TRUE(iface() == iface());
  EXPECT_FALSE(iface() == I(0));
  EXPECT_TRUE(iface::box(&type_T, T{1}) == iface::box(&type_T, T{1}));
  EXPECT_EQ(mg_hash(I("a")), mg_hash(I("a")));
  iface sl = iface::box(&type_slice_int, slice<std::int64_t>{1});
  EXPECT_EQ(panic_message([&] { (void)(sl == sl); }),
            "runtime error: comparing uncomparable type []int");
  EXPECT_EQ(panic_message([&] { mg_hash(sl); }), "runtime error: hash of unhashable type []int");
  EXPECT_FALSE(sl == I(1)); // different types: no panic
  auto m = make_map<iface, std::int64_t>();
  m.ref(I(1)) = 1;
  m.ref(I("1")) = 2;
  m.ref(I(1)) += 5;
  EXPECT_EQ(m.len(), 2);
  EXPECT_EQ(m.get(I(1)), 6);
}

// ---- the uncaught-panic report ----

[[noreturn]] void die_with(const iface& v) {
  try {
    panic_value(v);
  } catch (...) {
    die_of_uncaught_panic(std::current_exception(), 1);
  }
}

struct MyErr {
  std::int64_t A;
};
string MyErr_Error(void* p) {
  return string::copy_of("myerr " + std::to_string(static_cast<MyErr*>(p)->A));
}
const FieldInfo MyErr_fields[] = {{"A", &type_int, 0, false}};
const MethodInfo MyErr_methods[] = {
    {"Error", "func() string", reinterpret_cast<void*>(&MyErr_Error)}};
const TypeInfo type_MyErr = struct_type<MyErr>("main.MyErr", MyErr_fields, MyErr_methods);
const TypeInfo type_S = basic_type<string>("main.S", Kind::String);
const TypeInfo type_F = basic_type<double>("main.F", Kind::Float64);

void die_nil_deref() {
  try {
    int* p = nullptr;
    deref(p);
  } catch (...) {
    die_of_uncaught_panic(std::current_exception(), 1);
  }
}

void die_nil_map() {
  try {
    map<std::int64_t, std::int64_t> m;
    m.ref(1) = 2;
  } catch (...) {
    die_of_uncaught_panic(std::current_exception(), 1);
  }
}

// defer func() { [recover();] panic("b") }(); panic("a")
void die_repanic(bool recover_first) {
  try {
    DeferFrame df;
    try {
      df.push([recover_first] {
        if (recover_first)
          recover();
        panic_string("b");
      });
      panic_string("a");
    } catch (...) {
      df.panicking();
    }
    df.run();
  } catch (...) {
    die_of_uncaught_panic(std::current_exception(), 1);
  }
}

using PanicDeathTest = ::testing::Test;

TEST(PanicDeathTest, ReportsMatchGo) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(die_with(I("boom")), ::testing::ExitedWithCode(2),
              "^panic: boom\n\ngoroutine 1 \\[running\\]:\nmain.main\\(\\)\n");
  EXPECT_EXIT(die_with(iface::box(&type_MyErr, MyErr{2})), ::testing::ExitedWithCode(2),
              "^panic: myerr 2\n\ngoroutine 1");
  EXPECT_EXIT(die_with(errors::New(string("e"))), ::testing::ExitedWithCode(2), "^panic: e\n\n");
  EXPECT_EXIT(die_with(iface::box(&type_S, string("x"))), ::testing::ExitedWithCode(2),
              "^panic: main.S\\(\"x\"\\)\n");
  EXPECT_EXIT(die_with(iface::box(&type_F, 1.5)), ::testing::ExitedWithCode(2),
              "^panic: main.F\\(\\+1.500000e\\+000\\)\n");
  EXPECT_EXIT(die_with(I(1.5)), ::testing::ExitedWithCode(2), "^panic: \\+1.500000e\\+000\n");
  EXPECT_EXIT(die_with(iface::box(&type_T, T{1})), ::testing::ExitedWithCode(2),
              "^panic: \\(main.T\\) 0x[0-9a-f]+\n");
  EXPECT_EXIT(die_with(iface()), ::testing::ExitedWithCode(2), "^panic: nil\n");
  EXPECT_EXIT(die_with(I(true)), ::testing::ExitedWithCode(2), "^panic: true\n");
  EXPECT_EXIT(die_with(iface::box(&type_int8, std::int8_t(3))), ::testing::ExitedWithCode(2),
              "^panic: 3\n");
  EXPECT_EXIT(die_nil_deref(), ::testing::ExitedWithCode(2),
              "^panic: runtime error: invalid memory address or nil pointer dereference\n\\[signal "
              "SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0\\]\n\ngoroutine 1");
  EXPECT_EXIT(die_nil_map(), ::testing::ExitedWithCode(2),
              "^panic: assignment to entry in nil map\n");
  EXPECT_EXIT(die_repanic(false), ::testing::ExitedWithCode(2),
              "^panic: a\n\tpanic: b\n\ngoroutine 1");
  EXPECT_EXIT(die_repanic(true), ::testing::ExitedWithCode(2),
              "^panic: a \\[recovered\\]\n\tpanic: b\n\ngoroutine 1");
  EXPECT_EXIT(fatal_error("all goroutines are asleep - deadlock!"), ::testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n");
}

} // namespace
