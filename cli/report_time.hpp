#pragma once
// The date a report is made on: SOURCE_DATE_EPOCH when set (reproducible
// builds of the same report), else now.
#include <cstdlib>
#include <ctime>

namespace fundbook::cli {

inline std::time_t report_time() {
  if (const char *e = std::getenv("SOURCE_DATE_EPOCH")) {
    char *end = nullptr;
    long long v = std::strtoll(e, &end, 10);
    if (end && end != e && *end == '\0' && v >= 0) return std::time_t(v);
  }
  return std::time(nullptr);
}

} // namespace fundbook::cli
