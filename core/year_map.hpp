#pragma once
// Figures keyed by financial year ("2017-18"), in year order. A scheme has a
// handful of years and a tracker a million schemes, so a map is one pointer
// (an empty one allocates nothing) to one block: its count and room, a byte
// per key (YearKey::index) and the values, the keys held once per map rather
// than an 8-byte key beside each value. Six 16-byte figures take 104 bytes
// (a vector of key and value pairs took 144, and 24 more in the record).
//
// Iterating gives {first: the key, second: the value} as std::map does; the
// pair is made on each `*it` and held in the iterator, so a reference to it
// lasts as long as the iterator (a range-for's), not beyond.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "core/year_key.hpp"

namespace fundbook {

template <class T> class YearMap {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                "values are moved as bytes when the block grows");
  static_assert(alignof(T) <= __STDCPP_DEFAULT_NEW_ALIGNMENT__);

public:
  using value_type = std::pair<YearKey, T>;
  template <bool Const> struct Entry {
    YearKey first;
    std::conditional_t<Const, const T &, T &> second;
  };

  template <bool Const> class Iter {
    using Map = std::conditional_t<Const, const YearMap, YearMap>;

  public:
    using iterator_category = std::forward_iterator_tag;
    using difference_type = std::ptrdiff_t;
    using value_type = Entry<Const>;
    using reference = Entry<Const> &;
    using pointer = Entry<Const> *;

    Iter() = default;
    Iter(Map *m, std::size_t i) : m_(m), i_(i) {}
    // An iterator converts to a const_iterator.
    operator Iter<true>() const requires(!Const) { return Iter<true>(m_, i_); }

    reference operator*() const {
      return *::new (static_cast<void *>(stash_)) Entry<Const>{m_->key_at(i_), m_->value_at(i_)};
    }
    pointer operator->() const { return &**this; }
    Iter &operator++() {
      ++i_;
      return *this;
    }
    Iter operator++(int) {
      Iter t(*this);
      ++i_;
      return t;
    }
    Iter operator+(difference_type n) const { return Iter(m_, std::size_t(difference_type(i_) + n)); }
    difference_type operator-(const Iter &o) const { return difference_type(i_) - difference_type(o.i_); }
    bool operator==(const Iter &o) const { return i_ == o.i_; }
    std::size_t index() const { return i_; }

  private:
    Map *m_ = nullptr;
    std::size_t i_ = 0;
    alignas(Entry<Const>) mutable unsigned char stash_[sizeof(Entry<Const>)] = {};
  };
  using iterator = Iter<false>;
  using const_iterator = Iter<true>;

  YearMap() = default;
  YearMap(std::initializer_list<std::pair<std::string_view, T>> items) {
    for (auto &i : items) (*this)[i.first] = i.second;
  }
  YearMap(const YearMap &o) {
    if (o.empty()) return;
    grow(o.size());
    std::memcpy(keys(), o.keys(), o.size());
    std::memcpy(static_cast<void *>(values()), o.values(), o.size() * sizeof(T));
    set_size(o.size());
  }
  YearMap(YearMap &&o) noexcept : b_(std::exchange(o.b_, nullptr)) {}
  YearMap &operator=(const YearMap &o) {
    if (this != &o) {
      YearMap copy(o);
      std::swap(b_, copy.b_);
    }
    return *this;
  }
  YearMap &operator=(YearMap &&o) noexcept {
    if (this != &o) { // as the move constructor: the source is left empty
      ::operator delete(b_);
      b_ = std::exchange(o.b_, nullptr);
    }
    return *this;
  }
  ~YearMap() { ::operator delete(b_); }

  iterator begin() { return {this, 0}; }
  iterator end() { return {this, size()}; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }
  std::size_t size() const { return b_ ? b_[0] : 0; }
  bool empty() const { return size() == 0; }
  void reserve(std::size_t n) {
    n = std::min(n, YearKey::kMaxKeys);
    if (n > capacity()) grow(n);
  }

  // The i-th key and value, in year order.
  YearKey key_at(std::size_t i) const { return YearKey::at_index(keys()[i]); }
  T &value_at(std::size_t i) { return values()[i]; }
  const T &value_at(std::size_t i) const { return values()[i]; }

  const_iterator find(std::string_view key) const {
    std::size_t i = lower(key);
    return {this, i < size() && key_at(i) == key ? i : size()};
  }
  iterator find(std::string_view key) {
    std::size_t i = lower(key);
    return {this, i < size() && key_at(i) == key ? i : size()};
  }
  std::size_t count(std::string_view key) const { return find(key) == end() ? 0 : 1; }
  const T &at(std::string_view key) const {
    auto it = find(key);
    if (it == end()) throw std::out_of_range("no figure for " + std::string(key));
    return value_at(it.index());
  }
  T &operator[](std::string_view key) {
    std::size_t i = lower(key);
    if (i < size() && key_at(i) == key) return value_at(i);
    return insert_at(i, YearKey(key));
  }
  // With a key already interned: no lookup in the key table.
  T &operator[](YearKey key) {
    std::size_t n = size();
    if (n == 0 || key_at(n - 1) < key) return insert_at(n, key);
    std::size_t i = lower(key.str());
    if (i < n && key_at(i) == key) return value_at(i);
    return insert_at(i, key);
  }
  // For a copy from another YearMap, whose keys are already in order.
  void append_in_order(YearKey key, T value) { insert_at(size(), key) = value; }
  bool operator==(const YearMap &o) const {
    if (size() != o.size()) return false;
    for (std::size_t i = 0; i < size(); ++i)
      if (keys()[i] != o.keys()[i] || !(value_at(i) == o.value_at(i))) return false;
    return true;
  }

private:
  // The block: size and room (a byte each), a key's number per place, then
  // the values from the first offset T's alignment allows.
  static constexpr std::size_t kHead = 2;
  static constexpr std::size_t values_offset(std::size_t cap) {
    return (kHead + cap + alignof(T) - 1) / alignof(T) * alignof(T);
  }
  std::size_t capacity() const { return b_ ? b_[1] : 0; }
  void set_size(std::size_t n) { b_[0] = static_cast<unsigned char>(n); }
  std::uint8_t *keys() { return b_ + kHead; }
  const std::uint8_t *keys() const { return b_ + kHead; }
  T *values() { return reinterpret_cast<T *>(b_ + values_offset(capacity())); }
  const T *values() const { return reinterpret_cast<const T *>(b_ + values_offset(capacity())); }

  void grow(std::size_t cap) {
    std::size_t n = size();
    auto *nb = static_cast<std::uint8_t *>(::operator new(values_offset(cap) + cap * sizeof(T)));
    nb[0] = static_cast<std::uint8_t>(n);
    nb[1] = static_cast<std::uint8_t>(cap);
    if (b_) {
      std::memcpy(nb + kHead, keys(), n);
      std::memcpy(nb + values_offset(cap), static_cast<const void *>(values()), n * sizeof(T));
      ::operator delete(b_);
    }
    b_ = nb;
  }
  T &insert_at(std::size_t i, YearKey key) {
    std::size_t n = size();
    if (n == capacity()) {
      // Each key at most once, so a map never holds more than there are keys.
      if (n >= YearKey::kMaxKeys) throw std::length_error("a year map of more than 255 years");
      grow(std::min(std::max<std::size_t>(4, n * 2), YearKey::kMaxKeys));
    }
    std::memmove(keys() + i + 1, keys() + i, n - i);
    std::memmove(static_cast<void *>(values() + i + 1), values() + i, (n - i) * sizeof(T));
    keys()[i] = key.index();
    set_size(n + 1);
    return *::new (static_cast<void *>(values() + i)) T{};
  }
  // The first place whose key is not before `key`.
  std::size_t lower(std::string_view key) const {
    std::size_t lo = 0, hi = size();
    if (hi && key_at(hi - 1) < key) return hi;
    while (lo < hi) {
      std::size_t mid = (lo + hi) / 2;
      if (key_at(mid) < key)
        lo = mid + 1;
      else
        hi = mid;
    }
    return lo;
  }

  std::uint8_t *b_ = nullptr;
};

} // namespace fundbook
