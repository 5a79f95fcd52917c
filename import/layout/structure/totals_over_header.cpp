// A total stated above its table's headings: a filtered list keeps its
// total in view over the filter's headings ("Total (visible rows)" and
// =SUBTOTAL(109,D4:D33) over 'Date | Supplier | Amount £'). It stands
// outside the table's rows, so no reading of the rows finds it.
//
// It is read as a total only on evidence: its formula adds its own column
// from the table's first line to its last (SUM, or SUBTOTAL 9 or 109), or,
// over a list of one column of amounts with no total among its lines (a
// plain list, as plain_list_total reads one at its foot), a cell of its row
// left of it names it as that column's total ('Total', 'Total (visible
// rows)', 'Total payments' over 'Payments'). A filter hides rows: what it
// adds is then the lines shown (SUBTOTAL's reading, and what the reader
// sees) or all of them (SUM's); a total is wrong only where neither gives it.
#include <algorithm>
#include <cctype>
#include <string>

#include "core/concat.hpp"
#include "import/formula/sum_areas.hpp"
#include "import/layout/structure/infer.hpp"
#include "import/layout/vocabulary.hpp"

namespace fundbook::structure {

namespace {
// The words of a label, lower case, without what its brackets hold (or
// with it, `inside`).
std::vector<std::string> plain_words(std::string_view label, bool inside = false) {
  std::vector<std::string> out;
  std::string w;
  int depth = 0;
  auto flush = [&] {
    if (!w.empty()) out.push_back(std::move(w));
    w.clear();
  };
  for (char c : label) {
    if (c == '(') ++depth;
    if (c == ')') {
      depth = std::max(0, depth - 1);
      flush();
      continue;
    }
    if ((depth == 0 || inside) && std::isalnum(static_cast<unsigned char>(c)))
      w += char(std::tolower(static_cast<unsigned char>(c)));
    else
      flush();
  }
  flush();
  return out;
}

// A label that names the total of a column headed `heading`, and nothing
// else: 'Total', 'Grand total', 'Total (visible rows)', or 'Total' with
// words of the heading ('Total payments' over 'Payments', 'Total amount'
// over 'Amount £'). Not 'Total budget' over 'Amount', nor 'Total available':
// a figure the list may be set against, not its sum.
bool names_column_total(std::string_view label, std::string_view heading) {
  if (total_word(normalise_label(label)) == TotalWord::None) return false;
  const std::vector<std::string> head = plain_words(heading);
  bool total = false;
  for (const std::string &w : plain_words(label)) {
    if (w == "total" || w == "totals" || w == "subtotal") {
      total = true;
      continue;
    }
    if (w == "grand" || w == "sub" || w == "overall" || w == "of" || w == "all") continue;
    // A word of the heading, or its plural: 'payments' over 'Payment'.
    bool heads = std::any_of(head.begin(), head.end(),
                             [&](const std::string &h) { return w == h || w == h + "s" || w + "s" == h; });
    if (!heads) return false;
  }
  return total;
}

// Where the formula of a total above the table adds the lines of its own
// column, from the first to the last (the area may reach blank rows past
// them, never a figure outside the table): whether it is a SUBTOTAL (the
// lines shown) rather than a SUM (all of them). nullopt where it is no such
// formula.
std::optional<bool> adds_its_lines(const Region &g, const SheetView &v, std::uint32_t row, std::uint32_t col) {
  const Workbook &wb = v.workbook();
  const CellFormula *f = v.sheet().formula_at(row, col);
  if (!f) return std::nullopt;
  auto areas = formula::summed_areas(wb.text(*f));
  if (!areas || areas->size() != 1) return std::nullopt;
  const formula::Area &a = areas->front();
  if (a.whole_columns || a.first.col != col || a.last.col != col) return std::nullopt;
  if (a.first.row <= row || a.first.row > g.rows.front() || a.last.row < g.rows.back()) return std::nullopt;
  for (std::uint32_t r : v.rows()) {
    if (r < a.first.row || r > a.last.row || (r >= g.rows.front() && r <= g.rows.back())) continue;
    if (const Cell *c = v.at(r, col); c && c->type == CellType::Number) return std::nullopt;
  }
  std::string text(wb.text(*f));
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::toupper(c)); });
  return text.find("SUBTOTAL") != std::string::npos;
}
} // namespace

std::optional<std::uint32_t> totals_over_header(const Region &g, const SheetView &v, const FigureVocabulary &fv,
                                                Inferred &out) {
  constexpr std::size_t kLines = 4;
  if (!g.header || *g.header == 0 || g.rows.size() < kLines) return std::nullopt;
  // A list: no total among its lines, none read in its rows.
  if (std::any_of(g.row_total.begin(), g.row_total.end(), [](TotalWord t) { return t != TotalWord::None; }) ||
      std::any_of(out.totals.begin(), out.totals.end(), [](const StatedTotal &s) { return !s.total_column; }))
    return std::nullopt;
  // The row right above the headings.
  const std::uint32_t row = *g.header - 1;
  auto [b, e] = v.row(row);
  if (b == e) return std::nullopt;
  const Workbook &wb = v.workbook();
  std::string label; // the one text of the row, left of its figures
  std::vector<std::pair<std::size_t, Amount>> figures;
  for (const Cell *c = b; c != e; ++c) {
    auto j = col_of(g, c->col);
    auto a = read_amount(wb, *c, fv);
    if (j && a) {
      if (!a->nil && !a->value.is_zero()) figures.emplace_back(*j, *a);
      continue;
    }
    if (c->type != CellType::String) {
      if (a) return std::nullopt; // a figure beside the table's columns: another table's row
      continue;
    }
    std::string t = trim(v.text(*c));
    if (t.empty()) continue;
    if (j || !label.empty() || c->col > g.cols.front()) return std::nullopt; // a heading, or words of another kind
    label = std::move(t);
  }
  if (figures.empty()) return std::nullopt;
  bool any = false;
  for (const auto &figure : figures) {
    const std::size_t j = figure.first; // (not a structured binding: lambdas below capture it)
    const Amount &a = figure.second;
    const std::uint32_t col = g.cols[j];
    auto subtotal = adds_its_lines(g, v, row, col);
    const bool worded = g.cols.size() == 1 && !label.empty() && names_column_total(label, g.col_names[j]);
    if (!subtotal && !worded) continue;
    if (std::any_of(g.withheld.begin(), g.withheld.end(), [&](const auto &w) { return w.second == j; })) continue;
    Reading all, shown;
    for (std::size_t i = 0; i < g.rows.size(); ++i) {
      const auto &line = g.cells[i][j];
      if (!line) continue;
      const CellRef at{g.rows[i], col};
      all.parts.push_back(at);
      all.sum += line->value;
      if (v.sheet().row_hidden(g.rows[i])) continue;
      shown.parts.push_back(at);
      shown.sum += line->value;
    }
    if (all.parts.size() < kLines) continue;
    const std::size_t hidden = all.parts.size() - shown.parts.size();
    // Words that say it counts the lines a filter shows, where no line is
    // hidden (a CSV keeps no filter): which lines were shown is not known,
    // so only a total that adds up says anything.
    const std::vector<std::string> words = plain_words(label, true);
    const bool of_shown = !subtotal && std::any_of(words.begin(), words.end(), [](const std::string &w) {
      return w == "visible" || w == "shown" || w == "filtered";
    });
    if (of_shown && !hidden && all.sum != a.value) {
      UncheckedBlock u;
      u.sheet = v.sheet().name;
      u.first = CellRef{row, col};
      u.last = u.first;
      u.figures = 1;
      u.why = concat(quoted(label),
                     " counts the lines a filter shows, and which were shown is not known (no line is hidden), so it "
                     "was not checked");
      out.doubtful.push_back(std::move(u));
      continue;
    }
    StatedTotal s;
    s.cell = CellRef{row, col};
    s.stated = a.value;
    const std::string heading = g.col_names[j].empty() ? "column " + column_name(col) : quoted(g.col_names[j]);
    s.what = label.empty() ? concat("The total above ", heading) : concat(quoted(label), " for ", heading);
    s.step = Money::from_pence(g.col_step[j]);
    s.noise = g.col_noise[j];
    if (hidden && !shown.parts.empty()) {
      shown.name = concat("the ", std::to_string(shown.parts.size()), " lines shown under it (", std::to_string(hidden),
                          " hidden)");
      all.name = concat("all ", std::to_string(all.parts.size()), " lines under it, the hidden ones too,");
      // A SUM adds every line; a SUBTOTAL, or a total seen over a filter, those shown.
      if (subtotal && !*subtotal) {
        s.readings.push_back(std::move(all));
        s.readings.push_back(std::move(shown));
      } else {
        s.readings.push_back(std::move(shown));
        s.readings.push_back(std::move(all));
      }
    } else {
      all.name = concat("the ", std::to_string(all.parts.size()), " lines under it");
      s.readings.push_back(std::move(all));
    }
    if (agreeing_reading(s)) ++out.explained;
    out.totals.push_back(std::move(s));
    any = true;
  }
  if (!any) return std::nullopt;
  return row;
}

} // namespace fundbook::structure
