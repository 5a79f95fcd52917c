// CSV (RFC 4180): quoted fields with doubled quotes and line breaks, the
// delimiter sniffed among comma, semicolon and tab, and for a ';' file the
// decimal mark. Every field is text; the figure parser decides later what is
// a number, as a finance officer would.
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "import/figures.hpp"
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

// A field written as a number: what stands before its digits (spaces, a
// sign, a bracket, a currency sign), its digits with their separators ('.',
// ',', a space or a no-break space between digits), and what stands after
// (a bracket, a per cent sign, spaces). Empty digits where the field is
// anything else ("2012-13", "0511 Centralstyrelsen").
struct NumberText {
  std::string_view before, digits, after;
};

NumberText number_text(std::string_view f) {
  NumberText n;
  std::size_t b = 0;
  auto currency = [&](std::size_t at) -> std::size_t {
    for (std::string_view sign : {"\xc2\xa3", "\xe2\x82\xac", "$"}) // pound, euro, dollar
      if (f.substr(at, sign.size()) == sign) return sign.size();
    return 0;
  };
  while (b < f.size()) {
    if (f[b] == ' ' || f[b] == '-' || f[b] == '+' || f[b] == '(')
      ++b;
    else if (std::size_t k = currency(b))
      b += k;
    else
      break;
  }
  std::size_t e = f.size();
  // A ledger's sign after the figure ("1.234,56-", "1.234,56 CR") stands
  // after its digits, as a bracket does; the figure parser reads it.
  auto credit_word = [&](std::size_t at) {
    auto is = [&](std::size_t k, char c) { return f[k] == c || f[k] == char(c - 'a' + 'A'); };
    return (is(at, 'c') || is(at, 'd')) && is(at + 1, 'r') &&
           (at == 0 || !std::isalpha(static_cast<unsigned char>(f[at - 1])));
  };
  if (e > b && f[e - 1] == '-')
    --e;
  else if (e >= b + 2 && credit_word(e - 2))
    e -= 2;
  while (e > b && (f[e - 1] == ' ' || f[e - 1] == ')' || f[e - 1] == '%')) --e;
  if (b >= e || f[b] < '0' || f[b] > '9' || f[e - 1] < '0' || f[e - 1] > '9') return n;
  for (std::size_t i = b; i < e; ++i) {
    char c = f[i];
    if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == ' ') continue;
    if (c == '\xc2' && i + 1 < e && f[i + 1] == '\xa0') { // a no-break space
      ++i;
      continue;
    }
    return n;
  }
  n.before = f.substr(0, b);
  n.digits = f.substr(b, e - b);
  n.after = f.substr(e);
  return n;
}

// The digits of a number written with a decimal comma, as a decimal point
// writes them ("1.234,5" and "1 234,5" are "1234.5", "122,6" is "122.6",
// "1.234" is "1234"): the whole part in groups of three after the first
// (separated by '.' or a space, one kind throughout), then a comma and the
// decimals. Empty where the digits are not so written ("31.03.2023").
std::string as_decimal_point(std::string_view d) {
  std::string whole, decimals;
  std::size_t comma = d.find(',');
  std::string_view w = d.substr(0, comma);
  if (comma != std::string_view::npos) {
    std::string_view f = d.substr(comma + 1);
    if (f.empty() || f.find_first_not_of("0123456789") != std::string_view::npos) return {};
    decimals = f;
  }
  std::string_view sep;
  std::size_t group = 0, groups = 0;
  for (std::size_t i = 0; i < w.size();) {
    std::string_view s;
    if (w[i] >= '0' && w[i] <= '9') {
      whole += w[i++];
      ++group;
      continue;
    }
    s = w.substr(i, w[i] == '\xc2' ? 2 : 1);
    if (s != "." && s != " " && s != "\xc2\xa0") return {};
    if (!sep.empty() && s != sep) return {}; // one kind of separator throughout
    if (group == 0 || group > 3 || (groups > 0 && group != 3)) return {};
    sep = s;
    group = 0;
    ++groups;
    i += s.size();
  }
  if (group == 0 || (groups > 0 && group != 3)) return {};
  return decimals.empty() ? whole : whole + "." + decimals;
}

// Which way a number's digits say its decimal mark is: +1 a comma ("122,6",
// "1.234,56", "1 234,5"), -1 a point ("12.5", "1,234.56", "1,312,000"), 0
// neither ("1,312" and "1.312" may be a thousand and more, or a decimal of
// three).
int decimal_mark_evidence(std::string_view d) {
  std::size_t commas = 0, points = 0;
  for (char c : d) {
    commas += c == ',';
    points += c == '.';
  }
  if (thousands_only(d, ',')) return -1; // "1,312,000": no decimal comma writes it so
  const std::size_t last_comma = d.rfind(','), last_point = d.rfind('.');
  auto decimals_after = [&](std::size_t at) { return d.size() - at - 1; };
  if (commas == 1 && (last_point == std::string_view::npos || last_point < last_comma)) {
    const bool grouped =
        points > 0 || d.find(' ') != std::string_view::npos || d.find('\xc2') != std::string_view::npos;
    if (decimals_after(last_comma) != 3 || grouped) return as_decimal_point(d).empty() ? 0 : 1;
  }
  if (points == 1 && (last_comma == std::string_view::npos || last_comma < last_point))
    if (decimals_after(last_point) != 3 || commas > 0) return -1;
  return 0;
}

// Whether a ';'-separated file writes its numbers with a decimal comma, as
// a spreadsheet saves CSV where the comma is the decimal mark (LibreOffice
// and Excel in such a locale): some field's digits say a comma ("122,6",
// "1.234,5") and none says a point ("12.5"). A file whose commas could be
// thousands ("1,312") keeps the reading of a comma as thousands.
bool decimal_comma(const std::string &text, char delim) {
  if (delim != ';') return false;
  std::size_t comma = 0, point = 0;
  bool quoted = false;
  std::size_t start = 0;
  auto field = [&](std::size_t end) {
    std::string_view f(text.data() + start, end - start);
    if (f.size() >= 2 && f.front() == '"' && f.back() == '"') f = f.substr(1, f.size() - 2);
    NumberText n = number_text(f);
    if (n.digits.empty()) return;
    int e = decimal_mark_evidence(n.digits);
    comma += e > 0;
    point += e < 0;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') quoted = !quoted;
    if (quoted || (c != delim && c != '\n' && c != '\r')) continue;
    field(i);
    start = i + 1;
  }
  field(text.size());
  return comma > 0 && point == 0;
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
  // Numbers with a decimal comma are written as the figure parser reads
  // them, with a decimal point ("122,6" is "122.6"): exact, as text, never
  // through a binary fraction.
  const bool comma_decimals = decimal_comma(text, delim);

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
        if (comma_decimals) {
          NumberText n = number_text(field);
          std::string point = n.digits.empty() ? std::string() : as_decimal_point(n.digits);
          if (!point.empty()) field = std::string(n.before) + point + std::string(n.after);
        }
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
