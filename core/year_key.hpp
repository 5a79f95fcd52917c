#pragma once
// A year key ("2017-18") held as a pointer to the one copy of its text.
// A tracker has a hundred thousand schemes of six years each: eight bytes a
// key instead of a 32-byte string, and keys compare equal by address. Each
// key also has a number below kMaxKeys, so a YearMap holds a key in a byte.
#include <array>
#include <atomic>
#include <cassert>
#include <compare>
#include <cstdint>
#include <mutex>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_set>

namespace fundbook {

class YearKey {
public:
  // Keys are financial years (parse_financial_year: 1990-91 to 2099-00) and
  // the empty key: far fewer than this.
  static constexpr std::size_t kMaxKeys = 255;

  YearKey() : entry_(&intern({})) {}
  // Interns the text: once per distinct key for the life of the process.
  explicit YearKey(std::string_view text) : entry_(&intern(text)) {}

  const std::string &str() const { return entry_->text; }
  operator const std::string &() const { return entry_->text; }
  operator std::string_view() const { return entry_->text; }

  // The key's number, and the key of a number index() gave. Any other
  // number (past the table, or one no key has yet) is the caller's bug:
  // asserted in debug builds; a release build keeps its one load, as a
  // YearMap reads a key so for every figure.
  std::uint8_t index() const { return entry_->index; }
  static YearKey at_index(std::uint8_t i) {
    assert(i < kMaxKeys && "a number index() gave");
    const Entry *e = by_index()[i].load(std::memory_order_acquire);
    assert(e != nullptr && "a number index() gave");
    return YearKey(e);
  }

  friend bool operator==(YearKey a, YearKey b) { return a.entry_ == b.entry_; }
  friend bool operator==(YearKey a, std::string_view b) { return a.entry_->text == b; }
  // Ordered as their texts are, so years sort in time.
  friend std::strong_ordering operator<=>(YearKey a, YearKey b) { return a.entry_->text <=> b.entry_->text; }
  friend std::strong_ordering operator<=>(YearKey a, std::string_view b) {
    return std::string_view(a.entry_->text) <=> b;
  }

  friend std::ostream &operator<<(std::ostream &os, YearKey k) { return os << k.entry_->text; }

private:
  struct Entry {
    std::string text;
    std::uint8_t index;
  };
  explicit YearKey(const Entry *e) : entry_(e) {}
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    std::size_t operator()(const Entry &e) const { return (*this)(std::string_view(e.text)); }
  };
  struct Equal {
    using is_transparent = void;
    bool operator()(const Entry &a, const Entry &b) const { return a.text == b.text; }
    bool operator()(const Entry &a, std::string_view b) const { return a.text == b; }
    bool operator()(std::string_view a, const Entry &b) const { return a == b.text; }
  };
  static std::array<std::atomic<const Entry *>, kMaxKeys> &by_index() {
    static std::array<std::atomic<const Entry *>, kMaxKeys> table{};
    return table;
  }
  // Keys come from parse_financial_year (1990-91 to 2099-00) and a few
  // labels, so the table stays small; it is never freed, so pointers hold.
  static const Entry &intern(std::string_view text) {
    static std::mutex mutex;
    static std::unordered_set<Entry, Hash, Equal> table;
    std::lock_guard lock(mutex);
    auto it = table.find(text);
    if (it == table.end()) {
      if (table.size() >= kMaxKeys) throw std::length_error("more than 255 distinct financial-year keys");
      it = table.insert(Entry{std::string(text), static_cast<std::uint8_t>(table.size())}).first;
      by_index()[it->index].store(&*it, std::memory_order_release);
    }
    return *it;
  }

  const Entry *entry_;
};

} // namespace fundbook
