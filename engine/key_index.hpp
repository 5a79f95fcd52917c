#pragma once
// Where each scheme key was first seen, for reconcile: an open-addressing
// table of (hash, entry) with the keys and values in vectors beside it. A
// tracker has a hundred thousand keys; a node-based map allocates (and later
// frees) one node per key, which took longer than the rest of reconcile.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fundbook {

class KeyIndex {
public:
  explicit KeyIndex(std::size_t expected) {
    rehash(capacity_for(expected));
    keys_.reserve(expected);
    values_.reserve(expected);
  }

  // The value kept for key and false, or value and true if key is new.
  std::pair<std::size_t, bool> try_emplace(std::string key, std::size_t value) {
    std::uint64_t h = hash(key);
    std::size_t i = probe(key, h);
    if (slots_[i].entry) return {values_[slots_[i].entry - 1], false};
    keys_.push_back(std::move(key));
    values_.push_back(value);
    slots_[i] = {h, std::uint32_t(keys_.size())};
    if (keys_.size() * 2 > slots_.size()) rehash(slots_.size() * 2);
    return {value, true};
  }

  // The value kept for key, or nullptr.
  const std::size_t *find(std::string_view key) const {
    std::size_t i = probe(key, hash(key));
    return slots_[i].entry ? &values_[slots_[i].entry - 1] : nullptr;
  }

  std::size_t size() const { return keys_.size(); }

private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t entry = 0; // index into keys_ + 1; 0: empty
  };

  static std::uint64_t hash(std::string_view key) { return std::hash<std::string_view>{}(key); }
  static std::size_t capacity_for(std::size_t n) {
    std::size_t c = 16;
    while (c < n * 2) c *= 2;
    return c;
  }
  // The slot holding key, or the empty slot where it would go.
  std::size_t probe(std::string_view key, std::uint64_t h) const {
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot &s = slots_[i];
      if (!s.entry || (s.hash == h && keys_[s.entry - 1] == key)) return i;
    }
  }
  void rehash(std::size_t capacity) {
    std::vector<Slot> old(capacity);
    old.swap(slots_);
    std::size_t mask = capacity - 1;
    for (const Slot &s : old) {
      if (!s.entry) continue;
      std::size_t i = s.hash & mask;
      while (slots_[i].entry) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::string> keys_;
  std::vector<std::size_t> values_;
};

} // namespace fundbook
