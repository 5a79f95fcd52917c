#pragma once
// What every report sheet writer shares: the workbook, the formats made
// from the style, the years shown, and helpers for money cells.
#include <xlsxwriter.h>

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "engine/model.hpp"
#include "export/report/report.hpp"
#include "export/report/style.hpp"

namespace fundbook::report {

struct Formats {
  lxw_format *title;
  lxw_format *subtitle;
  lxw_format *header;     // text headings
  lxw_format *header_num; // year headings, right aligned
  lxw_format *text;
  lxw_format *wrap;
  // Prose after a column of figures (a message, a commentary) and its
  // heading: indented, so a right-aligned figure never runs into it.
  lxw_format *prose;
  lxw_format *header_prose;
  lxw_format *bold;
  lxw_format *money;       // £000, zero as "-"
  lxw_format *money_total; // bold with a top border
  lxw_format *money_bold;
  lxw_format *label_total;
  lxw_format *count;
  lxw_format *percent;
  lxw_format *ratio;
  lxw_format *link;
  lxw_format *rag_green;
  lxw_format *rag_amber;
  lxw_format *rag_red;
  lxw_format *sev_error;
  lxw_format *sev_warning;
  lxw_format *sev_info;
  lxw_format *note;
  // A stated figure a finding disagrees with: as the source states it, with
  // the template's "disagrees" fill and a box (which survives photocopying).
  lxw_format *money_marked;
  lxw_format *money_bold_marked;
  lxw_format *count_marked;
};

inline constexpr lxw_row_t kExcelRows = 1048576;

// "Data", then "Data (2)", "Data (3)"...: the sheets one long sheet continues on.
inline std::string continued_name(const std::string &name, int part) {
  return part <= 1 ? name : name + " (" + std::to_string(part) + ")";
}

struct Context {
  lxw_workbook *wb;
  const CheckResult &result;
  const ReportStyle &style;
  std::string date_text; // the report's date, for the footer
  std::vector<std::string> years;
  Formats f;
  // Rows a sheet may hold (Excel's limit); a longer sheet goes on in a
  // continuation sheet (continued_name).
  lxw_row_t rows_per_sheet = kExcelRows;
  SourceLinks links{}; // where links to source cells are relative to
  // The findings by the cell they are about (file, sheet, cell), so a sheet
  // that shows a stated figure can mark the ones a finding disagrees with.
  std::map<std::tuple<std::string_view, std::string_view, CellRef>, std::vector<const Finding *>> by_cell{};
  // A workstream by scheme reference, from the schemes that name theirs.
  std::map<std::string_view, std::string_view> workstream_by_ref{};
  // Each source file's link target, worked out once (source_link).
  mutable std::map<std::string, std::string, std::less<>> link_paths{};
};

void index_findings(Context &ctx);
const std::vector<const Finding *> *findings_at(const Context &ctx, std::string_view path, std::string_view sheet,
                                                CellRef cell);
// Writes a stated figure as stated; where findings disagree with it, in the
// marked format with a comment naming the computed value and each finding.
void write_stated(Context &ctx, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, Money stated,
                  const std::vector<const Finding *> *disagreeing, lxw_format *plain, lxw_format *marked,
                  bool as_count = false);
// The target of a link to a source file's cell: a relative URL (forward
// slashes, escaped), the file's location taken from ctx.links.
std::string source_link(const Context &ctx, const std::string &path, const std::string &sheet, CellRef cell);
// The scheme's workstream as stated, else as another scheme with the same
// reference states it, else empty.
std::string known_workstream(const Context &ctx, const SchemeRecord &s);

// Print set-up shared by every sheet: A4 landscape, one page wide, footer.
void print_setup(Context &ctx, lxw_worksheet *ws, const std::string &sheet_title, lxw_row_t repeat_first,
                 lxw_row_t repeat_last);
void write_money(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, Money m, lxw_format *f);
// A live formula that also carries the value fundbook computed.
void write_formula(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const std::string &formula, Money value, lxw_format *f);
// Text is always written as text, even when it starts with = + - or @.
void write_text(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const std::string &s, lxw_format *f);
// A scheme's title, which may be a view of a workbook's texts (no NUL after it).
void write_title(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const PoolText &s, lxw_format *f);
std::string cell_name(lxw_row_t r, lxw_col_t c);
std::string range_name(lxw_row_t r1, lxw_col_t c1, lxw_row_t r2, lxw_col_t c2);
lxw_format *rag_format(const Context &ctx, const std::string &rag);
// Neither Excel nor LibreOffice grows a row for wrapped text written by
// libxlsxwriter, so the height is set from the longest wrapped cell:
// each entry is the text and the width of its column.
double chars_per_line(const Context &ctx, double width);
// A text's first line at `per_line` characters, broken at a space, and the rest.
std::pair<std::string, std::string> split_line(std::string_view text, double per_line);
void fit_row(const Context &ctx, lxw_worksheet *ws, lxw_row_t r,
             std::initializer_list<std::pair<std::string_view, double>> cells);

// A new sheet with the report's row height.
lxw_worksheet *add_sheet(Context &ctx, const std::string &name);

} // namespace fundbook::report
