// Go's sort package over generic less(i, j) / swap(i, j) operations (see sort.h).
#include "minigo/sort.h"
#include "minigo/defer.h"

#include <cmath>
#include <cstring>

namespace mg::sort {

namespace {

// The operations of one sort: through sort.Interface methods or over a boxed slice.
struct Ops {
  virtual bool less(std::int64_t i, std::int64_t j) = 0;
  virtual void swap(std::int64_t i, std::int64_t j) = 0;
};

void insertion_sort(Ops& d, std::int64_t a, std::int64_t b) {
  for (std::int64_t i = a + 1; i < b; i++)
    for (std::int64_t j = i; j > a && d.less(j, j - 1); j--)
      d.swap(j, j - 1);
}

void sift_down(Ops& d, std::int64_t lo, std::int64_t hi, std::int64_t first) {
  std::int64_t root = lo;
  for (;;) {
    std::int64_t child = 2 * root + 1;
    if (child >= hi)
      return;
    if (child + 1 < hi && d.less(first + child, first + child + 1))
      child++;
    if (!d.less(first + root, first + child))
      return;
    d.swap(first + root, first + child);
    root = child;
  }
}

void heap_sort(Ops& d, std::int64_t a, std::int64_t b) {
  std::int64_t first = a, lo = 0, hi = b - a;
  for (std::int64_t i = (hi - 1) / 2; i >= 0; i--)
    sift_down(d, i, hi, first);
  for (std::int64_t i = hi - 1; i >= 0; i--) {
    d.swap(first, first + i);
    sift_down(d, lo, i, first);
  }
}

void quick_sort(Ops& d, std::int64_t a, std::int64_t b, int depth) {
  while (b - a > 12) {
    if (depth == 0) {
      heap_sort(d, a, b);
      return;
    }
    depth--;
    // Median of three to a, then Hoare-style partition around data[a].
    std::int64_t m = a + (b - a) / 2;
    if (d.less(m, a))
      d.swap(m, a);
    if (d.less(b - 1, m)) {
      d.swap(b - 1, m);
      if (d.less(m, a))
        d.swap(m, a);
    }
    d.swap(a, m);
    std::int64_t i = a + 1, j = b - 1;
    for (;;) {
      while (i <= j && d.less(i, a))
        i++;
      while (i <= j && d.less(a, j))
        j--;
      if (i >= j)
        break;
      d.swap(i, j);
      i++;
      j--;
    }
    d.swap(a, j);
    if (j - a < b - j - 1) {
      quick_sort(d, a, j, depth);
      a = j + 1;
    } else {
      quick_sort(d, j + 1, b, depth);
      b = j;
    }
  }
  insertion_sort(d, a, b);
}

void unstable(Ops& d, std::int64_t n) {
  int depth = 0;
  for (std::int64_t i = n; i > 0; i >>= 1)
    depth++;
  quick_sort(d, 0, n, depth * 2);
}

void swap_range(Ops& d, std::int64_t a, std::int64_t b, std::int64_t n) {
  for (std::int64_t i = 0; i < n; i++)
    d.swap(a + i, b + i);
}

void rotate(Ops& d, std::int64_t a, std::int64_t m, std::int64_t b) {
  std::int64_t i = m - a, j = b - m;
  while (i != j) {
    if (i > j) {
      swap_range(d, m - i, m, j);
      i -= j;
    } else {
      swap_range(d, m - i, m + j - i, i);
      j -= i;
    }
  }
  swap_range(d, m - i, m, i);
}

void sym_merge(Ops& d, std::int64_t a, std::int64_t m, std::int64_t b) {
  if (m - a == 1) {
    std::int64_t i = m, j = b;
    while (i < j) {
      std::int64_t h = (i + j) / 2;
      if (d.less(h, a))
        i = h + 1;
      else
        j = h;
    }
    for (std::int64_t k = a; k < i - 1; k++)
      d.swap(k, k + 1);
    return;
  }
  if (b - m == 1) {
    std::int64_t i = a, j = m;
    while (i < j) {
      std::int64_t h = (i + j) / 2;
      if (!d.less(m, h))
        i = h + 1;
      else
        j = h;
    }
    for (std::int64_t k = m; k > i; k--)
      d.swap(k, k - 1);
    return;
  }
  std::int64_t mid = (a + b) / 2;
  std::int64_t n = mid + m;
  std::int64_t start, r;
  if (m > mid) {
    start = n - b;
    r = mid;
  } else {
    start = a;
    r = m;
  }
  std::int64_t p = n - 1;
  while (start < r) {
    std::int64_t c = (start + r) / 2;
    if (!d.less(p - c, c))
      start = c + 1;
    else
      r = c;
  }
  std::int64_t end = n - start;
  if (start < m && m < end)
    rotate(d, start, m, end);
  if (a < start && start < mid)
    sym_merge(d, a, start, mid);
  if (mid < end && end < b)
    sym_merge(d, mid, end, b);
}

void stable(Ops& d, std::int64_t n) {
  std::int64_t block = 20, a = 0, b = block;
  while (b <= n) {
    insertion_sort(d, a, b);
    a = b;
    b += block;
  }
  insertion_sort(d, a, n);
  while (block < n) {
    a = 0;
    b = 2 * block;
    while (b <= n) {
      sym_merge(d, a, a + block, b);
      a = b;
      b += 2 * block;
    }
    if (std::int64_t m = a + block; m < n)
      sym_merge(d, a, m, n);
    block *= 2;
  }
}

// sort.Interface through the value's method table.
struct IfaceOps : Ops {
  const iface& v;
  std::int64_t (*len_fn)(void*);
  bool (*less_fn)(void*, std::int64_t, std::int64_t);
  void (*swap_fn)(void*, std::int64_t, std::int64_t);
  explicit IfaceOps(const iface& d) : v(d) {
    if (d.type == nullptr)
      panic_nil_deref();
    const MethodInfo* l = d.type->find_method("Len", "func() int");
    const MethodInfo* le = d.type->find_method("Less", "func(int, int) bool");
    const MethodInfo* s = d.type->find_method("Swap", "func(int, int)");
    if (!l || !le || !s)
      panic_iface_assert(d.type, &type_Interface);
    len_fn = reinterpret_cast<std::int64_t (*)(void*)>(l->fn);
    less_fn = reinterpret_cast<bool (*)(void*, std::int64_t, std::int64_t)>(le->fn);
    swap_fn = reinterpret_cast<void (*)(void*, std::int64_t, std::int64_t)>(s->fn);
  }
  std::int64_t len() { return len_fn(v.data); }
  bool less(std::int64_t i, std::int64_t j) override { return less_fn(v.data, i, j); }
  void swap(std::int64_t i, std::int64_t j) override { swap_fn(v.data, i, j); }
};

struct SliceRep {
  char* ptr;
  std::int64_t len;
  std::int64_t cap;
};

// A boxed slice with a less function: swaps move the element bytes (every minigo value type
// is trivially relocatable). The temporary lives on the stack or GC heap, never in malloc
// memory, so a collection during the swap still sees the pointers it holds.
struct SliceOps : Ops {
  char* base;
  std::size_t size;
  std::int64_t n;
  const func<bool(std::int64_t, std::int64_t)>& lessf;
  char small[128];
  char* tmp;
  SliceOps(const iface& x, const func<bool(std::int64_t, std::int64_t)>& l) : lessf(l) {
    if (x.type == nullptr || x.type->kind != Kind::Slice)
      panic_string(string("reflect: call of Swapper on ") +
                   string(x.type ? x.type->name : "zero Value"));
    auto* s = static_cast<SliceRep*>(x.data);
    base = s->ptr;
    n = s->len;
    size = x.type->elem->size;
    tmp = size <= sizeof small ? small : static_cast<char*>(gc_alloc_bytes(size));
  }
  bool less(std::int64_t i, std::int64_t j) override { return lessf(i, j); }
  void swap(std::int64_t i, std::int64_t j) override {
    char* a = base + std::size_t(i) * size;
    char* b = base + std::size_t(j) * size;
    std::memcpy(tmp, a, size);
    std::memcpy(a, b, size);
    std::memcpy(b, tmp, size);
  }
};

template <class T, class L> struct TypedOps : Ops {
  T* p;
  L l;
  TypedOps(T* p_, L l_) : p(p_), l(l_) {}
  bool less(std::int64_t i, std::int64_t j) override { return l(p[i], p[j]); }
  void swap(std::int64_t i, std::int64_t j) override { std::swap(p[i], p[j]); }
};

bool float_less(double a, double b) {
  return a < b || (std::isnan(a) && !std::isnan(b));
}

std::int64_t reverse_len(void* d);
bool reverse_less(void* d, std::int64_t i, std::int64_t j);
void reverse_swap(void* d, std::int64_t i, std::int64_t j);

struct reverse {
  iface data;
};
const MethodInfo reverse_methods[] = {
    {"Len", "func() int", reinterpret_cast<void*>(&reverse_len)},
    {"Less", "func(int, int) bool", reinterpret_cast<void*>(&reverse_less)},
    {"Swap", "func(int, int)", reinterpret_cast<void*>(&reverse_swap)}};
constexpr MethodInfo interface_methods[] = {{"Len", "func() int", nullptr},
                                            {"Less", "func(int, int) bool", nullptr},
                                            {"Swap", "func(int, int)", nullptr}};
const FieldInfo reverse_fields[] = {{"Interface", &type_Interface, 0, true}};
const TypeInfo type_reverse = struct_type<reverse>("sort.reverse", reverse_fields);
const TypeInfo type_ptr_reverse =
    pointer_type<reverse*>("*sort.reverse", &type_reverse, reverse_methods);

std::int64_t reverse_len(void* d) {
  IfaceOps o((*static_cast<reverse**>(d))->data);
  return o.len();
}
bool reverse_less(void* d, std::int64_t i, std::int64_t j) {
  IfaceOps o((*static_cast<reverse**>(d))->data);
  return o.less(j, i);
}
void reverse_swap(void* d, std::int64_t i, std::int64_t j) {
  IfaceOps o((*static_cast<reverse**>(d))->data);
  o.swap(i, j);
}

} // namespace

const TypeInfo type_Interface = interface_type("sort.Interface", interface_methods);

void Sort(const iface& data) {
  IfaceOps o(data);
  unstable(o, o.len());
}
void Stable(const iface& data) {
  IfaceOps o(data);
  stable(o, o.len());
}
bool IsSorted(const iface& data) {
  IfaceOps o(data);
  for (std::int64_t i = o.len() - 1; i > 0; i--)
    if (o.less(i, i - 1))
      return false;
  return true;
}
iface Reverse(const iface& data) {
  auto* r = gc_new<reverse>(reverse{data});
  return to_iface(&type_ptr_reverse, r, &type_Interface);
}

void Slice(const iface& x, const func<bool(std::int64_t, std::int64_t)>& less) {
  SliceOps o(x, less);
  unstable(o, o.n);
}
void SliceStable(const iface& x, const func<bool(std::int64_t, std::int64_t)>& less) {
  SliceOps o(x, less);
  stable(o, o.n);
}
bool SliceIsSorted(const iface& x, const func<bool(std::int64_t, std::int64_t)>& less) {
  SliceOps o(x, less);
  for (std::int64_t i = o.n - 1; i > 0; i--)
    if (less(i, i - 1))
      return false;
  return true;
}

void Ints(const slice<std::int64_t>& x) {
  auto l = [](std::int64_t a, std::int64_t b) { return a < b; };
  TypedOps<std::int64_t, decltype(l)> o(x.data(), l);
  unstable(o, x.len());
}
void Strings(const slice<string>& x) {
  auto l = [](const string& a, const string& b) { return a < b; };
  TypedOps<string, decltype(l)> o(x.data(), l);
  unstable(o, x.len());
}
void Float64s(const slice<double>& x) {
  TypedOps<double, bool (*)(double, double)> o(x.data(), &float_less);
  unstable(o, x.len());
}
bool IntsAreSorted(const slice<std::int64_t>& x) {
  for (std::int64_t i = x.len() - 1; i > 0; i--)
    if (x[i] < x[i - 1])
      return false;
  return true;
}
bool StringsAreSorted(const slice<string>& x) {
  for (std::int64_t i = x.len() - 1; i > 0; i--)
    if (x[i] < x[i - 1])
      return false;
  return true;
}
bool Float64sAreSorted(const slice<double>& x) {
  for (std::int64_t i = x.len() - 1; i > 0; i--)
    if (float_less(x[i], x[i - 1]))
      return false;
  return true;
}

std::int64_t Search(std::int64_t n, const func<bool(std::int64_t)>& f) {
  std::int64_t i = 0, j = n;
  while (i < j) {
    std::int64_t h = std::int64_t(std::uint64_t(i + j) >> 1);
    if (!f(h))
      i = h + 1;
    else
      j = h;
  }
  return i;
}
std::int64_t SearchInts(const slice<std::int64_t>& a, std::int64_t x) {
  return Search(a.len(), [a, x](std::int64_t i) { return a[i] >= x; });
}
std::int64_t SearchStrings(const slice<string>& a, const string& x) {
  return Search(a.len(), [a, x](std::int64_t i) { return !(a[i] < x); });
}
std::int64_t SearchFloat64s(const slice<double>& a, double x) {
  return Search(a.len(), [a, x](std::int64_t i) { return a[i] >= x; });
}

} // namespace mg::sort
