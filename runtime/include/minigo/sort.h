// Go's sort package (mg::sort::<Name>). Stable sorts use Go's algorithm (insertion-sorted
// blocks merged with SymMerge), so their results equal Go's; unstable sorts insertion-sort
// up to 12 elements as Go's pdqsort does (same result as Go for those), and use a heapsort-
// guarded quicksort above that (equal elements may then end in another order than Go's,
// which Go leaves unspecified).
#pragma once
#include "minigo/func.h"
#include "minigo/iface.h"
#include "minigo/slice.h"
#include "minigo/string.h"

#include <cstdint>

namespace mg::sort {

// sort.Interface (Len, Less, Swap).
extern const TypeInfo type_Interface;

void Sort(const iface& data);
void Stable(const iface& data);
bool IsSorted(const iface& data);
// sort.Reverse(data): an Interface whose Less is reversed.
iface Reverse(const iface& data);

// x is a slice boxed in an interface (sort.Slice's x any).
void Slice(const iface& x, const func<bool(std::int64_t, std::int64_t)>& less);
void SliceStable(const iface& x, const func<bool(std::int64_t, std::int64_t)>& less);
bool SliceIsSorted(const iface& x, const func<bool(std::int64_t, std::int64_t)>& less);

void Ints(const slice<std::int64_t>& x);
void Strings(const slice<string>& x);
void Float64s(const slice<double>& x);
bool IntsAreSorted(const slice<std::int64_t>& x);
bool StringsAreSorted(const slice<string>& x);
bool Float64sAreSorted(const slice<double>& x);

std::int64_t Search(std::int64_t n, const func<bool(std::int64_t)>& f);
std::int64_t SearchInts(const slice<std::int64_t>& a, std::int64_t x);
std::int64_t SearchStrings(const slice<string>& a, const string& x);
std::int64_t SearchFloat64s(const slice<double>& a, double x);

} // namespace mg::sort
