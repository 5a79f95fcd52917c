#include "import/layout/structure/region.hpp"
#include "core/concat.hpp"
#include "import/formula/sum_areas.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace fundbook::structure {

namespace {
std::optional<std::size_t> index_in(const std::vector<std::uint32_t> &sorted, std::uint32_t x) {
  auto at = std::lower_bound(sorted.begin(), sorted.end(), x);
  if (at == sorted.end() || *at != x) return std::nullopt;
  return std::size_t(at - sorted.begin());
}
} // namespace

std::optional<std::size_t> row_of(const Region &g, std::uint32_t sheet_row) { return index_in(g.rows, sheet_row); }
std::optional<std::size_t> col_of(const Region &g, std::uint32_t sheet_col) { return index_in(g.cols, sheet_col); }

namespace {
// Figure rows further apart than this (blank rows, a heading) are two tables.
constexpr std::uint32_t kRowGap = 3;
// A header sits at most this far above its first figure row.
constexpr std::uint32_t kHeaderReach = 4;

struct RowShape {
  std::size_t figures = 0; // numbers and figure texts
  std::size_t texts = 0;   // other text cells, years written as text among them
  // Years written as text ("2019"), left to right: counted in texts.
  std::vector<std::pair<std::uint32_t, std::int64_t>> years;
};

// The rows of headings above a header: its own row and the text rows right
// above it, up to a blank row or a row of figures (at most this many).
constexpr std::uint32_t kHeadingDepth = 8;

// The headings over column c above its header, nearest first, read as a
// person reads them ("Percentage of" written once over three columns,
// "Number of" two rows above the header). Each heading row gives the cell
// over c, or the last text of the row spread over the empty cells to its
// right, from the amount columns only (a row label in the label column
// spreads over nothing).
std::vector<std::string> headings_above(const SheetView &v, std::uint32_t header, std::uint32_t c,
                                        std::uint32_t first_col) {
  std::vector<std::string> out;
  std::size_t hi = v.row_index(header);
  const auto &rows = v.rows();
  if (hi >= rows.size() || rows[hi] != header) return out;
  for (std::size_t k = hi + 1; k-- > 0;) {
    std::uint32_t r = rows[k];
    if (header - r >= kHeadingDepth || (k < hi && rows[k + 1] - r > 1)) break;
    auto [b, e] = v.row(r);
    const Cell *over = nullptr;
    bool text_after = false;
    bool figures = false;
    for (const Cell *cell = b; cell != e; ++cell) {
      figures = figures || cell->type == CellType::Number;
      if (cell->type != CellType::String || trim_view(v.workbook().text(*cell)).empty()) continue;
      if (cell->col <= c)
        over = cell;
      else
        text_after = true;
    }
    // A row of figures above the header (lookup indexes, a row of codes)
    // ends the headings: what is above it heads something else.
    if (figures && r != header) break;
    if (!over || over->col < first_col) continue;
    // Only the last heading in its row spreads right ("Percentage of" alone
    // over three columns); one followed by others is its own column's
    // ("Percentage" over "covered", then "Non-" over the next).
    if (over->col != c && text_after) continue;
    if (r != header) out.push_back(fold_spaces(v.text(*over)));
  }
  return out;
}

// A "Note" heading over column c itself, in the header or a heading row
// above it (it spreads over nothing): the column holds references to the
// notes to the accounts.
bool headed_as_note(const SheetView &v, std::uint32_t header, std::uint32_t c) {
  for (std::uint32_t d = 0; d < kHeadingDepth && d <= header; ++d)
    if (names_note_column(normalise_label(fold_spaces(v.text_at(header - d, c))))) return true;
  return false;
}

// Whether the headings over column c say its figures are no amounts.
bool headings_name_non_amount(const SheetView &v, std::uint32_t header, std::uint32_t c, std::uint32_t first_col) {
  auto h = headings_above(v, header, c, first_col);
  return std::any_of(h.begin(), h.end(), [](const std::string &t) { return names_non_amount(normalise_label(t)); });
}

// What the headings over column c say of its figures: whether one names
// a count ("Number of" over "Permanent" and "Temporary") or people
// counted ("Headcount"), and whether one names anything else that does not
// add (a percentage, a ratio, an average).
struct HeadingsAbove {
  bool count = false, headcount = false, no_sum = false;
};
HeadingsAbove headings_say(const SheetView &v, std::uint32_t header, std::uint32_t c, std::uint32_t first_col) {
  HeadingsAbove out;
  for (const std::string &t : headings_above(v, header, c, first_col)) {
    std::string h = normalise_label(t);
    if (!names_non_amount(h)) continue;
    if (!names_count_column(h)) out.no_sum = true;
    out.count = true;
    out.headcount = out.headcount || names_headcount(h);
  }
  return out;
}

// Whether a row label names the total of a table of counts: a total word
// ("Total", "Total FTE"), or "All" and what it counts ("All directorates",
// "All staff"), never "All other ..." (a line of what the others leave).
bool names_count_total_row(std::string_view label) {
  if (total_word(label) != TotalWord::None || count_total_word(label) != TotalWord::None) return true;
  if (!label.starts_with("all ")) return false;
  return !label.starts_with("all other");
}

// A heading that is only the column's unit ("£000", "$'000", "£ thousand",
// "€m"): it says how the figures are written, not which they are.
bool unit_only(std::string_view heading) {
  std::string s;
  std::string l = fold_spaces(heading);
  for (char &ch : l)
    if (ch >= 'A' && ch <= 'Z') ch = char(ch + 32);
  for (std::size_t i = 0; i < l.size(); ++i) {
    if (l.compare(i, 2, "\xc2\xa3") == 0 || l.compare(i, 3, "\xe2\x82\xac") == 0 ||
        l.compare(i, 3, "\xe2\x80\x99") == 0) {
      i += l[i] == '\xc2' ? 1 : 2;
      continue;
    }
    if (l.compare(i, 3, "us$") == 0) {
      i += 2;
      continue;
    }
    char ch = l[i];
    if (ch == '$' || ch == '\'' || ch == '(' || ch == ')' || ch == ' ' || ch == '.') continue;
    s += ch;
  }
  if (s.empty()) return heading.find_first_not_of(' ') != std::string_view::npos;
  for (std::string_view unit :
       {"000", "000s", "k", "m", "bn", "thousand", "thousands", "million", "millions", "inthousands", "inmillions"})
    if (s == unit) return true;
  return false;
}

// A heading that is the column's number on a return ("2", "3 = 1 + 2"):
// which column it is on the form, not what it holds.
// A column's number in brackets, as a return numbers its columns: '(1)',
// '(12)'; nullopt for anything else.
std::optional<double> bracketed_code(std::string_view t) {
  t = trim_view(t);
  if (t.size() < 3 || t.size() > 5 || t.front() != '(' || t.back() != ')') return std::nullopt;
  double x = 0;
  for (char ch : t.substr(1, t.size() - 2)) {
    if (ch < '0' || ch > '9') return std::nullopt;
    x = x * 10 + (ch - '0');
  }
  return x;
}

bool column_code(std::string_view heading) {
  std::string_view t = trim_view(heading);
  if (bracketed_code(t)) return true;
  if (t.empty() || t.size() > 24 || t.find_first_of("0123456789") == std::string_view::npos) return false;
  return t.find_first_not_of("0123456789 =+-") == std::string_view::npos;
}

// The text of the header over column c, as a name: none where the cell
// holds figures, broken or stacked ("169.1\n1,096.3\n435.0"), whatever row
// was taken for the header. A column is named by words, else by its letter.
std::string header_text(const SheetView &v, std::uint32_t header, std::uint32_t c) {
  std::string raw = v.text_at(header, c);
  if (garbled_figure(raw) || stacked_figures(raw, FigureVocabulary{})) return {};
  return fold_spaces(raw);
}

// The column's name as a reader of the table would say it: its header, or
// where that is only a unit or a form's column number, the nearest heading
// above it that is neither ("Balance at 1 April 2023" over "£000"; "Running
// expenses (column 2)"). `more` gets the headings further up, nearest first,
// to tell apart two columns of one name.
std::string column_heading(const SheetView &v, std::uint32_t header, std::uint32_t c, std::uint32_t first_col,
                           std::vector<std::string> &more, std::string *words) {
  std::string own = header_text(v, header, c);
  more.clear();
  if (own.empty() || !(unit_only(own) || column_code(own))) return own;
  auto above = headings_above(v, header, c, first_col);
  std::size_t k = 0;
  while (k < above.size() && (above[k].empty() || unit_only(above[k]) || column_code(above[k]))) ++k;
  if (k == above.size()) return own;
  if (words) *words = above[k];
  for (std::size_t j = k + 1; j < above.size(); ++j)
    if (!above[j].empty() && !unit_only(above[j]) && !column_code(above[j])) more.push_back(above[j]);
  return column_code(own) ? above[k] + " (column " + own + ")" : above[k];
}

RowShape shape_of(const SheetView &v, std::uint32_t r, const FigureVocabulary &fv) {
  RowShape s;
  auto [b, e] = v.row(r);
  for (const Cell *c = b; c != e; ++c) {
    if (c->type == CellType::Number) {
      ++s.figures;
    } else if (c->type == CellType::String) {
      auto a = read_amount(v.workbook(), *c, fv);
      // A year written as text ("2019") heads a column; it is not a figure.
      // Written with a thousands separator ("2,018") it is an amount: a row
      // of a list paying 2,018 is no heading that ends the list.
      bool year = a && !a->nil && a->decimals == 0 && a->value >= Money::from_pence(1900 * kScale) &&
                  a->value <= Money::from_pence(2100 * kScale) &&
                  v.workbook().text(*c).find(',') == std::string_view::npos;
      // A figure not given ("..", "[c]"), broken ("1 ,273,768,804.00") or
      // lost in the writing ("£723.79.48") keeps its row in the table: it is
      // no heading.
      std::string_view text = v.workbook().text(*c);
      if ((a && !a->nil && !year) || (!a && (withheld_figure(text, fv) || garbled_figure(text) ||
                                             stacked_figures(text, fv) || broken_figure(text, fv))))
        ++s.figures;
      else if (year || (!a && !trim_view(v.workbook().text(*c)).empty()))
        ++s.texts;
      if (year && a) s.years.emplace_back(c->col, a->value.pence() / kScale);
    }
  }
  return s;
}

// Row `row`, shaped `s` (its years as text), is a line of the table under header row
// `header`: it has a label, a text that is no figure, left of its first
// year, and each year's column is headed in words in the header (a text
// that is no figure or year), so the column is named already and its year
// is a figure under the name ('Agency staff | 2070' under 'Item | Cost').
// A heading of years under a header that names the columns has no label of
// its own (' | 2024' under 'Service | Budget').
bool line_under_header(const SheetView &v, std::uint32_t row, const RowShape &s, std::uint32_t header,
                       const FigureVocabulary &fv) {
  const std::uint32_t first = s.years.front().first;
  bool labelled = false;
  auto [b, e] = v.row(row);
  for (const Cell *c = b; c != e && c->col < first; ++c)
    labelled = labelled || (c->type == CellType::String && !trim_view(v.workbook().text(*c)).empty() &&
                            !read_amount(v.workbook(), *c, fv));
  if (!labelled) return false;
  for (auto [col, year] : s.years) {
    const Cell *c = v.at(header, col);
    if (!c || c->type != CellType::String || trim_view(v.workbook().text(*c)).empty() ||
        read_amount(v.workbook(), *c, fv))
      return false;
  }
  return true;
}

// Whether a row's years written as text head columns, by the row and its
// place, not by the figures alone (a grant of 1,935 and 2,010 written
// "1935", "2010" in a csv is a line): the years run one way left to right
// (rising, or falling as accounts set this year before the last), a decade
// apart at most, and the row is not a line right under a line of the table
// with figures in those columns, nor a line right under the header row
// (a label left of its years, each of their columns headed in words right
// above: 'Item | Cost' over 'Agency staff | 2070'), unless its years run
// one by one (2022, 2023, 2024: a heading, however it is placed).
bool years_head_columns(const SheetView &v, std::uint32_t row, const RowShape &s,
                        std::optional<std::uint32_t> line_above, std::optional<std::uint32_t> header_above,
                        const FigureVocabulary &fv) {
  if (s.years.empty()) return false;
  bool rising = true, falling = true, by_one = s.years.size() >= 2;
  for (std::size_t k = 1; k < s.years.size(); ++k) {
    std::int64_t step = s.years[k].second - s.years[k - 1].second;
    rising = rising && step >= 1 && step <= 10;
    falling = falling && step <= -1 && step >= -10;
    by_one = by_one && (step == 1 || step == -1);
  }
  if (!rising && !falling) return false;
  if (by_one) return true;
  if (!line_above && header_above && line_under_header(v, row, s, *header_above, fv)) return false;
  if (!line_above) return true;
  for (auto [col, year] : s.years) {
    const Cell *c = v.at(*line_above, col);
    if (!c) return true;
    if (c->type == CellType::Number) continue;
    if (c->type != CellType::String) return true;
    auto a = read_amount(v.workbook(), *c, fv);
    if (!a || a->nil) return true;
  }
  return false;
}

// A cell of a figure column that holds neither a figure nor nil: text that is
// no figure ("abc", "12O", "3 ,615") or a formula's error ("#REF!"). Not
// a date, nor the reader's mark of a damaged cell (reported by the reader).
bool not_a_figure(const Workbook &wb, const Cell &c, const FigureVocabulary &fv) {
  if (c.type == CellType::Error) return wb.text(c) != kDamagedCellText;
  if (c.type != CellType::String) return false;
  std::string_view t = trim_view(wb.text(c));
  return !t.empty() && parse_figure(t, fv).kind == ParsedFigure::Kind::NotAFigure;
}

// The number a column's code written as text gives: "4", or "3 = 1 + 2"
// (a statistical return numbers its columns and says how the derived ones
// are worked out), or nothing.
std::optional<double> code_text(std::string_view t) {
  t = trim_view(t);
  std::size_t k = 0;
  double x = 0;
  for (; k < t.size() && k < 6 && t[k] >= '0' && t[k] <= '9'; ++k) x = x * 10 + (t[k] - '0');
  if (k == 0) return std::nullopt;
  if (k == t.size()) return x;
  std::string_view rest = trim_view(t.substr(k));
  if (rest.empty() || rest.front() != '=') return std::nullopt;
  bool digit = false;
  for (char ch : rest.substr(1)) {
    if (ch >= '0' && ch <= '9')
      digit = true;
    else if (ch != ' ' && ch != '+' && ch != '-')
      return std::nullopt;
  }
  return digit ? std::optional<double>(x) : std::nullopt;
}

// A row of three or more whole numbers, mostly rising left to right, such
// as the line numbers of a return over its columns: a heading, not figures.
bool column_codes(const SheetView &v, std::uint32_t r) {
  auto [b, e] = v.row(r);
  std::size_t n = 0, rising = 0, bracketed = 0, by_one = 0;
  double prev = 0;
  bool total_heading = false; // "Row Labels | 960 | Grand Total": a pivot table's heading
  for (const Cell *c = b; c != e; ++c) {
    std::optional<double> code;
    if (c->type == CellType::String) {
      std::string_view t = v.workbook().text(*c);
      code = code_text(t);
      if (!code) {
        code = bracketed_code(t);
        bracketed += code.has_value();
      }
      if (!code && c != b) total_heading = total_heading || total_word(v.label(*c)) != TotalWord::None;
    } else if (c->type == CellType::Number) {
      code = c->number;
    }
    if (!code) continue;
    double x = *code;
    if (x != std::floor(x) || x <= 0 || x >= 100000) return false;
    rising += n && x > prev;
    by_one += n && x == prev + 1;
    prev = x;
    ++n;
  }
  // Column numbers in brackets ('(1)' .. '(7)' under a return's headings)
  // count 1, 2, 3 from a small number: a row of amounts written negative in
  // brackets ('(120)', '(340)') does not.
  if (bracketed && (n < 3 || by_one + 1 != n || prev - double(n) >= 20)) return false;
  return (n >= 3 && rising * 4 >= (n - 1) * 3) || (n >= 1 && total_heading);
}

// A column heading (normalised) over the whole of the periods beside it: a
// total word ("Total") or the whole period ("Full year", "Year", "Annual").
bool names_whole_column(std::string_view heading) {
  if (total_word(heading) != TotalWord::None) return true;
  for (std::string_view w : {"full year", "year", "whole year", "annual", "fy", "full-year", "year total"})
    if (heading == w) return true;
  return false;
}

// A row label (normalised) that says the row numbers the columns: "Column",
// "Col", "Code", "Line", "Ref", "No.", "Row Labels" (a pivot's codes),
// "Column number", "Line ref". Not "Number of staff": a count's line.
bool names_code_row(std::string_view label) {
  for (std::string_view w : {"no", "no.", "number", "row", "row labels", "box", "item", "#"})
    if (label == w) return true;
  for (std::string_view w : {"column", "columns", "col", "col.", "code", "codes", "line", "lines", "ref", "ref."})
    if (label == w || (label.starts_with(w) && label.size() > w.size() && label[w.size()] == ' ')) return true;
  return false;
}

// A row column_codes takes for codes, read as a line: its figures left to
// right (numbers, and codes written as text), the first and last cell
// holding one, and whether the text before them is a line's own label
// ("Pay"): words, not a unit ('£000') nor a word naming codes ('Column',
// 'Ref', 'Row Labels').
struct LineShape {
  std::vector<double> figures;
  const Cell *first = nullptr, *last = nullptr;
  bool line_label = false;
  // Codes run in equal steps (1, 2, 3, 4; 10, 20, 30).
  bool equal_steps() const {
    bool equal = true;
    for (std::size_t k = 2; k < figures.size(); ++k)
      equal = equal && figures[k] - figures[k - 1] == figures[1] - figures[0];
    return equal;
  }
};
LineShape line_shape(const SheetView &v, std::uint32_t r) {
  LineShape out;
  auto [b, e] = v.row(r);
  const Cell *label = nullptr;
  for (const Cell *c = b; c != e; ++c) {
    std::optional<double> x;
    if (c->type == CellType::Number)
      x = c->number;
    else if (c->type == CellType::String)
      x = code_text(v.workbook().text(*c));
    if (x) {
      out.figures.push_back(*x);
      if (!out.first) out.first = c;
      out.last = c;
    } else if (c->type == CellType::String && out.figures.empty() && !label) {
      label = c;
    }
  }
  if (!label) return out;
  std::string_view raw = trim_view(v.workbook().text(*label));
  std::string_view name = v.label(*label);
  out.line_label = name.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos && !unit_only(raw) &&
                   !names_code_row(name);
  return out;
}

// A row that column_codes takes for codes but that is a line of money: a
// line's own label in the label column ("Pay"), not one naming codes, and
// its last figure under the header's whole-period column ("Full year",
// "Total") beside periods whose amounts happen to rise (1,210, 1,225,
// 1,240, then 5,003). Read as codes, the line and its whole-period figure
// were never checked, and a wrong one passed unsaid. Codes run in equal
// steps through the whole-period column too (1, 2, 3, 4, 5): those stay
// codes whatever the label cell says.
bool line_under_whole_column(const SheetView &v, std::uint32_t r, std::optional<std::uint32_t> header) {
  if (!header) return false;
  const LineShape s = line_shape(v, r);
  if (!s.line_label || s.figures.size() < 3) return false;
  // The whole-period column last ('Full year') or first ('Total 2024-27'
  // before the years, as a capital programme puts it).
  auto whole = [&](const Cell *c) {
    const Cell *over = v.at(*header, c->col);
    return over && over->type == CellType::String && names_whole_column(v.label(*over));
  };
  if (!whole(s.last) && !whole(s.first)) return false;
  return !s.equal_steps();
}

// A column of whole numbers rising down the rows by small steps (line
// numbers, a row count, now and then a line skipped): codes, not amounts.
// Amounts may rise down a table too (a month's sales by region), but not
// one by one. A return's codes jump where a section's total line has a
// code of its own (501 ... 509, then 590): a jump in eight steps at most,
// the others mostly steps of one.
// Not when its last figure is the sum of the three or more above it: a
// profile that grows year on year ("Year 1", "Year 2", ...) with its total
// under it is amounts.
// Nor when a row named as a total ("Total") holds the sum of the three
// figures or more above it (since the column's first figure, or the last
// such total): a line's number is never the sum of the lines' numbers
// above it but by a coincidence of tiny codes, and the words say the row
// adds up. Without it, small amounts rising to a Total with an unnamed
// row under it that is understated (12 = 1 + 4 + 7, then 20 for 23) were
// taken for codes and the wrong figure passed unread, while the same row
// overstated (123: a jump) was an error.
// A line number written as text ("7", "0240"): digits only, seven at most,
// no separator, point or sign; nullopt for anything else.
std::optional<double> line_number_text(std::string_view t) {
  if (t.empty() || t.size() > 7 || t.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  double x = 0;
  for (char ch : t) x = x * 10 + (ch - '0');
  return x;
}

// A line number may be written as text ("7", as a CSV file or a form's
// text cell gives it) beside the lines' labels (`labelled`): digits only,
// no separator, point or sign; a column of such text all years is years.
bool line_numbers(const SheetView &v, const std::vector<std::uint32_t> &rows, std::uint32_t col, bool labelled,
                  bool headed_as_codes) {
  constexpr double kLineStep = 10;
  std::size_t n = 0, jumps = 0, ones = 0, text_years = 0, block = 0;
  double prev = 0, above = 0, block_sum = 0;
  bool named_sum = false;
  auto named_total = [&](std::uint32_t r) {
    auto [b, e] = v.row(r);
    for (const Cell *c = b; c != e && c->col < col; ++c)
      if (c->type == CellType::String && total_word(v.label(*c)) != TotalWord::None) return true;
    return false;
  };
  for (std::uint32_t r : rows) {
    const Cell *c = v.at(r, col);
    if (!c) continue;
    double x = 0;
    if (c->type == CellType::Number) {
      x = c->number;
    } else if (c->type == CellType::String && labelled) {
      std::string_view t = trim_view(v.workbook().text(*c));
      if (t.empty()) continue;
      std::optional<double> n = line_number_text(t);
      if (!n) return false;
      x = *n;
      text_years += x >= 1900 && x <= 2100;
    } else {
      return false;
    }
    if (x != std::floor(x) || x <= 0 || (n && x <= prev)) return false;
    jumps += n && x - prev > kLineStep;
    ones += n && x - prev == 1;
    above += prev;
    prev = x;
    ++n;
    if (block >= 3 && x == block_sum && named_total(r)) { // whole numbers well within a double's exact range
      named_sum = true;
      block = 0;
      block_sum = 0;
    } else {
      ++block;
      block_sum += x;
    }
  }
  bool summed = named_sum || (n >= 4 && above == prev);
  // Years written as text ("2015", "2016", ...) label their rows (shape_of).
  if (text_years == n) return false;
  // Under a heading that names them ('Line', 'Code', 'Ref'), a form's line
  // codes may leap (190, 290, 330, ... 699, 710): rising is enough.
  return n >= 3 && !summed && (headed_as_codes || jumps == 0 || (jumps * 8 <= n - 1 && ones * 4 >= (n - 1) * 3));
}

// Codes past any form's line numbers (seven-digit account codes) stay
// codes, not amounts, but are not the lines a label names.
bool within_line_bound(const SheetView &v, const std::vector<std::uint32_t> &rows, std::uint32_t col) {
  return std::all_of(rows.begin(), rows.end(), [&](std::uint32_t r) {
    const Cell *c = v.at(r, col);
    return !c || c->type != CellType::Number || c->number <= kMaxLineNumber;
  });
}

// The rows a figure's formula adds down its own column, when it is a plain
// sum of one unbroken range of cells above it (areas joined by + or listed
// in a SUM are merged where they touch).
std::optional<SumDown> sum_down(const Workbook &wb, const Sheet &sheet, std::uint32_t row, std::uint32_t col) {
  const CellFormula *f = sheet.formula_at(row, col);
  if (!f) return std::nullopt;
  auto areas = formula::summed_areas(wb.text(*f));
  if (!areas || areas->empty()) return std::nullopt;
  std::sort(areas->begin(), areas->end(),
            [](const formula::Area &a, const formula::Area &b) { return a.first.row < b.first.row; });
  SumDown d{areas->front().first.row, areas->front().last.row};
  for (std::size_t k = 0; k < areas->size(); ++k) {
    const formula::Area &a = (*areas)[k];
    if (a.whole_columns || a.first.col != col || a.last.col != col || a.last.row < a.first.row) return std::nullopt;
    if (k && a.first.row != d.last + 1) return std::nullopt;
    d.last = a.last.row;
  }
  if (d.last >= row) return std::nullopt; // a sum of rows below it, or of itself
  // SUM leaves out figures written as text: what such a formula adds is not
  // what the table's reading of the rows adds.
  if (d.last - d.first > 100000) return std::nullopt;
  for (std::uint32_t r = d.first; r <= d.last; ++r)
    if (const Cell *c = sheet.cell_at(r, col); c && c->type == CellType::String) return std::nullopt;
  return d;
}

bool wordy(std::string_view t) {
  std::size_t letters = 0;
  for (char c : t) letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return letters >= 2;
}

// A row with nothing in the label column may name itself a total in
// another column left of the figures: "Grand Total" in the date column
// under a list of payments whose names are the supplier's.
std::string total_named_elsewhere(const SheetView &v, std::uint32_t r, std::uint32_t first_amount) {
  auto [b, e] = v.row(r);
  for (const Cell *c = b; c != e && c->col < first_amount; ++c)
    if (c->type == CellType::String && total_word(v.label(*c)) != TotalWord::None) return trim(v.text(*c));
  return {};
}

// The column of the first figure of a row (a number, or text read as one
// that is not nil), or nullopt where it has none.
std::optional<std::uint32_t> first_figure(const SheetView &v, std::uint32_t row, const FigureVocabulary &fv) {
  auto [b, e] = v.row(row);
  const Cell *c = std::find_if(b, e, [&](const Cell &cell) {
    if (cell.type == CellType::Number) return true;
    if (cell.type != CellType::String) return false;
    auto a = read_amount(v.workbook(), cell, fv);
    return a && !a->nil;
  });
  return c == e ? std::nullopt : std::optional<std::uint32_t>(c->col);
}

// The texts of a row, trimmed, each with its column.
std::vector<std::pair<std::uint32_t, std::string>> row_texts(const SheetView &v, std::uint32_t r) {
  std::vector<std::pair<std::uint32_t, std::string>> out;
  auto [b, e] = v.row(r);
  for (const Cell *c = b; c != e; ++c)
    if (c->type == CellType::String)
      if (std::string t = trim(v.text(*c)); !t.empty()) out.emplace_back(c->col, std::move(t));
  return out;
}

// A header written again inside its table: a paginated export (a payments
// listing) repeats "Supplier | Invoice | Date | Amount" at the top of each
// page, over the page's lines and its "Page total", and a "Report total"
// under the last page adds the pages. The same texts in the same columns as
// the run's own header: a page break, not a new table.
bool repeats_header(const SheetView &v, std::uint32_t r, std::optional<std::uint32_t> header) {
  return header && *header != r && row_texts(v, r) == row_texts(v, *header);
}

// The most group headings on rows of their own between two blocks of a
// table's lines (a directorate's name, then a division's, then a group's).
constexpr std::size_t kGroupHeadings = 3;

// A heading of a group of the table's lines on a row of its own: one text,
// left of the first figure of the line above it ("Place", then "Transport"
// over its services, after the blank row that closes "Total People").
bool group_heading(const SheetView &v, std::uint32_t r, std::uint32_t above, const FigureVocabulary &fv) {
  const auto texts = row_texts(v, r);
  const auto figure = first_figure(v, above, fv);
  return texts.size() == 1 && figure && texts.front().first < *figure;
}

// A row of text only inside a run of figure rows, right under its last row
// (or under such a line), its text all left of the first figure of the
// figure rows on either side of it, its figures blank or nil ("Italy |
// Transition Regions (€) | " or "... | -"): a line whose figure is blank,
// written as the lines around it are. Not a header, whose headings stand
// over the figures of the rows under it, and which a blank row most often
// sets apart ("Row Labels | Sum of Score" over a pivot of the list above).
bool line_without_figures(const SheetView &v, std::uint32_t r, std::uint32_t prev, std::uint32_t above,
                          const FigureVocabulary &fv) {
  if (r != prev + 1) return false;
  std::optional<std::uint32_t> left = first_figure(v, above, fv), below;
  const auto &rows = v.rows();
  for (std::size_t k = v.row_index(r) + 1; k < rows.size() && rows[k] - r <= kRowGap && !below; ++k)
    below = first_figure(v, rows[k], fv);
  if (!left || !below) return false;
  const std::uint32_t edge = std::min(*left, *below);
  auto [b, e] = v.row(r);
  return std::all_of(b, e, [&](const Cell &c) {
    if (c.col < edge || c.type == CellType::EmptyFormula) return true;
    if (c.type != CellType::String) return false;
    auto a = read_amount(v.workbook(), c, fv);
    return (a && a->nil) || trim_view(v.workbook().text(c)).empty(); // "-": nil, as a blank is
  });
}
} // namespace

std::optional<std::uint32_t> Region::banner_start(std::uint32_t col, const SheetView &v) const {
  if (!banner) return std::nullopt;
  auto [b, e] = v.row(*banner);
  std::optional<std::uint32_t> start;
  for (const Cell *c = b; c != e && c->col <= col; ++c)
    if (c->type == CellType::String && wordy(v.workbook().text(*c))) start = c->col;
  return start;
}

std::string Region::banner_text(std::uint32_t col, const SheetView &v) const {
  auto s = banner_start(col, v);
  return s ? trim(v.text_at(*banner, *s)) : std::string();
}

bool code_row_may_be_line(const SheetView &v, std::uint32_t r) {
  const LineShape s = line_shape(v, r);
  if (!s.line_label || s.figures.size() < 3 || s.equal_steps()) return false;
  return !std::all_of(s.figures.begin(), s.figures.end(), [](double x) { return x >= 1900 && x <= 2100; });
}

std::vector<Region> find_regions(layout::Context &ctx) {
  const SheetView &v = ctx.view;
  std::vector<Region> out;
  // Runs of figure rows; a header-like row (text only, two cells or more) ends a run.
  struct Run {
    std::vector<std::uint32_t> rows;
    std::optional<std::uint32_t> header, code_row, code_row_header;
  };
  std::vector<Run> runs;
  std::optional<std::uint32_t> last_header;
  // The last row taken as column codes, and the header that was near it.
  std::optional<std::uint32_t> last_codes, codes_header;
  bool in_run = false;          // runs.back() goes on unless the gap is too wide
  std::uint32_t line_reach = 0; // the last line without figures in runs.back()
  // The last of the group headings (group_heading) under runs.back()'s last
  // row, and how many: the lines right under it go on with the run.
  // (kNoHeading where there is none: a plain row number rather than an
  // optional, which GCC 12 at -O2 wrongly thinks may be read unset.)
  constexpr std::uint32_t kNoHeading = ~std::uint32_t(0);
  std::uint32_t heading_reach = kNoHeading;
  std::size_t headings = 0;
  auto near = [&](std::optional<std::uint32_t> h, std::uint32_t r) {
    return h && r - *h <= kHeaderReach && (runs.empty() || runs.back().rows.back() < *h);
  };
  for (std::uint32_t r : v.rows()) {
    if (ctx.is_claimed(r)) {
      in_run = false;
      continue;
    }
    RowShape s = shape_of(v, r, ctx.figures);
    // Years written as text that head no columns are the row's figures.
    if (!s.years.empty() && !s.figures &&
        !years_head_columns(
            v, r, s, in_run && r == runs.back().rows.back() + 1 ? std::optional(runs.back().rows.back()) : std::nullopt,
            !in_run && last_header && r == *last_header + 1 ? last_header : std::nullopt, ctx.figures)) {
      s.figures += s.years.size();
      s.texts -= s.years.size();
    }
    if (!s.figures) {
      const std::uint32_t prev = in_run ? std::max(runs.back().rows.back(), line_reach) : 0;
      // No gap in the run: a line whose figure is blank, however many such
      // lines follow one another, or a page break (the header written again).
      if ((in_run && s.texts >= 1 && line_without_figures(v, r, prev, runs.back().rows.back(), ctx.figures)) ||
          (in_run && s.texts >= 2 && r - prev <= kRowGap && repeats_header(v, r, runs.back().header))) {
        line_reach = r;
      } else if (in_run && s.texts == 1 && headings < kGroupHeadings &&
                 (heading_reach != kNoHeading ? r == heading_reach + 1 : r - prev <= 2) &&
                 group_heading(v, r, runs.back().rows.back(), ctx.figures)) {
        // A group heading one blank row at most under the lines, or right
        // under another: a directorate and its divisions inside one table.
        heading_reach = r;
        ++headings;
      } else if (s.texts >= 2) {
        last_header = r;
        in_run = false;
      }
      continue;
    }
    bool starts = !in_run || (r - std::max(runs.back().rows.back(), line_reach) > kRowGap &&
                              !(heading_reach != kNoHeading && r == heading_reach + 1));
    heading_reach = kNoHeading;
    headings = 0;
    // A row of codes right under another is figures: a table's columns have
    // one heading of codes, not two (rows of small whole numbers rising left
    // to right, one under another, are a table of them).
    bool after_codes = last_codes && r - *last_codes == 1;
    auto [rb, re] = v.row(r);
    if (starts && !after_codes &&
        ((column_codes(v, r) && !line_under_whole_column(v, r, near(last_header, r) ? last_header : std::nullopt)) ||
         index_row(v.workbook(), rb, re, ctx.figures))) {
      // "Row Labels | 190 | 290 | 330": line numbers heading the columns
      codes_header = near(last_header, r) ? last_header : std::nullopt;
      last_header = r;
      last_codes = r;
      continue;
    }
    if (starts) {
      Run run;
      run.header = near(last_header, r) ? last_header : std::nullopt;
      if (after_codes) {
        run.code_row = last_codes;
        run.code_row_header = codes_header;
      }
      runs.push_back(std::move(run));
    }
    runs.back().rows.push_back(r);
    in_run = true;
  }

  for (auto &run : runs) {
    std::string not_amounts;
    auto g = build_region(ctx, run.rows, run.header, &not_amounts);
    if (!g) {
      // Said in the account of unchecked figures, not left as "no total recognised".
      if (!not_amounts.empty())
        for (std::uint32_t r : run.rows) ctx.doubts.emplace(r, layout::Context::Doubt{not_amounts});
      continue;
    }
    g->code_row = run.code_row;
    g->code_row_header = run.code_row_header;
    out.push_back(std::move(*g));
  }
  return out;
}

namespace {
// Whether the last of three columns or more is the sum of the others
// exactly in two rows or more and in more than half the rows: figures
// that add across, as line numbers never do.
bool adds_across(const SheetView &v, const std::vector<std::uint32_t> &rows, const std::vector<std::uint32_t> &cols) {
  if (cols.size() < 3) return false;
  // A figure as line_numbers reads one: a number, or digits written as text.
  auto whole = [&](std::uint32_t r, std::uint32_t c) -> std::optional<double> {
    const Cell *cell = v.at(r, c);
    if (!cell) return std::nullopt;
    if (cell->type == CellType::Number) return cell->number;
    if (cell->type != CellType::String) return std::nullopt;
    return line_number_text(trim_view(v.workbook().text(*cell)));
  };
  std::size_t adds = 0;
  for (std::uint32_t r : rows) {
    std::optional<double> total = whole(r, cols.back());
    double sum = 0;
    for (std::size_t k = 0; total && k + 1 < cols.size(); ++k)
      if (auto x = whole(r, cols[k]))
        sum += *x;
      else
        total.reset();
    adds += total && sum == *total; // whole numbers (line_numbers), exact in a double
  }
  return adds >= 2 && adds * 2 > rows.size();
}
} // namespace

std::optional<Region> build_region(layout::Context &ctx, const std::vector<std::uint32_t> &rows,
                                   std::optional<std::uint32_t> header, std::string *not_amounts) {
  const SheetView &v = ctx.view;
  const Workbook &wb = v.workbook();
  if (rows.size() < 2) return std::nullopt;
  Region g;
  g.rows = rows;
  g.header = header;
  if (g.header) {
    // The banner: the non-empty row just above the header (a title, or
    // headings over groups of columns).
    std::size_t hi = v.row_index(*g.header);
    if (hi > 0) {
      std::uint32_t br = v.rows()[hi - 1];
      if (*g.header - br <= 2 && !ctx.is_claimed(br)) g.banner = br;
    }
  }
  // Columns: figures per column; label candidates among the text columns.
  std::map<std::uint32_t, std::size_t> fig_count, word_count, total_count;
  std::map<std::uint32_t, std::size_t> percent_count; // percentages written as text ("14.4%")
  for (std::uint32_t r : rows) {
    auto [b, e] = v.row(r);
    for (const Cell *c = b; c != e; ++c) {
      if (c->type == CellType::Number) {
        ++fig_count[c->col];
        ++g.figures;
      } else if (c->type == CellType::String) {
        auto a = read_amount(wb, *c, ctx.figures);
        if (a) {
          if (!a->nil) {
            ++fig_count[c->col];
            ++g.figures;
          }
        } else if (percent_text(wb.text(*c))) {
          ++percent_count[c->col];
        } else if (wordy(wb.text(*c))) {
          ++word_count[c->col];
          total_count[c->col] += total_word(v.label(*c)) != TotalWord::None;
        }
      }
    }
  }
  std::vector<std::uint32_t> fig_cols;
  for (auto [c, n] : fig_count)
    if (n >= 2) fig_cols.push_back(c);
  if (fig_cols.empty()) return std::nullopt;
  // Amount columns first (a column of line numbers is not one), then the
  // label column: the text column left of them with the most words (a
  // name, not a code); its heading may be empty. Of two with words in as
  // many rows (a country beside each fund of a long export), the one that
  // names the totals ("Total (€)") labels the lines they add.
  std::vector<std::uint32_t> amount_cols, numbered;
  for (std::uint32_t c : fig_cols) {
    // A column headed as a total ("Total") is amounts, however its figures run.
    bool total_heading = g.header && total_word(normalise_label(v.text_at(*g.header, c))) != TotalWord::None;
    std::string heading = g.header ? normalise_label(v.text_at(*g.header, c)) : std::string();
    bool codes_heading = names_code_row(heading) && heading != "number";
    if (total_heading || !line_numbers(v, rows, c, !word_count.empty(), codes_heading)) {
      amount_cols.push_back(c);
    } else {
      numbered.push_back(c);
      if (!g.line_col && within_line_bound(v, rows, c)) g.line_col = c;
    }
  }
  // A table has one column of line numbers: where every figure column of a
  // small grid rises as they do (1, 4, 7 beside 2, 5, 8 beside 3, 6, 9) and
  // the last adds the others in most rows (6, 15, 24), the figures are
  // amounts, where the lines have labels left of them in half the rows or
  // more. A grid of bare figures (a chart's data: 1 2 3, 2 4 6, 3 6 9 ...)
  // adds across and down by the multiples it is made of: no table.
  const bool labelled_lines =
      !numbered.empty() && std::any_of(word_count.begin(), word_count.end(), [&](const auto &w) {
        return w.first < numbered.front() && w.second * 2 >= rows.size();
      });
  if (amount_cols.empty() && labelled_lines && adds_across(v, rows, numbered)) {
    amount_cols = numbered;
    g.line_col.reset();
  }
  if (amount_cols.empty()) return std::nullopt;
  // The labels stand left of the first column of amounts: a column of codes
  // before them ('Cost centre' 40706, 40915: headed as codes) is no amounts,
  // so the names right of it still label the lines and their totals.
  std::uint32_t first_amount = amount_cols.front();
  for (std::uint32_t c : amount_cols) {
    std::string h = g.header ? heading_words(header_text(v, *g.header, c)) : std::string();
    if (h.empty() || !(names_code_column(h) || names_identifier(h))) {
      first_amount = c;
      break;
    }
  }
  std::size_t best = 0, best_totals = 0;
  for (auto [c, n] : word_count) {
    std::size_t totals = total_count[c];
    if (c < first_amount && (n > best || (n == best && totals > best_totals))) {
      best = n;
      best_totals = totals;
      g.label_col = c;
    }
  }
  // None left of the figures: a description between two blocks of them (a
  // CIES with last year's gross, income and net left of the service names
  // and this year's right of them), in half the rows or more, names the
  // rows in messages. Only names: its words are not read for totals, as the
  // figures' structure is read without it.
  std::optional<std::uint32_t> names_col;
  if (!g.label_col) {
    std::size_t most = 0;
    for (auto [c, n] : word_count)
      if (c > amount_cols.front() && c < amount_cols.back() && n > most && n * 2 >= rows.size()) {
        most = n;
        names_col = c;
      }
  }
  // A column of counts (FTE, a headcount, "Number of savings") adds up as
  // amounts do, and is read as them where its table names a total: a row
  // whose label says so, or a column whose heading does ("Total FTE").
  // Elsewhere it is set aside, as a percentage is.
  auto row_label = [&](std::uint32_t r) {
    std::string label = g.label_col ? trim(v.text_at(r, *g.label_col)) : std::string();
    if (label.empty() && g.label_col) label = total_named_elsewhere(v, r, first_amount);
    return label;
  };
  const bool names_a_total =
      g.header && (std::any_of(rows.begin(), rows.end(),
                               [&](std::uint32_t r) { return names_count_total_row(normalise_label(row_label(r))); }) ||
                   std::any_of(amount_cols.begin(), amount_cols.end(), [&](std::uint32_t c) {
                     if (g.label_col && c <= *g.label_col) return false;
                     std::string h = heading_words(header_text(v, *g.header, c));
                     return total_word(h) != TotalWord::None || count_total_word(h) != TotalWord::None;
                   }));
  auto counts = [&](std::uint32_t c, const std::string &norm, const HeadingsAbove &above) {
    if (!names_a_total || above.no_sum || names_code_column(norm) || headed_as_note(v, *g.header, c)) return false;
    return names_non_amount(norm) ? names_count_column(norm) : above.count;
  };
  std::vector<std::string> by_heading, years, fractions; // columns left out, and why
  std::vector<std::vector<std::string>> further;         // per amount column: the headings above its name
  for (std::uint32_t c : amount_cols) {
    if (g.label_col && c <= *g.label_col) continue;
    std::string name = g.header ? header_text(v, *g.header, c) : std::string();
    std::string norm = heading_words(name);
    std::string shown = name.empty() ? "column " + column_name(c) : "'" + name + "'";
    const HeadingsAbove above = g.header ? headings_say(v, *g.header, c, amount_cols.front()) : HeadingsAbove();
    const bool count = counts(c, norm, above);
    // A count read as amounts goes on to its figures, as an amount does.
    if (!count && (names_non_amount(norm) || names_identifier(norm) || names_code_column(norm) ||
                   (g.header && (headings_name_non_amount(v, *g.header, c, amount_cols.front()) ||
                                 headed_as_note(v, *g.header, c))))) {
      if (!names_identifier(norm) && !names_code_column(norm) && !names_note_column(norm) &&
          !(g.header && headed_as_note(v, *g.header, c)))
        g.set_aside.emplace_back(c, concat(shown, " is headed as a percentage, ratio or count"));
      by_heading.push_back(std::move(shown));
      continue;
    }
    // By the figures: years and codes, or ratios, are not amounts.
    bool all_years = true, all_small = true, some_fraction = false;
    std::size_t seen = 0;
    for (std::uint32_t r : rows) {
      const Cell *cell = v.at(r, c);
      if (!cell || cell->type != CellType::Number) continue;
      double x = cell->number;
      ++seen;
      all_years = all_years && x == std::floor(x) && x >= 1900 && x <= 2100;
      all_small = all_small && std::fabs(x) <= 1;
      some_fraction = some_fraction || x != std::floor(x);
    }
    if (seen && all_years) {
      years.push_back(std::move(shown));
      continue;
    }
    if (seen && all_small && some_fraction) {
      g.set_aside.emplace_back(c, concat(shown, " holds fractions of one, as shares or rates do"));
      fractions.push_back(std::move(shown));
      continue;
    }
    g.cols.push_back(c);
    std::vector<std::string> more;
    // Under a unit or a form's column number, the words above name the
    // column, a total ('TOTAL INCOME' over '(6)') as any other.
    std::string words;
    g.col_names.push_back(g.header ? column_heading(v, *g.header, c, amount_cols.front(), more, &words) : name);
    further.push_back(std::move(more));
    // A count column's heading names its total with its count ("Total FTE").
    auto total_named = [&](std::string_view h) { return count ? count_total_word(h) : total_word(h); };
    TotalWord total = total_named(norm);
    if (total == TotalWord::None && !words.empty()) total = total_named(heading_words(words));
    g.col_total.push_back(total);
    g.col_count.push_back(count);
    g.col_headcount.push_back(count && (names_headcount(norm) || above.headcount));
  }
  // A column of percentages written as text (a csv's "14.4%" beside the
  // amounts): no figures to the table, but figures to its reader, set aside
  // and said as a column of percentages a workbook keeps as numbers is.
  for (auto [c, n] : percent_count) {
    if (n < 2 || fig_count.contains(c) || (g.label_col && c <= *g.label_col) || c < amount_cols.front()) continue;
    std::string name = g.header ? header_text(v, *g.header, c) : std::string();
    g.set_aside.emplace_back(
        c, concat(name.empty() ? "column " + column_name(c) : "'" + name + "'", " holds percentages written as text"));
  }
  if (g.cols.empty()) {
    if (not_amounts && !(by_heading.empty() && years.empty() && fractions.empty())) {
      auto list = [](const std::vector<std::string> &names) {
        std::string out;
        for (std::size_t k = 0; k < names.size() && k < 4; ++k) out += (k ? ", " : "") + names[k];
        return names.size() > 4 ? out + " and " + std::to_string(names.size() - 4) + " more" : out;
      };
      std::string why;
      auto say = [&](const std::vector<std::string> &names, const char *one, const char *many) {
        if (names.empty()) return;
        why += (why.empty() ? "" : "; ") + list(names) + (names.size() == 1 ? one : many);
      };
      say(by_heading, " is headed as a percentage, ratio, count or code",
          " are headed as percentages, ratios, counts or codes");
      say(years, " holds years", " hold years");
      say(fractions, " holds fractions of one, as shares or rates do", " hold fractions of one, as shares or rates do");
      *not_amounts = "figures that are not amounts to add (" + why + "), so no total of them was checked";
    }
    return std::nullopt;
  }
  // Two columns of one name ("Gross Expenditure" under 2022/23 and under
  // 2023/24) are told apart by the heading above each.
  std::map<std::string, std::size_t> named;
  for (auto &n : g.col_names) ++named[n];
  for (std::size_t j = 0; j < g.cols.size(); ++j)
    if (!g.col_names[j].empty() && named[g.col_names[j]] > 1 && !further[j].empty())
      g.col_names[j] = further[j].front() + " " + g.col_names[j];
  constexpr std::int64_t kNoStep = 1000000000000000;
  g.col_step.assign(g.cols.size(), kNoStep);
  g.col_noise.assign(g.cols.size(), false);
  std::vector<std::size_t> not_zero(g.cols.size(), 0); // figures other than nil and zero, by column
  for (std::uint32_t r : rows) {
    std::string label = g.label_col ? trim(v.text_at(r, *g.label_col)) : std::string();
    if (label.empty() && g.label_col) label = total_named_elsewhere(v, r, g.cols.front());
    const std::string norm = normalise_label(label);
    g.row_total.push_back(total_word(norm));
    g.statistic.push_back(names_statistic_row(norm));
    g.names.push_back(names_col ? trim(v.text_at(r, *names_col)) : label);
    g.labels.push_back(std::move(label));
    auto [b, e] = v.row(r);
    g.dated.push_back(std::any_of(b, e, [](const Cell &c) { return c.type == CellType::Date; }));
    std::vector<std::optional<Amount>> vals(g.cols.size());
    for (std::size_t j = 0; j < g.cols.size(); ++j) {
      const Cell *cell = SheetView::in_row({b, e}, g.cols[j]);
      if (!cell) continue;
      vals[j] = read_amount(wb, *cell, ctx.figures);
      if (!vals[j] && cell->type == CellType::String &&
          (withheld_figure(wb.text(*cell), ctx.figures) || garbled_figure(wb.text(*cell)))) {
        g.withheld.emplace(g.cells.size(), j);
      } else if (!vals[j] && not_a_figure(wb, *cell, ctx.figures)) {
        g.withheld.emplace(g.cells.size(), j);
        g.not_figures.emplace(g.cells.size(), j);
      }
      if (cell->formula && vals[j])
        if (auto d = sum_down(wb, v.sheet(), r, g.cols[j])) g.sums_down[{g.cells.size(), j}] = *d;
      if (vals[j]) {
        g.col_step[j] = rounding_step(g.col_step[j], *vals[j]);
        g.col_noise[j] = g.col_noise[j] || vals[j]->decimals == kNoise;
        not_zero[j] += !vals[j]->nil && !vals[j]->value.is_zero();
      }
    }
    g.cells.push_back(std::move(vals));
  }
  // A column's rounding step is read from its own figures only where three
  // or more are not zero. A column of nils and zeros but for one figure (the
  // net effect of transfers, 0 on every line) would take its step from that
  // figure alone, so a wrong 10 or 100 there would excuse itself as the
  // rounding of a table rounded to tens or hundreds. Such a column takes the
  // finest step of the table's columns that show theirs.
  std::int64_t finest = kNoStep;
  for (std::size_t j = 0; j < g.cols.size(); ++j)
    if (not_zero[j] >= 3) finest = std::min(finest, g.col_step[j]);
  for (std::size_t j = 0; j < g.cols.size(); ++j)
    if (not_zero[j] > 0 && not_zero[j] < 3) g.col_step[j] = std::min(g.col_step[j], finest);
  for (auto &s : g.col_step)
    if (s == kNoStep) s = 1;
  return g;
}

} // namespace fundbook::structure
