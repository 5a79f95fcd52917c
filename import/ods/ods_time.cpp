#include "import/ods/ods_time.hpp"

#include <cstdlib>
#include <cstring>

namespace fundbook {

void ElapsedTimeStyles::start(std::string_view name, const XmlAttrs &a) {
  if (name == "time-style") {
    const char *n = a.get("name");
    const char *t = a.get("truncate-on-overflow");
    if (n && t && std::strcmp(t, "false") == 0) elapsed_data_styles_.insert(n);
  } else if (name == "style") {
    const char *n = a.get("name");
    const char *d = a.get("data-style-name");
    if (n && d) data_style_of_[n] = d;
  }
}

bool ElapsedTimeStyles::elapsed(const char *cell_style) const {
  if (!cell_style) return false;
  auto it = data_style_of_.find(cell_style);
  return it != data_style_of_.end() && elapsed_data_styles_.contains(it->second);
}

std::optional<double> duration_days(const char *value) {
  const char *p = value;
  bool negative = *p == '-';
  if (negative) ++p;
  if (*p++ != 'P') return std::nullopt;
  double seconds = 0;
  bool in_time = false, any = false;
  while (*p) {
    if (*p == 'T') {
      in_time = true;
      ++p;
      continue;
    }
    char *end = nullptr;
    double n = std::strtod(p, &end);
    if (end == p || !*end) return std::nullopt;
    switch (*end) {
    case 'D': seconds += n * 86400; break;
    case 'H': seconds += n * 3600; break;
    case 'M':
      if (!in_time) return std::nullopt; // months have no fixed length
      seconds += n * 60;
      break;
    case 'S': seconds += n; break;
    default: return std::nullopt;
    }
    any = true;
    p = end + 1;
  }
  if (!any) return std::nullopt;
  return (negative ? -seconds : seconds) / 86400.0;
}

} // namespace fundbook
