// xlsx / xlsm ([MS-XLSX], ECMA-376): the package names the workbook part
// (xlsx_package), which lists the sheets and names the shared strings and
// styles (xlsx_workbook, xlsx_shared_strings, xlsx_styles); then each
// sheet's part is streamed (xlsx_sheet). Every part goes through the house's
// XML tokenizer, or expat where it is not certain (import/xml_part.hpp); no
// DOM is built.
#include <string>
#include <vector>

#include "import/read_error.hpp"
#include "import/reader.hpp"
#include "import/xlsx/xlsx_package.hpp"
#include "import/xlsx/xlsx_shared_strings.hpp"
#include "import/xlsx/xlsx_sheet.hpp"
#include "import/xlsx/xlsx_styles.hpp"
#include "import/xlsx/xlsx_workbook.hpp"
#include "import/xml_part.hpp"
#include "import/xml_pull.hpp"

namespace fundbook {

Workbook XlsxReader::read(const std::string &path, const Limits &limits) const {
  // Whatever the tokenizer is not certain of, expat reads from the start
  // (the sink forgetting what it took): the same cells, or the message it
  // always gave.
  try {
    return read_by(path, limits, XmlParser::Own);
  } catch (const XmlPull::Unsure &) {
    if (sink_) sink_->abandon();
  }
  return read_by(path, limits, XmlParser::Expat);
}

Workbook XlsxReader::read_by(const std::string &path, const Limits &limits, XmlParser parser) const {
  if (!sink_) return read_with(path, limits, nullptr, parser);
  try {
    return read_with(path, limits, sink_, parser);
  } catch (const xlsx::StreamRestart &) {
    sink_->abandon();
    return read_with(path, limits, nullptr, parser);
  }
}

Workbook XlsxReader::read_with(const std::string &path, const Limits &limits, RowSink *sink, XmlParser parser) const {
  ZipPackage zip(path, limits);
  Workbook wb;
  wb.path = path;
  wb.format = "xlsx";

  std::string wb_part = xlsx::workbook_part(zip, limits, parser, wb);
  xlsx::WorkbookPart workbook = xlsx::read_workbook_part(zip, wb_part, limits, parser);

  std::vector<std::uint32_t> shared;
  std::vector<xlsx::NumberFormat> xf_shown;
  if (!workbook.shared_strings_part.empty() && zip.has(workbook.shared_strings_part))
    shared = xlsx::read_shared_strings(zip, workbook.shared_strings_part, wb, limits, parser);
  if (!workbook.styles_part.empty() && zip.has(workbook.styles_part))
    xf_shown = xlsx::read_cell_formats(zip, workbook.styles_part, limits, parser);

  xlsx::SheetContext context{shared, xf_shown, workbook.date1904, limits, sink, parser};
  for (auto &entry : workbook.sheets) {
    auto it = workbook.rels.find(entry.rid);
    if (it == workbook.rels.end()) continue;
    const xlsx::Relationship &r = it->second;
    // Chartsheets and dialog sheets hold no cells; Excel 4 macro sheets do.
    if (!r.type.ends_with("/worksheet") && !r.type.ends_with("/xlMacrosheet") && !r.type.ends_with("/xlIntlMacrosheet"))
      continue;
    Sheet sheet;
    sheet.name = entry.name;
    sheet.hidden = entry.hidden;
    if (r.target.empty()) {
      wb.warnings.push_back("sheet '" + entry.name + "' points outside the package and was not read");
      wb.sheets.push_back(std::move(sheet));
      continue;
    }
    if (!zip.has(r.target)) {
      wb.warnings.push_back("sheet '" + entry.name + "' is missing from the file (no part " + r.target + ")");
      wb.sheets.push_back(std::move(sheet));
      continue;
    }
    xlsx::read_sheet(zip, r.target, context, sheet, wb);
    wb.sheets.push_back(std::move(sheet));
  }
  bool any_read = false;
  for (auto &s : wb.sheets) any_read = any_read || !s.cells.empty();
  if (!any_read && !wb.warnings.empty()) {
    throw ReadError(ReadError::Kind::Damaged,
                    wb.warnings.front() + ": the file is damaged; open it in Excel and save it again");
  }
  return wb;
}

} // namespace fundbook
