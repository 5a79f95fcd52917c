// The table shapes, in the order they read a sheet: each claims the rows of
// the tables it finds, and the shapes after it pass those rows by. Adding a
// shape is its file (a function reading a sheet) and its line here.
#include <array>

#include "import/layout/shapes.hpp"

namespace fundbook::layout {

// Each in its own file, import/layout/<name>.cpp.
void profile_blocks(Context &ctx);
void year_tables(Context &ctx);
void rag_overview(Context &ctx);
void monitoring_schemes(Context &ctx);
void rating_summaries(Context &ctx);
void business_cases(Context &ctx);
void totals_tables(Context &ctx);
void unchecked_figures(Context &ctx);

namespace {
// Year tables before the monitoring shapes: a long tracker is claimed once
// and its rows are not examined again as possible headings. The figures no
// shape claimed are accounted for last.
constexpr std::array kShapes{
    Shape{"profile blocks", profile_blocks},         // a scheme's figures in Investment / Saving blocks
    Shape{"year tables", year_tables},               // workstream summaries and business-planning tables
    Shape{"RAG overview", rag_overview},             // the monitoring report's count by rating
    Shape{"monitoring schemes", monitoring_schemes}, // the monitoring report's schemes
    Shape{"business cases", business_cases},         // a business case's figures by year
    Shape{"rating summaries", rating_summaries},     // counts and sums by rating over a list on the sheet (claims none)
    Shape{"totals tables", totals_tables},           // any table with a Total column or row
    Shape{"unchecked figures", unchecked_figures},   // the figures of rows no shape claimed
};
} // namespace

std::span<const Shape> shapes() { return kShapes; }

void read_rows(const SheetView &v, RowByRow &shape) {
  for (std::uint32_t r : v.rows()) shape.row(r);
  shape.sheet_ends();
}

} // namespace fundbook::layout
