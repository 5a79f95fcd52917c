#include "import/formats.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "import/format_probe.hpp"
#include "import/reader.hpp"
#include "import/xls/biff_old.hpp"
#include "import/xls/cfb.hpp"
#include "import/zip_package.hpp"

namespace fundbook {

namespace {

// An OOXML package. Excel, LibreOffice and libxlsxwriter write the content
// types first, so most are known by their first bytes without opening the zip.
bool is_xlsx(FormatProbe &p) {
  if (p.container() != Container::Zip) return false;
  if (p.head_has("[Content_Types].xml")) return true;
  return !p.odf_spreadsheet() && (p.zip().has("[Content_Types].xml") || p.zip().has("xl/workbook.xml"));
}
Workbook read_xlsx(FormatProbe &p, RowSink *sink) { return XlsxReader(sink).read(p.path(), p.limits()); }

// BIFF5/8 in an Office container, or a bare BIFF2-4 record stream.
bool is_xls(FormatProbe &p) {
  if (p.container() == Container::Biff) return true;
  return p.container() == Container::Cfb && (p.cfb().has_stream("Workbook") || p.cfb().has_stream("Book"));
}
Workbook read_xls(FormatProbe &p, RowSink *) {
  if (p.container() == Container::Biff) return read_old_biff_file(p.path(), p.limits());
  if (p.opened_cfb()) return XlsReader().read(p.cfb(), p.path(), p.limits());
  return XlsReader().read(p.path(), p.limits());
}

// The ODF mimetype is stored first and uncompressed by convention (container
// "ods"); a package written otherwise says so inside.
bool is_ods(FormatProbe &p) {
  if (p.container() == Container::Ods) return true;
  return p.container() == Container::Zip && !p.head_has("[Content_Types].xml") && p.odf_spreadsheet();
}
Workbook read_ods(FormatProbe &p, RowSink *) { return OdsReader().read(p.path(), p.limits()); }

// Delimited text; plain text too when its name says CSV or text.
bool is_csv(FormatProbe &p) {
  return p.container() == Container::Csv ||
         (p.container() == Container::Text && (p.extension() == "csv" || p.extension() == "txt"));
}
Workbook read_csv(FormatProbe &p, RowSink *) {
  Workbook wb = CsvReader().read(p.path(), p.limits());
  if (p.extension() != "csv" && p.extension() != "txt")
    wb.warnings.push_back("this is a CSV file saved with an ." + p.extension() + " name; it was read as CSV");
  return wb;
}

constexpr std::string_view kXlsxExtensions[] = {".xlsx", ".xlsm"};
constexpr std::string_view kXlsExtensions[] = {".xls"};
constexpr std::string_view kOdsExtensions[] = {".ods"};
constexpr std::string_view kCsvExtensions[] = {".csv"};

constexpr std::array kFormats{
    WorkbookFormat{"xlsx", "Excel workbook, 2007 and later", kXlsxExtensions, is_xlsx, read_xlsx},
    WorkbookFormat{"xls", "Excel workbook, 2003 and earlier", kXlsExtensions, is_xls, read_xls},
    WorkbookFormat{"ods", "OpenDocument spreadsheet", kOdsExtensions, is_ods, read_ods},
    WorkbookFormat{"csv", "Delimited text (CSV)", kCsvExtensions, is_csv, read_csv},
};

std::vector<std::string_view> all_extensions() {
  std::vector<std::string_view> out;
  for (const WorkbookFormat &f : kFormats) out.insert(out.end(), f.extensions.begin(), f.extensions.end());
  return out;
}

} // namespace

std::span<const WorkbookFormat> workbook_formats() { return kFormats; }

bool has_workbook_extension(std::string_view file_name) {
  for (std::string_view e : all_extensions()) {
    if (file_name.size() <= e.size()) continue;
    std::string_view tail = file_name.substr(file_name.size() - e.size());
    if (std::equal(tail.begin(), tail.end(), e.begin(),
                   [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; }))
      return true;
  }
  return false;
}

std::string workbook_extensions(std::string_view separator) {
  std::string out;
  for (std::string_view e : all_extensions()) {
    if (!out.empty()) out += separator;
    out += e;
  }
  return out;
}

std::string workbook_extensions_in_words() {
  std::vector<std::string_view> all = all_extensions();
  std::string out;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (i) out += i + 1 == all.size() ? " or " : ", ";
    out += all[i];
  }
  return out;
}

} // namespace fundbook
