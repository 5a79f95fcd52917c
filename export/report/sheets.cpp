#include "export/report/sheets.hpp"

#include <array>

namespace fundbook::report {

// Each in its own file, with the Context it writes from (context.hpp).
void gpc_appendix(Context &ctx);
void scheme_profiles(Context &ctx);
void monitoring(Context &ctx);
void findings(Context &ctx);
void data(Context &ctx);
void chart(Context &ctx);

namespace {
constexpr std::array kSheets{
    SheetWriter{"GPC appendix", gpc_appendix},
    SheetWriter{"Scheme profiles", scheme_profiles},
    SheetWriter{"Monitoring", monitoring},
    SheetWriter{"Findings", findings},
    SheetWriter{"Data", data},
    SheetWriter{"Chart", chart},
};
} // namespace

std::span<const SheetWriter> sheet_writers() { return kSheets; }

const SheetWriter *find_sheet_writer(std::string_view name) {
  for (const SheetWriter &s : kSheets)
    if (s.name == name) return &s;
  return nullptr;
}

std::string sheet_names_text() {
  std::string out;
  for (const SheetWriter &s : kSheets) {
    if (!out.empty()) out += ", ";
    out += s.name;
  }
  return out;
}

} // namespace fundbook::report
