#include "import/ods/ods_number_styles.hpp"

#include <cstdlib>
#include <cstring>

#include "import/grid.hpp"

namespace fundbook {

namespace {
// number:display-factor="1000" shows thousands, as Excel's trailing comma.
int thousands_of(const char *factor) {
  if (!factor) return 0;
  std::string_view f(factor);
  if (f == "1") return 0;
  if (f == "1000") return 1;
  if (f == "1000000") return 2;
  if (f == "1000000000") return 3;
  return -1;
}
} // namespace

void NumberStyles::start(std::string_view name, const XmlAttrs &a) {
  if (in_data_style_.empty() && name != "style" && name != "number-style" && name != "currency-style") return;
  forget_asked();
  if (name == "number-style" || name == "currency-style") {
    const char *n = a.get("name");
    in_data_style_ = n ? n : "";
    if (!in_data_style_.empty()) data_styles_[in_data_style_] = DataStyle{};
  } else if (in_data_style_.empty()) {
    if (name != "style") return;
    const char *n = a.get("name");
    if (!n) return;
    const char *d = a.get("data-style-name");
    const char *p = a.get("parent-style-name");
    if (d || p) cell_styles_[n] = CellStyle{d ? d : "", p ? p : ""};
  } else if (name == "number") {
    const char *places = a.get("decimal-places");
    int thousands = thousands_of(a.get("display-factor"));
    DataStyle &d = data_styles_[in_data_style_];
    d.number = true;
    if (places && thousands >= 0) d.step = shown_step::code(std::atoi(places), thousands);
  } else if (name == "map") {
    if (const char *to = a.get("apply-style-name")) data_styles_[in_data_style_].maps.emplace_back(to);
  }
}

// A style's own step where every section that shows a number shows it to
// the same step: the positive and negative numbers may be two styles (one
// maps to the other), as Excel's two sections are; a zero shown as "-" is
// no number.
std::uint8_t NumberStyles::data_step(std::string_view name) const {
  auto it = data_styles_.find(name);
  if (it == data_styles_.end()) return shown_step::kUnknown;
  bool any = false;
  std::uint8_t step = shown_step::kUnknown;
  auto take = [&](const DataStyle &d) {
    if (!d.number) return true;
    if (any && d.step != step) return false;
    any = true;
    step = d.step;
    return true;
  };
  if (!take(it->second)) return shown_step::kUnknown;
  for (const std::string &to : it->second.maps) {
    auto m = data_styles_.find(to);
    if (m != data_styles_.end() && !take(m->second)) return shown_step::kUnknown;
  }
  return step;
}

void NumberStyles::end(std::string_view name) {
  if (name == "number-style" || name == "currency-style") in_data_style_.clear();
}

std::uint8_t NumberStyles::step(const char *cell_style) const {
  if (!cell_style) return shown_step::kUnknown;
  for (const Asked &a : asked_)
    if (a.valid && a.style == cell_style) return a.step;
  std::uint8_t code = shown_step::kUnknown;
  std::string_view at = cell_style;
  // A style inherits its parent's data style; a few levels at most in
  // practice, and a loop in a damaged file ends here.
  for (int depth = 0; depth < 8; ++depth) {
    auto it = cell_styles_.find(at);
    if (it == cell_styles_.end()) break;
    if (!it->second.data_style.empty()) {
      code = data_step(it->second.data_style);
      break;
    }
    if (it->second.parent.empty()) break;
    at = it->second.parent;
  }
  Asked &slot = asked_[older_];
  older_ ^= 1U;
  slot.style = cell_style;
  slot.step = code;
  slot.valid = true;
  return code;
}

} // namespace fundbook
