#pragma once
// A text many objects hold the same copy of: the path of the file a hundred
// thousand schemes came from is one string, not a hundred thousand.
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace fundbook {

class SharedText {
public:
  // Empty without an allocation: a hundred thousand schemes start with one.
  SharedText() = default;
  SharedText(std::string text) : text_(std::make_shared<const std::string>(std::move(text))) {}
  SharedText(const char *text) : SharedText(std::string(text)) {}

  const std::string &str() const { return text_ ? *text_ : empty(); }
  operator const std::string &() const { return str(); }
  operator std::string_view() const { return str(); }
  bool operator==(const SharedText &o) const { return str() == o.str(); }
  friend std::ostream &operator<<(std::ostream &os, const SharedText &t) { return os << t.str(); }

private:
  static const std::string &empty() {
    static const std::string e;
    return e;
  }
  std::shared_ptr<const std::string> text_;
};

} // namespace fundbook
