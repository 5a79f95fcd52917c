// Any table of figures with totals, by its inferred structure
// (import/layout/structure/): total columns and total rows in whatever words
// and hierarchy the table uses. Runs after the council shapes, on the rows
// they did not claim. A table whose totals are believed is claimed and
// checked; one whose structure is doubtful is left to the account of
// unchecked figures, with the reason.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/concat.hpp"
#include "import/layout/shapes.hpp"
#include "import/layout/structure/infer.hpp"
#include "import/layout/structure/total_words.hpp"

namespace fundbook::layout {

namespace {
// The rows of `g` among `balances` (sheet rows): to be read as lines.
std::vector<bool> rows_among(const structure::Region &g, const std::set<std::uint32_t> &balances) {
  std::vector<bool> rows(g.rows.size(), false);
  for (std::size_t i = 0; i < g.rows.size(); ++i) rows[i] = balances.contains(g.rows[i]);
  return rows;
}

// `balances`: sheet rows named as totals that are read as balances, not sums
// (balances_no_sum_explains): lines to every reading, left to the relations.
structure::Inferred infer(const structure::Region &whole, const SheetView &v,
                          const std::set<std::uint32_t> &balances = {}) {
  structure::Inferred inf;
  auto any = [](const std::vector<bool> &rows) { return std::find(rows.begin(), rows.end(), true) != rows.end(); };
  // A running total's row is no total of the rows above, nor a row for a
  // total column to add across: every reading leaves it out.
  std::vector<bool> running = structure::running_total_rows(whole, v, inf);
  std::optional<structure::Region> without_running;
  if (any(running)) without_running = structure::without_rows(whole, running);
  const structure::Region &rows_read = without_running ? *without_running : whole;
  // So too a running total's column, where it is read along the years.
  std::vector<bool> running_cols = structure::running_total_columns(rows_read, inf);
  std::optional<structure::Region> without_running_cols;
  if (any(running_cols)) without_running_cols = structure::without_cols(rows_read, running_cols);
  const structure::Region &rest = without_running_cols ? *without_running_cols : rows_read;
  // Subtotals one column right of their items are read against them; to
  // every other reading they are lines, as to the total that adds them.
  std::vector<bool> indented = structure::indented_total_rows(rest, v, inf);
  std::optional<structure::Region> indented_as_lines;
  if (any(indented)) indented_as_lines = structure::as_lines(rest, indented);
  const structure::Region &lined = indented_as_lines ? *indented_as_lines : rest;
  std::optional<structure::Region> balances_as_lines;
  if (!balances.empty()) balances_as_lines = structure::as_lines(lined, rows_among(lined, balances));
  const structure::Region &g = balances_as_lines ? *balances_as_lines : lined;
  structure::infer_total_columns(g, v, inf);
  // Rows whose labels state their arithmetic over numbered lines are read
  // as stated; the readings by place and by figures leave them out.
  std::vector<bool> stated = structure::infer_line_arithmetic(g, v, inf);
  if (any(stated)) {
    structure::Region unstated = structure::without_rows(g, stated);
    unstated.stated_lines = inf.stated_lines;
    structure::infer_total_rows(unstated, v, inf);
    structure::infer_rows_by_figures(unstated, inf);
    structure::infer_plus_lines(unstated, inf);
  } else {
    structure::infer_total_rows(g, v, inf);
    structure::infer_rows_by_figures(g, inf);
    structure::infer_plus_lines(g, inf);
  }
  structure::infer_relations(g, v, inf);
  return inf;
}

// Rows named as totals whose label names an opening or closing balance
// ('Total funds brought forward', 'Total funds carried forward', 'Balance
// b/f'), where no figure of the row is the sum of the rows above it by any
// reading, in three columns or more: a balance carried in or out, not a
// sum of the lines over it, so
// never accused as one. Read again as lines, such a closing balance is
// checked as the relation the statement gives (the opening balance + the
// net movement), or said unchecked; a balance that adds up as a total in a
// column at least stays one.
std::set<std::uint32_t> balances_no_sum_explains(const structure::Region &g, const structure::Inferred &inf) {
  std::set<std::uint32_t> named, agreeing, out;
  for (std::size_t i = 0; i < g.rows.size(); ++i) {
    if (g.row_total[i] == structure::TotalWord::None) continue;
    const structure::PeriodLine kind = structure::period_line(normalise_label(g.labels[i]));
    if (kind == structure::PeriodLine::Opening || kind == structure::PeriodLine::Closing) named.insert(g.rows[i]);
  }
  if (named.empty()) return out;
  // A balance brought in or out is no sum of the lines over it in any of a
  // statement's fund columns; a sum typed wrong (a digit swapped, a line
  // copied wrong) puts out one column, or two with a total column. So the
  // row is read as a balance only where it is stated in three columns or
  // more, none adding up (review 27: a one-column 'Total reserves carried
  // forward' typed 12,785 for 12,875 was set aside as a balance, not
  // accused).
  std::set<std::uint32_t> stated;
  std::map<std::uint32_t, int> columns; // by row: the figures stated in columns that are no total column
  for (const StatedTotal &st : inf.totals) {
    if (st.total_column || !named.contains(st.cell.row)) continue;
    stated.insert(st.cell.row);
    ++columns[st.cell.row];
    if (agreeing_reading(st)) agreeing.insert(st.cell.row);
  }
  for (const auto &[row, n] : columns)
    if (n < 3) agreeing.insert(row);
  std::set_difference(stated.begin(), stated.end(), agreeing.begin(), agreeing.end(), std::inserter(out, out.end()));
  return out;
}

structure::Inferred infer_with_balances(const structure::Region &g, const SheetView &v) {
  structure::Inferred inf = infer(g, v);
  if (const auto balances = balances_no_sum_explains(g, inf); !balances.empty()) inf = infer(g, v, balances);
  return inf;
}

// A text naming a scale of money: thousands or millions ('\xC2\xA3000', '\xC2\xA3m',
// '$000', '\xE2\x82\xAC thousands').
bool names_scale(std::string_view text) {
  // Lowered, not normalised: normalise_label drops the '(\xC2\xA3000)' this
  // looks for.
  std::string t = fold_spaces(text);
  for (char &c : t)
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
  for (std::string_view sign : {"$", "\xE2\x82\xAC"})
    for (auto p = t.find(sign); p != std::string::npos; p = t.find(sign)) t.replace(p, sign.size(), "\xC2\xA3");
  if (const auto unit = parse_unit(t); unit && *unit != 100) return true;
  for (std::string_view w :
       {"thousand", "million", "billion", "'000", "000s", "\xC2\xA3\x62n" /* the pound sign, then bn */, "\xC2\xA3 bn"})
    if (t.find(w) != std::string::npos) return true;
  return false;
}

// A text saying figures are rounded or may not add up for it ('Figures may
// not sum due to rounding', 'rounded to the nearest pound').
bool names_rounding(std::string_view text) {
  const std::string t = normalise_label(text);
  for (std::string_view w : {"rounding", "rounded", "not add", "not sum"})
    if (t.find(w) != std::string::npos) return true;
  return false;
}

// Whether the table says its figures are in thousands or millions, or that
// they are rounded: a heading of it, or a text on the sheet above its header
// ('\xC2\xA3000' under a title), names such a scale, or a text above it, in it
// or in the few rows under it (a footnote) speaks of rounding. Where none
// does, a total column whose heading names a currency ('Net rent debit
// \xC2\xA3') adds whole amounts of it, as exact as they are written: no
// aggregate of figures rounded on their own.
bool names_scale_or_rounding(const structure::Region &g, const SheetView &v) {
  if (std::any_of(g.col_names.begin(), g.col_names.end(), [](const std::string &h) { return names_scale(h); }))
    return true;
  constexpr std::uint32_t kFootnoteRows = 10;
  const std::uint32_t top = g.header.value_or(g.rows.front());
  const std::uint32_t bottom = g.rows.back() + kFootnoteRows;
  const auto &rows = v.rows();
  for (std::size_t i = 0; i < rows.size() && rows[i] <= bottom; ++i) {
    auto [b, e] = v.row(rows[i]);
    for (const Cell *c = b; c != e; ++c) {
      if (c->type != CellType::String) continue;
      const std::string text = v.text(*c);
      if ((rows[i] <= top && names_scale(text)) || names_rounding(text)) return true;
    }
  }
  return false;
}

// The region read with its code row as figures (alt) has more totals that
// add up than as read (g), and some of them add up only with that row: more
// total rows, or as many total rows and more rows of its total columns (a
// plan whose first row rises left to right to its Total, under the header
// that names that Total).
bool adds_up_with(const structure::Region &alt, const structure::Region &g, const SheetView &v) {
  structure::Inferred a, b, a_cols, b_cols;
  structure::infer_total_rows(alt, v, a);
  structure::infer_total_rows(g, v, b);
  if (a.explained < b.explained) return false;
  if (a.explained == b.explained) {
    structure::infer_total_columns(alt, v, a_cols);
    structure::infer_total_columns(g, v, b_cols);
    if (a_cols.explained <= b_cols.explained) return false;
    a.totals = std::move(a_cols.totals);
  }
  return std::any_of(a.totals.begin(), a.totals.end(), [&](const StatedTotal &s) {
    return std::any_of(s.readings.begin(), s.readings.end(), [&](const Reading &r) {
      return same_at_precision(s.stated, r.sum, s.noise, r.parts.size()) &&
             std::any_of(r.parts.begin(), r.parts.end(), [&](const CellRef &p) { return p.row == *g.code_row; });
    });
  });
}
// The region read with its code row as its first line (alt), where that
// line is off in a total column the rows under it bear out (a headerless
// table's first line, 'Adults' 100 200 300 613, rising left to right as
// column codes do): the column is believed as read (g) and with the line
// read in, and the line may be one (code_row_may_be_line) whose figures
// are of the table's own size in every column (codes 1, 2, 3 over amounts
// in thousands are not). adds_up_with refuses such a reading, for the
// line adds no total up; read as codes, its wrong total went unsaid while
// the table was said checked.
bool off_in_borne_total(const structure::Region &alt, const structure::Region &g, const SheetView &v) {
  const std::uint32_t line = *g.code_row;
  if (!structure::code_row_may_be_line(v, line)) return false;
  const std::optional<std::size_t> at = structure::row_of(alt, line);
  if (!at) return false;
  // Each of the line's figures within ten times the figures under it.
  constexpr double kSizeRatio = 10;
  auto size = [](const Money &m) { return std::abs(static_cast<double>(m.pence())); };
  for (std::size_t j = 0; j < alt.cols.size(); ++j) {
    const auto &x = alt.cells[*at][j];
    if (!x || x->nil) continue;
    double least = 0, most = 0;
    for (std::size_t i = 0; i < alt.rows.size(); ++i) {
      const auto &y = alt.cells[i][j];
      if (i == *at || !y || y->nil || y->value.is_zero()) continue;
      least = least == 0 ? size(y->value) : std::min(least, size(y->value));
      most = std::max(most, size(y->value));
    }
    const double a = size(x->value);
    if (most == 0 || a > most * kSizeRatio || a * kSizeRatio < least) return false;
  }
  structure::Inferred with, without;
  structure::infer_total_columns(alt, v, with);
  structure::infer_total_columns(g, v, without);
  return std::any_of(with.totals.begin(), with.totals.end(), [&](const StatedTotal &s) {
    return s.total_column && s.cell.row == line && !s.readings.empty() &&
           !same_at_precision(s.stated, s.readings.front().sum, s.noise, s.readings.front().parts.size()) &&
           std::any_of(without.totals.begin(), without.totals.end(),
                       [&](const StatedTotal &o) { return o.total_column && o.cell.col == s.cell.col; });
  });
}

// Why a region with no total found is unchecked, where nothing in it is
// named a total: a list (payments, grant awards) states no total to check,
// which is not the same as a total fundbook could not make out. Only a
// long list: a few rows of figures may be a table whose totals are elsewhere.
constexpr std::size_t kListRows = 10;
std::string no_total_stated(const structure::Region &g) {
  auto word = [](structure::TotalWord w) { return w != structure::TotalWord::None; };
  if (g.rows.size() < kListRows || std::any_of(g.row_total.begin(), g.row_total.end(), word) ||
      std::any_of(g.col_total.begin(), g.col_total.end(), word))
    return {};
  return "a list of " + std::to_string(g.rows.size()) +
         " rows with no row or column named as a total and none adding up others: there was no total to check";
}

// Why a region whose totals no reading made out is unchecked, where rows or
// columns are named as totals all the same: in its label column, or in
// another text column left of its figures (a long export's measure column,
// "Total capital financing", beside the authority's name in the first). They
// were found, not understood: never "no row or column named as a total".
std::string named_totals_not_understood(const structure::Region &g, const SheetView &v) {
  std::size_t rows = 0;
  std::string first;
  for (std::uint32_t r : g.rows) {
    auto [b, e] = v.row(r);
    for (const Cell *c = b; c != e && c->col < g.cols.front(); ++c) {
      if (c->type != CellType::String || structure::total_word(v.label(*c)) == structure::TotalWord::None) continue;
      if (!rows++) first = trim(v.text(*c));
      break;
    }
  }
  std::size_t cols = 0;
  for (std::size_t j = 0; j < g.cols.size(); ++j)
    if (g.col_total[j] != structure::TotalWord::None && !cols++ && first.empty()) first = g.col_names[j];
  if (!rows && !cols) return {};
  if (first.size() > 60) first = first.substr(0, 57) + "...";
  auto counted = [](std::size_t n, const char *one, const char *many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  std::string what = rows && cols ? counted(rows, "row", "rows") + " and " + counted(cols, "column", "columns")
                     : rows       ? counted(rows, "row", "rows")
                                  : counted(cols, "column", "columns");
  const bool one = rows + cols == 1;
  return concat(what, one ? " named as a total ('" : " named as totals ('", first, one ? "') was" : "', ...) were",
                " found but not understood (what ", one ? "it adds" : "each adds", " was not made out), so ",
                one ? "it was not" : "none was", " checked");
}

// Which of the region's figures a step is taken over: [row][amount column].
using FigureFilter = std::function<bool(std::size_t, std::size_t)>;
FigureFilter in_columns(const structure::Region &g, const std::set<std::uint32_t> &added) {
  return [&g, &added](std::size_t, std::size_t j) { return added.empty() || added.contains(g.cols[j]); };
}

// The finest step the figures' texts are written to, where most of its
// figures other than nil and zero show it ('3.815', '0.599', '3.4', '0': a
// writer that drops trailing zeros); zero where most are whole ('100',
// '200', '300.5': whole figures shown rounded) or where a figure is no plain
// text. Only the figures `counted` takes.
Money texts_step(const structure::Region &g, const SheetView &v, const FigureFilter &counted) {
  int finest = 0;
  std::size_t figures = 0;
  std::vector<int> written;
  for (std::size_t i = 0; i < g.rows.size(); ++i)
    for (std::size_t j = 0; j < g.cols.size(); ++j) {
      if (!counted(i, j)) continue;
      if (!g.cells[i][j] || g.cells[i][j]->nil || g.cells[i][j]->value.is_zero()) continue;
      int d = structure::decimals_written(v.text_at(g.rows[i], g.cols[j]));
      if (d < 0) return Money();
      written.push_back(d);
      finest = std::max(finest, d);
      ++figures;
    }
  std::size_t at_finest = std::size_t(std::count(written.begin(), written.end(), finest));
  if (finest == 0 || at_finest * 2 <= figures) return Money();
  std::int64_t step = structure::kScale;
  for (int k = 0; k < finest; ++k) step /= 10;
  return Money::from_pence(step);
}

// How finely a workbook's number cells show the table's figures, by their
// number formats (0.0: a tenth; #,##0: a unit; #,##0, : a thousand), in
// minor units (structure::kScale a unit): the coarsest any figure other than
// nil is shown to. Zero where any figure's format does not say (General, a
// percentage); nullopt where no figure is a number cell (a CSV, figures
// typed as text: their texts say, written_step). Where some figures are
// number cells and others text ('$728.5' typed on a total row, 319.8 shown
// as #,##0.0 on the lines), the coarser of the two: the texts' step as
// written_step reads it, zero where they do not show one.
// Only the columns its totals add or state count (`added`, where known): a
// column of cost-centre codes under General beside amounts shown to 0.1
// says nothing of how finely the amounts are shown.
std::optional<Money> shown_step(const structure::Region &g, const SheetView &v, const FigureFilter &counted) {
  std::int64_t coarsest = 0;
  bool numbers = false, texts = false;
  auto is_number = [&](std::size_t i, std::size_t j) {
    const Cell *c = v.at(g.rows[i], g.cols[j]);
    return c && c->type == CellType::Number;
  };
  for (std::size_t i = 0; i < g.rows.size(); ++i)
    for (std::size_t j = 0; j < g.cols.size(); ++j) {
      if (!counted(i, j)) continue;
      if (!g.cells[i][j] || g.cells[i][j]->nil) continue;
      if (!is_number(i, j)) {
        texts = true;
        continue;
      }
      numbers = true;
      const Cell *c = v.at(g.rows[i], g.cols[j]);
      if (c->shown == shown_step::kUnknown) return Money();
      const Money step = shown_step_in(structure::kScale, shown_step::exponent(c->shown));
      if (step.is_zero()) return Money();
      coarsest = std::max(coarsest, step.pence());
    }
  if (!numbers) return std::nullopt;
  if (!texts) return Money::from_pence(coarsest);
  const Money written =
      texts_step(g, v, [&](std::size_t i, std::size_t j) { return counted(i, j) && !is_number(i, j); });
  return written.is_zero() ? Money() : Money::from_pence(std::max(coarsest, written.pence()));
}

// The step the table's figures are written to (see TotalsTable::written_step):
// in a workbook whose figures are number cells, the step their formats show
// them to (shown_step: what a finance officer sees, whatever the cell holds);
// else the step their texts show (texts_step).
Money written_step(const structure::Region &g, const SheetView &v, const FigureFilter &counted) {
  if (auto shown = shown_step(g, v, counted)) return *shown;
  return texts_step(g, v, counted);
}
// The thousands a figure written as one group of digits, a point and three
// more ("1.030", "(2.500)", "-4.250", "£1.030") would be were its point a
// thousands separator: 1030, 2500, 4250. nullopt for any other writing: a
// first group that starts with 0 ("0.125") or runs past three digits is no
// thousands grouping, and two or four decimals ("1.03", "12.50") are pence
// or a finer figure, never thousands.
std::optional<std::int64_t> thousands_if_point_slipped(std::string_view t) {
  t = trim_view(t);
  const bool bracket = t.starts_with('(') && t.ends_with(')');
  if (bracket) t = t.substr(1, t.size() - 2);
  if (!bracket && (t.starts_with('-') || t.starts_with('+'))) t.remove_prefix(1);
  for (std::string_view sign : {"\xc2\xa3", "$", "\xe2\x82\xac"}) // pound, dollar, euro
    if (t.starts_with(sign)) {
      t.remove_prefix(sign.size());
      break;
    }
  const std::size_t point = t.find('.');
  if (point == std::string_view::npos || point == 0 || point > 3 || t.size() != point + 4 || t.front() == '0')
    return std::nullopt;
  std::int64_t n = 0;
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (k == point) continue;
    if (t[k] < '0' || t[k] > '9') return std::nullopt;
    n = n * 10 + (t[k] - '0');
  }
  return n;
}

// The region's one figure whose point may be a slip for a thousands comma
// (see PointSlip): typed as text (a workbook's number cell keeps no trace of
// the digits typed), and every other figure of the region written whole,
// at least kWholeBeside of them in its own column. Not where two figures
// are so written, or any other shows decimals: the table may then write
// decimals after all (a £m table to three places), and what its whole
// figures are is no longer the evidence.
constexpr std::size_t kWholeBeside = 3;
std::vector<PointSlip> point_slips(const structure::Region &g, const SheetView &v) {
  std::optional<std::pair<std::size_t, std::size_t>> slip;
  std::int64_t thousands = 0;
  for (std::size_t i = 0; i < g.rows.size(); ++i) {
    auto cells = v.row(g.rows[i]);
    for (std::size_t j = 0; j < g.cols.size(); ++j) {
      const auto &a = g.cells[i][j];
      if (!a || a->nil || a->value.is_zero()) continue;
      const std::string text = v.text_at(g.rows[i], g.cols[j]);
      const int d = structure::decimals_written(text);
      if (d == 0) continue;
      const Cell *c = SheetView::in_row(cells, g.cols[j]);
      auto n =
          d == 3 && c && c->type == CellType::String && !c->formula ? thousands_if_point_slipped(text) : std::nullopt;
      if (!n || slip) return {};
      slip = {i, j};
      thousands = *n;
    }
  }
  if (!slip) return {};
  auto [i, j] = *slip;
  std::size_t beside = 0;
  for (std::size_t k = 0; k < g.rows.size(); ++k)
    beside += k != i && g.cells[k][j] && !g.cells[k][j]->nil && !g.cells[k][j]->value.is_zero();
  if (beside < kWholeBeside) return {};
  PointSlip p;
  p.cell = CellRef{g.rows[i], g.cols[j]};
  p.written = trim(v.text_at(p.cell.row, p.cell.col));
  std::string who = g.names[i].empty() ? "row " + std::to_string(g.rows[i] + 1) : structure::quoted(g.names[i]);
  std::string col = g.col_names[j].empty() ? "column " + column_name(g.cols[j]) : structure::quoted(g.col_names[j]);
  p.what = concat(who, ": ", col);
  p.as_read = g.cells[i][j]->value;
  p.as_thousands = Money::from_pence(thousands * structure::kScale);
  if (p.as_read.pence() < 0) p.as_thousands = -p.as_thousands;
  return {std::move(p)};
}

// The cells of the region's amount columns, from its first row to its
// last, that hold a figure lost in the writing (broken_figure: "195,7",
// "258. 1", "£20.434.45"), as sheet cells, in order: a line whose only figure is
// so written holds no figure, so it is not among the region's rows. So the
// rows right under its last that hold such a figure are its own too (a
// Total row whose total is mistyped). Not a formula's text (=TEXT(C27, B27)
// gives ",1234567" on purpose).
std::vector<CellRef> broken_figures(const structure::Region &g, const SheetView &v, const FigureVocabulary &fv) {
  std::vector<CellRef> out;
  const auto &rows = v.rows();
  for (std::size_t k = v.row_index(g.rows.front()); k < rows.size(); ++k) {
    const bool past = rows[k] > g.rows.back();
    if (past && rows[k] != rows[k - 1] + 1) break; // a blank row ends the table
    const std::size_t before = out.size();
    auto cells = v.row(rows[k]);
    for (std::uint32_t col : g.cols) {
      const Cell *c = SheetView::in_row(cells, col);
      if (c && c->type == CellType::String && !c->formula && broken_figure(v.text(*c), fv))
        out.push_back(CellRef{rows[k], col});
    }
    if (past && out.size() == before) break;
  }
  return out;
}

// Counts are compared at the decimals their figures are written to (FTE to
// 0.1 or 0.01), as shown by the figures its totals count: a line the table
// leaves out ('Average cost per FTE \xC2\xA3' under the Total, shown whole)
// says nothing of them. Where a workbook's number formats do not say how
// finely they are shown (General shows a number as it is held), their own
// figures do, unless unrounded (computed values). A table whose totals add
// only counts takes the coarsest of theirs for its totals across a row.
// Whole counts keep the default allowance of one.
void counts_at_their_decimals(const structure::Region &g, const SheetView &v, const std::set<std::uint32_t> &added,
                              TotalsTable &t) {
  std::set<CellRef> counted;
  for (const StatedTotal &st : t.totals) {
    if (st.readings.empty()) continue;
    counted.insert(st.cell);
    counted.insert(st.readings.front().parts.begin(), st.readings.front().parts.end());
  }
  auto count_figure = [&](std::size_t i, std::size_t j) {
    return g.col_count[j] && !g.col_noise[j] && counted.contains(CellRef{g.rows[i], g.cols[j]});
  };
  auto own_step = [&](const FigureFilter &which, std::int64_t figures_step) {
    Money step = written_step(g, v, which);
    return step.pence() > 0 ? step : Money::from_pence(figures_step);
  };
  std::int64_t coarsest = 0;
  bool only_counts = true;
  for (std::size_t j = 0; j < g.cols.size(); ++j) {
    if (!added.empty() && !added.contains(g.cols[j])) continue;
    if (!g.col_count[j] || g.col_noise[j]) {
      only_counts = false;
      continue;
    }
    coarsest = std::max(coarsest, g.col_step[j]);
    t.column_steps[g.cols[j]] =
        own_step([&](std::size_t i, std::size_t k) { return k == j && count_figure(i, k); }, g.col_step[j]);
  }
  if (only_counts && coarsest > 0) t.written_step = own_step(count_figure, coarsest);
}

// Whether a stated total is a headcount's: its own column is headed as
// people counted, or, across a row, a column it adds is.
bool counts_people(const structure::Region &g, const StatedTotal &st) {
  auto headcount = [&](std::uint32_t col) {
    auto j = structure::col_of(g, col);
    return j && g.col_headcount[*j];
  };
  if (headcount(st.cell.col)) return true;
  if (!st.total_column || st.readings.empty()) return false;
  const auto &parts = st.readings.front().parts;
  return std::any_of(parts.begin(), parts.end(), [&](const CellRef &p) { return headcount(p.col); });
}

// A table whose structure its own figures bear out: a total it names by
// its words ("Total", not one known by its place or figures alone: a sheet
// of format codes and their results has rows that add up by chance) agrees
// with its reading, exactly or within the rounding of its figures.
bool borne_out(const structure::Region &g, const structure::Inferred &inf) {
  return std::any_of(inf.totals.begin(), inf.totals.end(), [&](const StatedTotal &st) {
    if (!structure::named_total(g, st) || st.readings.empty()) return false;
    const Reading &own = st.readings.front();
    return agreeing_reading(st) != nullptr ||
           (st.stated - own.sum).abs() <= rounding_bound(st.stated, st.step, own.parts.size());
  });
}

// Figures lost in the writing in a table whose structure is not borne out:
// each said in the account, cited at its cell, one block a row (they are
// errors only in a table whose structure is known: non-numeric-value).
void say_broken_figures(const std::vector<CellRef> &cells, const SheetView &v, std::vector<UncheckedBlock> &out) {
  for (std::size_t k = 0; k < cells.size();) {
    std::size_t e = k;
    while (e < cells.size() && cells[e].row == cells[k].row) ++e;
    UncheckedBlock b;
    b.sheet = v.sheet().name;
    b.first = cells[k];
    b.last = cells[e - 1];
    b.figures = e - k;
    for (std::size_t c = k; c < e; ++c)
      b.why += concat(c == k       ? ""
                      : c + 1 == e ? " and "
                                   : ", ",
                      "'", trim(v.text_at(cells[c].row, cells[c].col)), "' at ", a1(cells[c]));
    b.why += e - k == 1 ? " is not a number as written, so it was not read"
                        : " are not numbers as written, so they were not read";
    out.push_back(std::move(b));
    k = e;
  }
}
} // namespace

void totals_tables(Context &ctx) {
  const SheetView &v = ctx.view;
  for (structure::Region &g : structure::find_regions(ctx)) {
    structure::Inferred inf = infer_with_balances(g, v);
    if (g.code_row) {
      // The row taken as column codes read as the table's first row of
      // figures instead: believed only where more totals add up with it,
      // or where it is a line off in a total column the rows under it bear
      // out.
      std::vector<std::uint32_t> rows{*g.code_row};
      rows.insert(rows.end(), g.rows.begin(), g.rows.end());
      if (auto alt = structure::build_region(ctx, rows, g.code_row_header);
          alt && (adds_up_with(*alt, g, v) || off_in_borne_total(*alt, g, v))) {
        g = std::move(*alt);
        inf = infer_with_balances(g, v);
      }
    }
    // A total kept in view above the headings (a filtered list's).
    const std::optional<std::uint32_t> over_header = structure::totals_over_header(g, v, ctx.figures, inf);
    // The columns its totals add, before any is set aside for what it counts.
    std::set<std::uint32_t> added;
    for (const StatedTotal &st : inf.totals) {
      if (st.readings.empty()) continue;
      added.insert(st.cell.col);
      for (const CellRef &p : st.readings.front().parts) added.insert(p.col);
    }
    std::vector<CellRef> texts = structure::set_aside_totals_over_text(g, v, inf);
    structure::set_aside_totals_over_withheld(g, v, inf);
    std::string not_checked = structure::split_whole_table_doubts(g, v, inf);
    // A figure lost in the writing ("195,7" among figures with decimal
    // points, "258. 1") is one kind of cell wherever it stands: in a table
    // whose structure is borne out, each is an error of the table, whether
    // a total counts it or not; elsewhere each is said unchecked at its cell.
    // Only in a column a total adds, though: a column no total counts
    // ("Para": 3.1, 3.2, "3.3, 3.4") may hold text that is no amount at all.
    std::vector<CellRef> broken = broken_figures(g, v, ctx.figures);
    if (borne_out(g, inf)) {
      auto in_added = [&](const CellRef &c) { return added.contains(c.col); };
      std::copy_if(broken.begin(), broken.end(), std::back_inserter(texts), in_added);
      std::erase_if(broken, in_added);
      std::sort(texts.begin(), texts.end());
      texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
    }
    std::erase_if(broken, [&](const CellRef &c) { return std::binary_search(texts.begin(), texts.end(), c); });
    say_broken_figures(broken, v, ctx.out.unchecked);
    if (inf.totals.empty() && inf.relations.empty()) {
      for (auto &b : inf.doubtful)
        for (std::uint32_t r : g.rows) ctx.doubts.emplace(r, Context::Doubt{b.why, b.totals_unchecked, b.not_a_sum});
      // Stated totals seen and not checked, said so in the closing line.
      std::string why = named_totals_not_understood(g, v);
      const bool named = !why.empty();
      if (!named) why = no_total_stated(g);
      if (inf.doubtful.empty() && !why.empty())
        for (std::uint32_t r : g.rows) ctx.doubts.emplace(r, Context::Doubt{why, named});
      continue;
    }
    // Its results no check covers (a bottom line under the last total
    // checked) are said, never passed as checked.
    std::vector<UncheckedBlock> uncovered;
    structure::say_uncovered_lines(g, inf, uncovered, v.sheet().name);
    TotalsTable t;
    t.sheet = v.sheet().name;
    std::uint32_t top = over_header ? *over_header : g.header.value_or(g.rows.front());
    std::uint32_t left = g.label_col ? std::min(*g.label_col, g.cols.front()) : g.cols.front();
    t.first = CellRef{top, left};
    t.last = CellRef{g.rows.back(), g.cols.back()};
    t.unit = structure::kScale;
    if (g.banner) t.heading = trim(v.text_at(*g.banner, v.row(*g.banner).first->col));
    std::optional<bool> scaled; // names_scale_or_rounding, read once where a total column needs it
    for (StatedTotal &st : inf.totals) {
      st.headcount = counts_people(g, st);
      // Whole amounts only: a total of figures to the penny written to
      // whole pounds is off by its own rounding, as before.
      if (!st.total_column || st.step.pence() < structure::kScale) continue;
      const auto j = std::find(g.cols.begin(), g.cols.end(), st.cell.col);
      if (j == g.cols.end() || !structure::names_currency(g.col_names[std::size_t(j - g.cols.begin())])) continue;
      if (!scaled) scaled = names_scale_or_rounding(g, v);
      st.currency_units = !*scaled;
    }
    t.totals = std::move(inf.totals);
    t.relations = std::move(inf.relations);
    t.not_checked = std::move(not_checked);
    t.written_step = written_step(g, v, in_columns(g, added));
    for (std::uint32_t col : g.cols)
      if (added.empty() || added.contains(col)) {
        const std::set<std::uint32_t> one{col};
        t.column_steps.emplace(col, written_step(g, v, in_columns(g, one)));
      }
    counts_at_their_decimals(g, v, added, t);
    t.point_slips = point_slips(g, v);
    for (auto &b : inf.doubtful) ctx.out.unchecked.push_back(std::move(b));
    for (auto &b : uncovered) ctx.out.unchecked.push_back(std::move(b));
    // The figure columns set aside as no amounts to add (a count, a
    // percentage beside the amounts its totals check): not checked, and said.
    // A figure there is a number, or text that reads as one ("3.01" in a
    // csv) or as a percentage ("14.4%").
    auto set_aside_figure = [&](const Cell *c) {
      if (!c) return false;
      if (c->type == CellType::Number) return true;
      if (c->type != CellType::String) return false;
      if (structure::percent_text(v.workbook().text(*c))) return true;
      auto a = structure::read_amount(v.workbook(), *c, ctx.figures);
      return a && !a->nil;
    };
    for (const auto &[col, why] : g.set_aside) {
      UncheckedBlock b;
      b.sheet = t.sheet;
      for (std::uint32_t r : g.rows) {
        if (!set_aside_figure(v.at(r, col))) continue;
        if (!b.figures) b.first = CellRef{r, col};
        b.last = CellRef{r, col};
        ++b.figures;
      }
      if (!b.figures) continue;
      b.why = concat(why, ": not an amount to add, so no total of it was checked");
      ctx.out.unchecked.push_back(std::move(b));
    }
    // A year table that gave way to this inference may have noted the text
    // already (year_tables keeps its notes of text that is no marker): one
    // cell, one note.
    for (const CellRef &c : texts) {
      bool noted = std::any_of(ctx.out.notes.begin(), ctx.out.notes.end(), [&](const CellNote &n) {
        return n.kind == NoteKind::NonNumeric && n.ref == c && n.sheet == t.sheet;
      });
      if (!noted) ctx.out.notes.push_back({NoteKind::NonNumeric, t.sheet, c, trim(v.text_at(c.row, c.col))});
    }
    if (g.header) ctx.claim(*g.header);
    if (over_header) ctx.claim(*over_header);
    for (std::uint32_t r : g.rows) ctx.claim(r);
    ctx.out.totals_tables.push_back(std::move(t));
  }
}

} // namespace fundbook::layout
