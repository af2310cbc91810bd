// Collector stress for the value types: maps, slices, strings, interfaces and closures that
// are reachable only through GC-heap memory must survive collections (a wrong "pointer-free"
// atomic allocation would let the collector free what they point to).
#include "minigo/fmt.h"
#include "minigo/func.h"
#include "minigo/iface.h"
#include "minigo/map.h"
#include "minigo/slice.h"
#include "minigo/string.h"

#include <gtest/gtest.h>

#include <string>

using namespace mg;

namespace {
const TypeInfo type_slice_str = slice_type<string>("[]string", &type_string);
}

TEST(ValuesGC, StructuresSurviveCollections) {
  auto m = make_map<string, slice<string>>();
  slice<iface> boxes;
  slice<func<std::int64_t()>> fns;
  for (std::int64_t i = 0; i < 3000; i++) {
    string k = string::copy_of("key" + std::to_string(i));
    slice<string> v;
    for (std::int64_t j = 0; j < 3; j++)
      v = append(v, string::copy_of(std::to_string(i * 10 + j)));
    m.ref(k) = v;
    boxes = append(boxes, iface::box(&type_slice_str, v));
    std::int64_t* cell = gc_new<std::int64_t>(i);
    fns = append(fns, func<std::int64_t()>([cell] { return *cell; }));
    if (i % 500 == 0)
      GC_gcollect();
    if (i % 3 == 0)
      m.erase(string::copy_of("key" + std::to_string(i / 2)));
  }
  GC_gcollect();
  // Churn to reuse any wrongly freed memory.
  for (int i = 0; i < 20000; i++)
    (void)string::copy_of(std::string(40, char('a' + i % 26)));
  GC_gcollect();
  std::int64_t n = 0;
  for (auto it = m.iterate(); it.next();) {
    std::int64_t i = std::stoll(it.key().str().substr(3));
    const slice<string>& v = it.value();
    ASSERT_EQ(v.len(), 3);
    for (std::int64_t j = 0; j < 3; j++)
      ASSERT_EQ(v[j].str(), std::to_string(i * 10 + j));
    n++;
  }
  EXPECT_EQ(n, m.len());
  for (std::int64_t i = 0; i < boxes.len(); i++) {
    ASSERT_EQ(boxes[i].as<slice<string>>()[2].str(), std::to_string(i * 10 + 2));
    ASSERT_EQ(fns[i](), i);
  }
  EXPECT_EQ(fmt::sprint({boxes[7]}), "[70 71 72]");
}
