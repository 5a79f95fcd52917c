#pragma once
// A small streaming JSON writer: correct escaping, shortest round-trip numbers.
#include <string>
#include <string_view>
#include <vector>

namespace fundbook {

class JsonWriter {
public:
  JsonWriter &begin_object();
  JsonWriter &end_object();
  JsonWriter &begin_array();
  JsonWriter &end_array();
  JsonWriter &key(std::string_view k);
  JsonWriter &string(std::string_view s);
  JsonWriter &number(double v);
  JsonWriter &raw_number(std::string_view decimal); // exact decimal text, e.g. from Money
  JsonWriter &boolean(bool b);
  JsonWriter &null();
  const std::string &str() const { return out_; }

private:
  void comma();
  std::string out_;
  std::vector<bool> first_; // per open container: no element written yet
  bool after_key_ = false;
};

std::string json_escape(std::string_view s);

} // namespace fundbook
