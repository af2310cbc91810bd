// Go panics as C++ exceptions: the Panic type, panic(v), recover(), the deferred-call frames,
// the runtime.Error values that run-time checks panic with, and the report Go prints when a
// panic ends the program.
#include "minigo/panic.h"
#include "minigo/defer.h"
#include "minigo/goroutine_local.h"
#include "minigo/print.h"
#include "minigo/rterror_types.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

namespace mg {

namespace {

// One deferred call running: the innermost is reached through the goroutine's panic slot.
struct DeferRun {
  DeferRun* up;
  DeferFrame* frame;
  bool armed = false; // the deferred call about to run may recover (see arm_recover)
};

DeferRun*& top_run() {
  return *reinterpret_cast<DeferRun**>(current_goroutine_panic_slot());
}

PanicRecord* gc_copy(const PanicRecord* r) {
  if (r == nullptr)
    return nullptr;
  auto* c = gc_new<PanicRecord>(*r);
  return c;
}

} // namespace

Panic::Panic(const iface& v, bool sigsegv) {
  rec_ = static_cast<PanicRecord*>(GC_MALLOC_UNCOLLECTABLE(sizeof(PanicRecord)));
  new (rec_) PanicRecord();
  rec_->value = v;
  rec_->sigsegv = sigsegv;
  // A panic raised while a deferred call of a panicking frame runs replaces that panic; keep
  // the old one for the report.
  if (DeferRun* run = top_run()) {
    if (run->frame->current() != nullptr)
      rec_->prev = gc_copy(run->frame->current());
    else if (run->frame->last_recovered() != nullptr)
      rec_->prev = run->frame->last_recovered();
  }
}

Panic::Panic(const Panic& o) {
  rec_ = static_cast<PanicRecord*>(GC_MALLOC_UNCOLLECTABLE(sizeof(PanicRecord)));
  new (rec_) PanicRecord(*o.rec_);
}

Panic::~Panic() {
  GC_FREE(rec_);
}

void panic_value(const iface& v) {
  throw Panic(v);
}

void panic_string(const string& s) {
  panic_value(iface::box(&type_string, s));
}

void arm_recover() {
  if (DeferRun* run = top_run())
    run->armed = true;
}

bool take_recover_arm() {
  DeferRun* run = top_run();
  if (run == nullptr || !run->armed)
    return false;
  run->armed = false;
  return true;
}

iface recover(bool direct) {
  if (!direct)
    return iface();
  return recover();
}

iface recover() {
  DeferRun* run = top_run();
  if (run == nullptr)
    return iface();
  DeferFrame* f = run->frame;
  PanicRecord* rec = f->current();
  if (rec == nullptr)
    return iface();
  iface v = rec->value;
  PanicRecord* copy = gc_copy(rec);
  copy->recovered = true;
  f->last_recovered() = copy;
  f->current() = nullptr;
  f->exception() = nullptr;
  return v;
}

void DeferFrame::push(func<void()> f) {
  if (n_ < kInline) {
    inline_[n_++] = f;
    return;
  }
  std::int64_t i = n_ - kInline;
  if (i == more_cap_) {
    std::int64_t nc = more_cap_ ? more_cap_ * 2 : 8;
    auto* m = static_cast<func<void()>*>(gc_alloc_bytes(std::size_t(nc) * sizeof(func<void()>)));
    for (std::int64_t j = 0; j < i; j++)
      m[j] = more_[j];
    more_ = m;
    more_cap_ = nc;
  }
  more_[i] = f;
  n_++;
}

void DeferFrame::panicking() {
  exc_ = std::current_exception();
  cur_ = nullptr;
  try {
    throw;
  } catch (Panic& p) {
    cur_ = p.record();
  } catch (...) {
  }
}

void DeferFrame::run() {
  DeferRun node{top_run(), this};
  top_run() = &node;
  while (n_ > 0) {
    n_--;
    func<void()> f;
    if (n_ < kInline) {
      f = inline_[n_];
      inline_[n_] = nullptr;
    } else {
      f = more_[n_ - kInline];
      more_[n_ - kInline] = nullptr;
    }
    bool threw = false;
    node.armed = false;
    try {
      f();
    } catch (...) {
      threw = true;
      exc_ = std::current_exception();
    }
    if (threw) {
      // The new panic replaces the current one (its record already links the old one).
      cur_ = nullptr;
      try {
        std::rethrow_exception(exc_);
      } catch (Panic& p) {
        cur_ = p.record();
      } catch (...) {
      }
    }
  }
  top_run() = node.up;
  if (exc_) {
    std::exception_ptr e = exc_;
    exc_ = nullptr;
    cur_ = nullptr;
    std::rethrow_exception(e);
  }
}

// ---- run-time errors ----

void panic_runtime_error(const char* msg) {
  throw Panic(make_runtime_error(RuntimeErrorKind::ErrorString, string::copy_of(msg)),
              std::strstr(msg, "nil pointer dereference") != nullptr);
}

void panic_plain_error(const char* msg) {
  throw Panic(make_runtime_error(RuntimeErrorKind::Plain, string::copy_of(msg)));
}

void fatal_error(const char* msg) {
  std::string s = "fatal error: ";
  s += msg;
  s += "\n";
  write_all(2, s.data(), s.size());
  _exit(2);
}

// Go's printpanicval: errors print Error(), Stringers String(), basic values their value,
// named basic types T(value), anything else (T) address.
std::string panic_value_text(const iface& v) {
  if (v.type == nullptr)
    return "nil";
  if (const MethodInfo* m = v.type->find_method("Error", "func() string"))
    return reinterpret_cast<string (*)(void*)>(m->fn)(v.data).str();
  if (const MethodInfo* m = v.type->find_method("String", "func() string"))
    return reinterpret_cast<string (*)(void*)>(m->fn)(v.data).str();
  std::string val;
  bool quote = false;
  switch (v.type->kind) {
  case Kind::Bool:
  case Kind::Int:
  case Kind::Int8:
  case Kind::Int16:
  case Kind::Int32:
  case Kind::Int64:
  case Kind::Uint:
  case Kind::Uint8:
  case Kind::Uint16:
  case Kind::Uint32:
  case Kind::Uint64:
  case Kind::Uintptr:
  case Kind::Float32:
  case Kind::Float64:
    val = print_scalar_text(v.type->kind, v.data);
    break;
  case Kind::String:
    val = static_cast<string*>(v.data)->str();
    quote = true;
    break;
  default: {
    char buf[64];
    std::snprintf(buf, sizeof buf, "(%s) %p", v.type->name, v.data);
    return buf;
  }
  }
  // Unnamed basic types print bare; named ones as T(value) / T("value").
  const char* n = v.type->name;
  if (std::strchr(n, '.') == nullptr)
    return val;
  if (quote)
    return std::string(n) + "(\"" + val + "\")";
  return std::string(n) + "(" + val + ")";
}

static void append_panics(std::string& out, const PanicRecord* r) {
  if (r->prev != nullptr) {
    append_panics(out, r->prev);
    out += "\t";
  }
  out += "panic: ";
  out += panic_value_text(r->value);
  if (r->recovered)
    out += " [recovered]";
  out += "\n";
  if (r->sigsegv)
    out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
}

void die_of_uncaught_panic(std::exception_ptr e, std::int64_t goroutine_id) {
  std::string out;
  try {
    std::rethrow_exception(e);
  } catch (const Panic& p) {
    try {
      append_panics(out, p.record());
    } catch (...) {
      out += "panic: (Error or String method panicked)\n";
    }
  } catch (const std::exception& x) {
    out = std::string("fatal error: unexpected C++ exception: ") + x.what() + "\n";
  } catch (...) {
    out = "fatal error: unexpected C++ exception\n";
  }
  out += "\ngoroutine " + std::to_string(goroutine_id) + " [running]:\n";
  if (goroutine_id == 1)
    out += "main.main()\n";
  write_all(2, out.data(), out.size());
  _exit(2);
}

} // namespace mg
