// mg::map<K, V>, Go's map[K]V: a nil-able handle to a hash table on the GC heap.
//
// Layout: entries are kept in insertion order in a dense array (each with a sequence number),
// and an open-addressing index of positions finds them by hash. Deleting marks an entry dead;
// the table is compacted when the dense array fills up. Iteration starts at a random entry and
// wraps around, as Go randomises its start; it follows sequence numbers rather than positions,
// so it stays correct when the map is compacted or grown during the loop: every entry present
// for the whole loop is produced exactly once, deleted entries not yet reached are skipped,
// and entries added during the loop may or may not be produced (all as the Go spec allows).
#pragma once
#include "minigo/gc.h"
#include "minigo/hash.h"
#include "minigo/rterror.h"
#include "minigo/slice.h"

#include <cstdint>
#include <initializer_list>
#include <new>
#include <tuple>
#include <utility>

namespace mg {

// A fast per-thread pseudo-random number (map iteration starts, select order, hash seeds).
std::uint64_t fastrand();

template <class K, class V> struct map_entry {
  K key;
  V value;
  std::uint64_t seq;
  std::uint64_t hash;
  bool live;
};
template <class K, class V>
struct pointer_free<map_entry<K, V>>
    : std::bool_constant<pointer_free<K>::value && pointer_free<V>::value> {};

template <class K, class V> struct map_table {
  map_entry<K, V>* entries = nullptr;
  std::int64_t used = 0;         // entries[0, used) are filled (live or dead)
  std::int64_t ecap = 0;         // capacity of entries
  std::int64_t count = 0;        // live entries
  std::int32_t* index = nullptr; // -1 empty, else a position in entries
  std::uint64_t mask = 0;        // index size - 1
  std::uint64_t next_seq = 0;
  std::uint64_t seed = 0;

  std::uint64_t hash_of(const K& k) const { return hash_combine(seed, mg_hash(k)); }

  // Position of k's live entry, or -1.
  std::int64_t find(const K& k, std::uint64_t h) const {
    if (index == nullptr)
      return -1;
    for (std::uint64_t i = h & mask;; i = (i + 1) & mask) {
      std::int32_t pos = index[i];
      if (pos < 0)
        return -1;
      const map_entry<K, V>& e = entries[pos];
      if (e.live && e.hash == h && e.key == k)
        return pos;
    }
  }

  // Rebuilds with room for at least `need` entries, dropping dead ones (order is kept).
  void rebuild(std::int64_t need) {
    std::int64_t cap = 8;
    while (cap < need * 2 || cap < count * 2)
      cap *= 2;
    map_entry<K, V>* ne = gc_alloc_array<map_entry<K, V>>(cap);
    std::int64_t n = 0;
    for (std::int64_t i = 0; i < used; i++)
      if (entries[i].live)
        ne[n++] = entries[i];
    std::uint64_t isize = std::uint64_t(cap) * 2;
    std::int32_t* ni =
        static_cast<std::int32_t*>(gc_alloc_atomic_bytes(isize * sizeof(std::int32_t)));
    for (std::uint64_t i = 0; i < isize; i++)
      ni[i] = -1;
    std::uint64_t nmask = isize - 1;
    for (std::int64_t p = 0; p < n; p++) {
      std::uint64_t i = ne[p].hash & nmask;
      while (ni[i] >= 0)
        i = (i + 1) & nmask;
      ni[i] = std::int32_t(p);
    }
    entries = ne;
    used = n;
    ecap = cap;
    index = ni;
    mask = nmask;
  }

  // The live entry for k, inserting a zero value if absent.
  V& ref(const K& k) {
    std::uint64_t h = hash_of(k);
    std::int64_t pos = find(k, h);
    if (pos >= 0)
      return entries[pos].value;
    if (used == ecap)
      rebuild(count + 1);
    pos = used++;
    map_entry<K, V>& e = entries[pos];
    e.key = k;
    e.value = V();
    e.seq = next_seq++;
    e.hash = h;
    e.live = true;
    count++;
    std::uint64_t i = h & mask;
    // Reuse a slot of a dead entry or an empty one: lookups skip dead entries either way.
    while (index[i] >= 0 && entries[index[i]].live)
      i = (i + 1) & mask;
    index[i] = std::int32_t(pos);
    return e.value;
  }

  void erase(const K& k) {
    std::int64_t pos = find(k, hash_of(k));
    if (pos < 0)
      return;
    entries[pos].live = false;
    entries[pos].key = K();
    entries[pos].value = V();
    count--;
  }

  // First position whose seq is >= s (entries are sorted by seq).
  std::int64_t lower_bound_seq(std::uint64_t s) const {
    std::int64_t lo = 0, hi = used;
    while (lo < hi) {
      std::int64_t mid = (lo + hi) / 2;
      if (entries[mid].seq < s)
        lo = mid + 1;
      else
        hi = mid;
    }
    return lo;
  }
};

template <class K, class V> class map;

// One range loop over a map: for (auto it = m.iterate(); it.next();) use(it.key(), it.value());
template <class K, class V> class map_iter {
public:
  map_iter() = default;
  explicit map_iter(map_table<K, V>* t) : t_(t) {
    if (t_ == nullptr || t_->count == 0) {
      t_ = nullptr;
      return;
    }
    std::int64_t start = std::int64_t(fastrand() % std::uint64_t(t_->used));
    start_seq_ = t_->entries[start].seq;
    next_seq_ = start_seq_;
  }
  // Advances to the next entry; false when the loop is over.
  bool next() {
    if (t_ == nullptr)
      return false;
    for (;;) {
      std::int64_t pos = t_->lower_bound_seq(next_seq_);
      // Phase 0: sequence numbers from the start to the newest; phase 1: the oldest up to start.
      for (; pos < t_->used; pos++) {
        const map_entry<K, V>& e = t_->entries[pos];
        if (wrapped_ && e.seq >= start_seq_)
          break;
        if (e.live) {
          cur_ = pos;
          next_seq_ = e.seq + 1;
          return true;
        }
      }
      if (wrapped_ || start_seq_ == 0) {
        t_ = nullptr;
        return false;
      }
      wrapped_ = true;
      next_seq_ = 0;
    }
  }
  const K& key() const { return t_->entries[cur_].key; }
  V& value() const { return t_->entries[cur_].value; }

private:
  map_table<K, V>* t_ = nullptr;
  std::uint64_t start_seq_ = 0;
  std::uint64_t next_seq_ = 0;
  std::int64_t cur_ = 0;
  bool wrapped_ = false;
};

// Usage: auto m = mg::make_map<mg::string, int64_t>(0); m.ref("a") += 1; m.get("a");
//        auto [v, ok] = m.lookup("b"); m.erase("a"); m.len();
// Literal: mg::map<mg::string, int64_t>{{"a", 1}, {"b", 2}}.
template <class K, class V> class map {
public:
  using key_type = K;
  using mapped_type = V;
  map() = default;
  map(std::nullptr_t) {}
  explicit map(map_table<K, V>* t) : t_(t) {}
  map(std::initializer_list<std::pair<K, V>> il) : t_(new_table()) {
    for (const auto& kv : il)
      t_->ref(kv.first) = kv.second;
  }
  static map_table<K, V>* new_table() {
    auto* t = gc_new<map_table<K, V>>();
    t->seed = fastrand();
    return t;
  }

  std::int64_t len() const { return t_ ? t_->count : 0; }
  bool is_nil() const { return t_ == nullptr; }
  friend bool operator==(const map& m, std::nullptr_t) { return m.t_ == nullptr; }
  map_table<K, V>* table() const { return t_; }

  // v := m[k]: the zero value when absent (also on a nil map).
  V get(const K& k) const {
    if (t_ == nullptr)
      return V();
    std::int64_t pos = t_->find(k, t_->hash_of(k));
    return pos >= 0 ? t_->entries[pos].value : V();
  }
  // v, ok := m[k].
  std::tuple<V, bool> lookup(const K& k) const {
    if (t_ == nullptr)
      return {V(), false};
    std::int64_t pos = t_->find(k, t_->hash_of(k));
    if (pos < 0)
      return {V(), false};
    return {t_->entries[pos].value, true};
  }
  // m[k] as an lvalue (m[k] = v, m[k] += v, m[k].f = ...): inserts the zero value first.
  // The reference is valid until the next insertion.
  V& ref(const K& k) const {
    if (t_ == nullptr) [[unlikely]]
      panic_nil_map_write();
    return t_->ref(k);
  }
  // m[k] = v.
  void set(const K& k, V v) const { ref(k) = std::move(v); }
  // delete(m, k): a no-op on a nil map or a missing key.
  void erase(const K& k) const {
    if (t_ != nullptr)
      t_->erase(k);
  }
  // clear(m).
  void clear() const {
    if (t_ == nullptr)
      return;
    for (std::int64_t i = 0; i < t_->used; i++)
      if (t_->entries[i].live) {
        t_->entries[i].live = false;
        t_->entries[i].key = K();
        t_->entries[i].value = V();
      }
    t_->count = 0;
  }
  map_iter<K, V> iterate() const { return map_iter<K, V>(t_); }

private:
  map_table<K, V>* t_ = nullptr;
};

// make(map[K]V, hint).
template <class K, class V> map<K, V> make_map(std::int64_t hint = 0) {
  // A negative hint is ignored at run time, as in Go.
  auto* t = map<K, V>::new_table();
  if (hint > 0)
    t->rebuild(hint);
  return map<K, V>(t);
}

} // namespace mg
