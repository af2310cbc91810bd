// Go's panic, defer and recover on top of C++ exceptions.
//
// A Go panic is a thrown mg::Panic carrying the panic value (an mg::iface). A function with
// defer statements owns an mg::DeferFrame and is lowered like this:
//
//   R f(...) {
//     R result{};                    // the result slots (named or not)
//     mg::DeferFrame df;
//     try {
//       ...
//       df.push([=] { ... });        // defer g(x): arguments evaluated now, captured by value
//       ...
//       result = value; goto done;   // return value  (jumping out of a try block is allowed)
//     } catch (...) {
//       df.panicking();              // takes std::current_exception(); runs nothing here
//     }
//   done:
//     df.run();                      // deferred calls LIFO; rethrows if still panicking
//     return result;
//   }
//
// The deferred calls run after the catch block has been left, so a deferred call may block,
// switch goroutines, or panic again. A panic raised by a deferred call replaces the current
// one (Go prints both: "panic: a\n\tpanic: b"). Exceptions that are not mg::Panic (a
// scheduler's Goexit, say) also run the deferred calls, cannot be recovered, and are rethrown.
//
// mg::recover() returns the current panic's value and stops the panic when it is called while
// a deferred call of a panicking frame is the innermost deferred call running on this
// goroutine; otherwise it returns a nil iface. Go requires the call to come directly from the
// deferred function: generated code passes whether it does (arm_recover/take_recover_arm).
// When the deferred function is a function value not known at compile time, minigo still
// approximates: a recover() in a function it calls also recovers. Deferred calls of a frame
// that returns normally while an outer frame is panicking see nil, as in Go.
#pragma once
#include "minigo/func.h"
#include "minigo/iface.h"
#include "minigo/panic.h"
#include "minigo/string.h"

#include <cstdint>
#include <exception>

namespace mg {

// One panic in flight (allocated uncollectable: exception objects are not scanned by the GC).
struct PanicRecord {
  iface value;
  PanicRecord* prev = nullptr; // the panic this one replaced (a GC-heap copy), for printing
  bool recovered = false;
  bool sigsegv = false; // print Go's "[signal SIGSEGV: ...]" line (nil dereference)
};

// The C++ exception type of a Go panic.
class Panic {
public:
  explicit Panic(const iface& v, bool sigsegv = false);
  Panic(const Panic& o);
  Panic& operator=(const Panic&) = delete;
  ~Panic();
  const iface& value() const { return rec_->value; }
  PanicRecord* record() const { return rec_; }

private:
  PanicRecord* rec_;
};

// panic(v): mg::panic_value(mg::iface::box(&mg::type_string, mg::string("boom")));
[[noreturn]] void panic_value(const iface& v);
// panic("msg") for a string value.
[[noreturn]] void panic_string(const string& s);
// recover() for the runtime's own tests: as if called directly by the deferred function.
iface recover();
// recover() in generated code: `direct` is whether the enclosing Go function was itself the
// deferred call (see take_recover_arm); otherwise recover() returns nil, as Go says.
iface recover(bool direct);
// Go's recover() works only when called directly by a deferred function. A deferred call
// whose target calls recover() arms its DeferFrame::run just before calling it, and such a
// function takes (reads and clears) the arm at entry: a function called from it finds the
// arm cleared.
void arm_recover();
bool take_recover_arm();

// The deferred calls of one function activation (see the protocol above).
class DeferFrame {
public:
  DeferFrame() = default;
  DeferFrame(const DeferFrame&) = delete;
  DeferFrame& operator=(const DeferFrame&) = delete;

  // defer f(): the closure has already captured the evaluated arguments.
  void push(func<void()> f);
  // Call inside `catch (...)`: remembers the exception being handled.
  void panicking();
  // Runs the deferred calls, last pushed first; rethrows if a panic is still unrecovered.
  void run();

  // Used by recover().
  std::exception_ptr& exception() { return exc_; }
  PanicRecord*& current() { return cur_; }
  PanicRecord*& last_recovered() { return last_recovered_; }

private:
  static constexpr int kInline = 4;
  func<void()> inline_[kInline];
  func<void()>* more_ = nullptr; // GC heap, for more than kInline deferred calls
  std::int64_t more_cap_ = 0;
  std::int64_t n_ = 0;
  std::exception_ptr exc_;
  PanicRecord* cur_ = nullptr;            // the Panic inside exc_, if it is one
  PanicRecord* last_recovered_ = nullptr; // GC copy, for "panic: a [recovered]" printing
};

} // namespace mg
