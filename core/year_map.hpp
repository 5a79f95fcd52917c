#pragma once
// Figures keyed by financial year ("2017-18"), in year order. A sorted vector
// of (interned key, value) rather than a tree of strings: a scheme has a
// handful of years, and a tracker has a hundred thousand schemes, so the
// per-node and per-string costs of std::map<std::string, T> add up.
#include <algorithm>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/year_key.hpp"

namespace fundbook {

template <class T> class YearMap {
public:
  using value_type = std::pair<YearKey, T>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  YearMap() = default;
  YearMap(std::initializer_list<std::pair<std::string_view, T>> items) {
    for (auto &i : items) (*this)[i.first] = i.second;
  }

  iterator begin() { return v_.begin(); }
  iterator end() { return v_.end(); }
  const_iterator begin() const { return v_.begin(); }
  const_iterator end() const { return v_.end(); }
  std::size_t size() const { return v_.size(); }
  void reserve(std::size_t n) { v_.reserve(n); }
  bool empty() const { return v_.empty(); }

  const_iterator find(std::string_view key) const {
    auto it = lower(key);
    return (it != v_.end() && it->first == key) ? it : v_.end();
  }
  iterator find(std::string_view key) {
    auto it = lower(key);
    return (it != v_.end() && it->first == key) ? it : v_.end();
  }
  std::size_t count(std::string_view key) const { return find(key) == end() ? 0 : 1; }
  const T &at(std::string_view key) const {
    auto it = find(key);
    if (it == end()) throw std::out_of_range("no figure for " + std::string(key));
    return it->second;
  }
  T &operator[](std::string_view key) {
    auto it = lower(key);
    if (it != v_.end() && it->first == key) return it->second;
    return v_.insert(it, value_type(YearKey(key), T{}))->second;
  }
  // With a key already interned: no lookup in the key table.
  T &operator[](YearKey key) {
    if (v_.empty() || v_.back().first < key) return v_.emplace_back(key, T{}).second;
    auto it = lower(key.str());
    if (it != v_.end() && it->first == key) return it->second;
    return v_.insert(it, value_type(key, T{}))->second;
  }
  // For a copy from another YearMap, whose keys are already in order.
  void append_in_order(YearKey key, T value) { v_.emplace_back(key, std::move(value)); }
  bool operator==(const YearMap &o) const { return v_ == o.v_; }

private:
  iterator lower(std::string_view key) {
    if (v_.empty() || v_.back().first < key) return v_.end();
    return std::lower_bound(v_.begin(), v_.end(), key,
                            [](const value_type &a, std::string_view k) { return a.first < k; });
  }
  const_iterator lower(std::string_view key) const {
    if (v_.empty() || v_.back().first < key) return v_.end();
    return std::lower_bound(v_.begin(), v_.end(), key,
                            [](const value_type &a, std::string_view k) { return a.first < k; });
  }
  std::vector<value_type> v_;
};

} // namespace fundbook
