#pragma once
// A year key ("2017-18") held as a pointer to the one copy of its text.
// A tracker has a hundred thousand schemes of six years each: eight bytes a
// key instead of a 32-byte string, and keys compare equal by address.
#include <compare>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_set>

namespace fundbook {

class YearKey {
public:
  YearKey() : text_(&intern({})) {}
  // Interns the text: once per distinct key for the life of the process.
  explicit YearKey(std::string_view text) : text_(&intern(text)) {}

  const std::string &str() const { return *text_; }
  operator const std::string &() const { return *text_; }
  operator std::string_view() const { return *text_; }

  friend bool operator==(YearKey a, YearKey b) { return a.text_ == b.text_; }
  friend bool operator==(YearKey a, std::string_view b) { return *a.text_ == b; }
  // Ordered as their texts are, so years sort in time.
  friend std::strong_ordering operator<=>(YearKey a, YearKey b) { return *a.text_ <=> *b.text_; }
  friend std::strong_ordering operator<=>(YearKey a, std::string_view b) { return std::string_view(*a.text_) <=> b; }

  friend std::ostream &operator<<(std::ostream &os, YearKey k) { return os << *k.text_; }

private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // Keys come from parse_financial_year (1990-91 to 2099-00) and a few
  // labels, so the table stays small; it is never freed, so pointers hold.
  static const std::string &intern(std::string_view text) {
    static std::mutex mutex;
    static std::unordered_set<std::string, Hash, std::equal_to<>> table;
    std::lock_guard lock(mutex);
    auto it = table.find(text);
    if (it == table.end()) it = table.emplace(text).first;
    return *it;
  }

  const std::string *text_;
};

} // namespace fundbook
