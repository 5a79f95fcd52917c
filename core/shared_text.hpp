#pragma once
// A text many objects hold the same copy of: the path of the file a hundred
// thousand schemes came from is one string, not a hundred thousand.
#include <memory>
#include <string>
#include <string_view>

namespace fundbook {

class SharedText {
public:
  SharedText() : text_(std::make_shared<const std::string>()) {}
  SharedText(std::string text) : text_(std::make_shared<const std::string>(std::move(text))) {}
  SharedText(const char *text) : SharedText(std::string(text)) {}

  const std::string &str() const { return *text_; }
  operator const std::string &() const { return *text_; }
  operator std::string_view() const { return *text_; }
  bool operator==(const SharedText &o) const { return *text_ == *o.text_; }

private:
  std::shared_ptr<const std::string> text_;
};

} // namespace fundbook
