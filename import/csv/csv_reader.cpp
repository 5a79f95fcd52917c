// CSV (RFC 4180): quoted fields with doubled quotes and line breaks, the
// delimiter sniffed among comma, semicolon and tab. Every field is text; the
// figure parser decides later what is a number, as a finance officer would.
#include <fstream>
#include <sstream>

#include "import/read_error.hpp"
#include "import/reader.hpp"
#include "import/text_encoding.hpp"

namespace fundbook {
namespace {

char sniff_delimiter(const std::string &text) {
  // Count candidates outside quotes on the first few lines; the one that
  // appears on most lines, most consistently, wins.
  const char cands[] = {',', ';', '\t'};
  char best = ',';
  double best_score = -1;
  for (char d : cands) {
    int lines = 0, with = 0, first = -1;
    bool consistent = true, inq = false;
    int count = 0;
    for (std::size_t i = 0; i < text.size() && lines < 20; ++i) {
      char c = text[i];
      if (c == '"')
        inq = !inq;
      else if (!inq && c == d)
        ++count;
      else if (!inq && c == '\n') {
        ++lines;
        if (count) ++with;
        if (first < 0)
          first = count;
        else if (count != first)
          consistent = false;
        count = 0;
      }
    }
    if (count) {
      ++with;
      if (first >= 0 && count != first) consistent = false;
      if (first < 0) first = count;
    }
    double score = with + (consistent ? 0.5 : 0) + (first > 0 ? first * 0.01 : 0);
    if (with > 0 && score > best_score) {
      best_score = score;
      best = d;
    }
  }
  return best;
}

} // namespace

Workbook CsvReader::read(const std::string &path, const Limits &limits) const {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ReadError(ReadError::Kind::System, "could not open the file");
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string text = to_utf8(ss.str());
  // DOS programs end a text file with Ctrl-Z; it is not a field.
  if (!text.empty() && text.back() == '\x1A') text.pop_back();
  Workbook wb;
  wb.path = path;
  wb.format = "csv";
  Sheet sheet;
  auto slash = path.find_last_of('/');
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  auto dot = base.rfind('.');
  sheet.name = dot == std::string::npos ? base : base.substr(0, dot);
  char delim = sniff_delimiter(text);

  std::uint32_t row = 0, col = 0;
  std::string field;
  bool quoted = false, was_quoted = false, wide_warned = false;
  auto flush = [&] {
    if (!field.empty() || was_quoted) {
      if (field.size() > limits.max_string_bytes)
        throw ReadError(ReadError::Kind::TooLarge,
                        "a field is longer than the limit at row " + std::to_string(row + 1));
      if (!field.empty() && col >= kMaxColumns) {
        if (!wide_warned) {
          wb.warnings.push_back("row " + std::to_string(row + 1) + " has more than " + std::to_string(kMaxColumns) +
                                " fields; those past column XFD were not read (Excel cannot show them either)");
          wide_warned = true;
        }
      } else if (!field.empty()) {
        Cell c;
        c.row = row;
        c.col = std::uint16_t(col);
        c.type = CellType::String;
        c.str = wb.intern(field);
        if (sheet.cells.size() >= limits.max_cells_per_sheet)
          throw ReadError(ReadError::Kind::TooLarge, "more cells than the limit");
        sheet.cells.push_back(c);
      }
    }
    field.clear();
    was_quoted = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else
          quoted = false;
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"' && field.empty()) {
      quoted = true;
      was_quoted = true;
    } else if (c == delim) {
      flush();
      ++col;
    } else if (c == '\r') { /* CRLF: the \n ends the record */
    } else if (c == '\n') {
      flush();
      ++row;
      col = 0;
    } else
      field += c;
  }
  flush();
  finish_sheet(sheet);
  wb.sheets.push_back(std::move(sheet));
  return wb;
}

} // namespace fundbook
