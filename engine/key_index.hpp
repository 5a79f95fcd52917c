#pragma once
// Where each scheme key was first seen, for reconcile: an open-addressing
// table of (hash, value) pairs, eight bytes a slot. A tracker has a hundred
// thousand keys; a node-based map allocates (and later frees) a node and a
// key per scheme, which took longer than the rest of reconcile. The keys are
// not kept: key_of(value) makes a stored value's key again when a hash
// matches (a repeat, or a rare collision), so the table is all it holds.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace fundbook {

template <class KeyOf> class KeyIndex {
public:
  KeyIndex(std::size_t expected, KeyOf key_of) : key_of_(std::move(key_of)) { rehash(capacity_for(expected)); }

  // The value kept for key and false, or value and true if key is new.
  std::pair<std::size_t, bool> try_emplace(std::string_view key, std::size_t value) {
    std::uint32_t h = hash(key);
    std::size_t i = probe(key, h);
    if (slots_[i].value) return {slots_[i].value - 1, false};
    slots_[i] = {h, std::uint32_t(value + 1)};
    if (++size_ * 2 > slots_.size()) rehash(slots_.size() * 2);
    return {value, true};
  }

  std::optional<std::size_t> find(std::string_view key) const {
    std::size_t i = probe(key, hash(key));
    if (!slots_[i].value) return std::nullopt;
    return slots_[i].value - 1;
  }

  std::size_t size() const { return size_; }
  // Room for n keys without growing on the way (growing holds the old table
  // beside the new one: for a 100,000-scheme tracker, 1 MB above its size).
  void reserve(std::size_t n) {
    if (capacity_for(n) > slots_.size()) rehash(capacity_for(n));
  }

private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t value = 0; // value + 1; 0: empty
  };

  static std::uint32_t hash(std::string_view key) {
    std::uint64_t h = std::hash<std::string_view>{}(key);
    return std::uint32_t(h ^ (h >> 32));
  }
  static std::size_t capacity_for(std::size_t n) {
    std::size_t c = 16;
    while (c < n * 2) c *= 2;
    return c;
  }
  // The slot holding key, or the empty slot where it would go.
  std::size_t probe(std::string_view key, std::uint32_t h) const {
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot &s = slots_[i];
      if (!s.value || (s.hash == h && key_of_(s.value - 1) == key)) return i;
    }
  }
  void rehash(std::size_t capacity) {
    std::vector<Slot> old(capacity);
    old.swap(slots_);
    std::size_t mask = capacity - 1;
    for (const Slot &s : old) {
      if (!s.value) continue;
      std::size_t i = s.hash & mask;
      while (slots_[i].value) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  KeyOf key_of_;
  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

} // namespace fundbook
