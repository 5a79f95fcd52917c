#pragma once
// ODS time cells as Excel shows the same cells: a time value under an elapsed
// format ([HH]:MM, number:truncate-on-overflow="false" in the data style) is
// a duration, which the xlsx and xls readers give as a number of days; under
// any other time format it is a time of day.
#include <map>
#include <optional>
#include <set>
#include <string>

#include "import/xml_stream.hpp"

namespace fundbook {

// Collects, from styles.xml and content.xml, which cell styles show elapsed
// durations.
class ElapsedTimeStyles {
public:
  void start(std::string_view name, const XmlAttrs &a);
  bool elapsed(const char *cell_style) const;

private:
  std::set<std::string> elapsed_data_styles_;
  std::map<std::string, std::string> data_style_of_; // cell style -> its number format
};

// An ISO 8601 duration (office:time-value, "PT36H30M00S", "-PT2H") in days,
// or nothing when it is not one.
std::optional<double> duration_days(const char *value);

} // namespace fundbook
