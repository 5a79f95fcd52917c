// formula-result-mismatch: a formula's saved value against what its own
// inputs give. total-range-mismatch: a total's SUM range against the table it
// totals (a row or year left out, or a subtotal added with its own parts).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <regex>
#include <set>
#include <span>
#include <tuple>

#include "core/concat.hpp"
#include "engine/rules/line_words.hpp"
#include "engine/rules/registry.hpp"
#include "import/formula/evaluate.hpp"
#include "import/formula/sum_areas.hpp"
#include "import/figures.hpp"
#include "import/layout/structure/total_words.hpp"
#include "import/layout/vocabulary.hpp"

namespace fundbook::rules {

namespace {
// How a stale formula's finding names its formula; a total finding at the same
// cell takes the clause from there.
constexpr std::string_view kItsFormula = "its formula ";
} // namespace
Money as_shown(Money micro) {
  std::int64_t p = micro.pence();
  constexpr std::int64_t d = formula::kScale / 100000;
  std::int64_t q = p / d, r = p % d;
  if ((r < 0 ? -r : r) * 2 >= d) q += p < 0 ? -1 : 1;
  return Money::from_pence(q);
}

namespace {

std::string shown(Money micro) { return as_shown(micro).display(); }

std::optional<std::size_t> sheet_index(const Workbook &wb, const std::string &name) {
  for (std::size_t i = 0; i < wb.sheets.size(); ++i)
    if (wb.sheets[i].name == name) return i;
  return std::nullopt;
}

bool covers(std::span<const formula::Area> areas, CellRef c) {
  for (auto &a : areas)
    if (c.row >= a.first.row && c.row <= a.last.row && c.col >= a.first.col && c.col <= a.last.col) return true;
  return false;
}

// "rows 5-9", "row 5", "columns C-G".
std::string span_words(std::span<const formula::Area> areas, bool rows) {
  std::string out;
  for (auto &a : areas) {
    if (!out.empty()) out += " and ";
    if (rows) {
      out += a.first.row == a.last.row
                 ? "row " + std::to_string(a.first.row + 1)
                 : "rows " + std::to_string(a.first.row + 1) + "-" + std::to_string(a.last.row + 1);
    } else {
      out += a.first.col == a.last.col ? "column " + column_name(a.first.col)
                                       : "columns " + column_name(a.first.col) + "-" + column_name(a.last.col);
    }
  }
  return out;
}

struct Part {
  CellRef ref;
  Money amount;
  std::string name;
  bool labelled = true; // named by words of the table, not by its place ("row 4")
  // Every text of its line, where that is more than its name ("M01" then
  // "Memo: capital charges"): what says a line stands outside the sum.
  std::string words;
  const std::string &line_words() const { return words.empty() ? name : words; }
};

std::string row_name(const RowFigures &r) {
  std::string n = r.untitled() ? std::string(r.label) : r.titled();
  return n.empty() ? "row " + std::to_string(r.label_ref.row + 1) : n;
}

// One total with a formula, checked against the parts the table says it totals.
// A total-range-mismatch at the total: what both of audit_total's readings
// (a subtotal added twice, rows left out) report.
// Where a total stands: the file, its sheet, the table's unit and what its
// columns are called in a message ("years" in a council table).
struct Place {
  const std::string &path;
  const std::string &sheet;
  std::int64_t unit;
  const char *columns;
  // An inferred table's structure is a reading, not a layout fundbook was
  // built around: rows left out count only next to the range (no blank row
  // or heading between), and a range that is exactly another plausible
  // reading of the total is no error.
  const std::vector<Reading> *readings = nullptr;
};

Finding range_finding(const Place &at, const Figure &total, Money computed) {
  Finding f;
  f.rule = kTotalRange;
  f.severity = severity_of(f.rule);
  f.path = at.path;
  f.sheet = at.sheet;
  f.cell = total.ref;
  f.stated = total.amount;
  f.computed = computed;
  if (at.readings) f.unit = at.unit;
  return f;
}

} // namespace

bool set_apart(std::string_view label) {
  std::string l;
  for (char c : label.substr(0, 200)) l += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  static constexpr std::string_view kApart[] = {"of which", "less",    "memo",   "includ", "exclud",  "note",
                                                "average",  "mean",    "median", "net ",   "%",       "rate",
                                                "per ",     "balance", "b/f",    "c/f",    "brought", "carried"};
  for (auto w : kApart)
    for (std::size_t p = l.find(w); p != std::string::npos; p = l.find(w, p + 1))
      if (p == 0 || !std::isalnum(static_cast<unsigned char>(l[p - 1]))) return true;
  return false;
}

namespace {

// Words that say a line is told beside a list, never added into its total
// ("Memo: capital charges", "of which grant funded", "o/w schools", "for
// information"): narrower than set_apart, as a total whose formula leaves
// such a line out is passed as right, where "Less: income" or "Business
// rates" left out may be the error.
bool outside_any_sum(std::string_view label) {
  std::string l;
  for (char c : label.substr(0, 200)) l += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  auto at_word = [&](std::size_t p) { return p == 0 || !std::isalnum(static_cast<unsigned char>(l[p - 1])); };
  static constexpr std::string_view kStems[] = {"of which", "o/w", "for information", "memorand"};
  for (auto w : kStems)
    for (std::size_t p = l.find(w); p != std::string::npos; p = l.find(w, p + 1))
      if (at_word(p)) return true;
  // "memo" a word of its own: "Memorial Hall" is a line like the others.
  for (std::size_t p = l.find("memo"); p != std::string::npos; p = l.find("memo", p + 1)) {
    std::size_t e = p + 4;
    if (at_word(p) && (e == l.size() || !std::isalnum(static_cast<unsigned char>(l[e])))) return true;
  }
  return false;
}

// For an inferred table: the rows (or columns) a total's range leaves out
// are surely part of what it totals. Each lies in one unbroken run with rows
// the range adds (no blank row or heading between: a range that stops at one
// is the block above it), none is a total or a row set apart by its words,
// and the range is not exactly another plausible reading of the total (the
// rows since the last subtotal, the block up to the blank row).
bool left_out_for_certain(const Place &at, const Sheet &sheet, const Workbook &wb, std::span<const Part> parts,
                          const std::vector<int> &times, const std::vector<bool> &subtotal,
                          std::span<const formula::Area> areas, bool down) {
  auto line = [&](CellRef c) { return down ? c.row : c.col; };
  std::vector<std::size_t> order(parts.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return line(parts[a].ref) < line(parts[b].ref); });
  // Runs of parts on consecutive lines: each left-out part's run must hold a part the range adds.
  for (std::size_t k = 0; k < order.size();) {
    std::size_t e = k + 1;
    while (e < order.size() && line(parts[order[e]].ref) == line(parts[order[e - 1]].ref) + 1) ++e;
    bool added = false, missed = false;
    for (std::size_t j = k; j < e; ++j) {
      std::size_t i = order[j];
      bool in = times[i] > 0 || (subtotal[i] && covers(areas, parts[i].ref));
      added = added || in;
      missed = missed || (!in && !subtotal[i] && !parts[i].amount.is_zero());
    }
    if (missed && !added) return false;
    k = e;
  }
  // One or two rows short, of more it adds: a slip. A range that leaves out
  // most of its table, or rows no words name, is no reading to be sure of.
  std::size_t left = 0, added = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (subtotal[i]) continue;
    if (times[i])
      ++added;
    else if (!parts[i].amount.is_zero())
      ++left;
  }
  if (left > 2 || left >= added) return false;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (times[i] || subtotal[i] || parts[i].amount.is_zero()) continue;
    std::size_t letters = 0;
    for (char ch : parts[i].name) letters += std::isalnum(static_cast<unsigned char>(ch)) != 0;
    if (!parts[i].labelled || letters < 2) return false;
    if (set_apart(parts[i].line_words()) ||
        structure::total_word(normalise_label(parts[i].line_words())) != structure::TotalWord::None)
      return false;
    // A row whose own figure is a sum of other cells is a subtotal, whatever the reading made of it.
    if (const CellFormula *pf = sheet.formula_at(parts[i].ref.row, parts[i].ref.col))
      if (auto inner = formula::summed_areas(wb.text(*pf)); inner && !inner->empty()) return false;
  }
  // Exactly another reading's cells, of the cells any reading takes in: a plausible reading.
  std::set<std::pair<std::uint32_t, std::uint32_t>> known, covered;
  for (auto &r : *at.readings)
    for (auto &c : r.parts) known.insert({c.row, c.col});
  for (auto &c : known)
    if (covers(areas, CellRef{c.first, c.second})) covered.insert(c);
  for (std::size_t k = 1; k < at.readings->size(); ++k) {
    std::set<std::pair<std::uint32_t, std::uint32_t>> mine;
    for (auto &c : (*at.readings)[k].parts) mine.insert({c.row, c.col});
    if (mine == covered) return false;
  }
  return true;
}

// A SUBTOTAL(...) formula: Excel leaves the SUBTOTALs inside another
// SUBTOTAL's range out of it, so a subtotal so nested is not added twice.
bool subtotal_call(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == '=' || text[i] == ' ' || text[i] == '+')) ++i;
  static constexpr std::string_view kName = "SUBTOTAL(";
  if (text.size() - i < kName.size()) return false;
  for (std::size_t k = 0; k < kName.size(); ++k)
    if (std::toupper(static_cast<unsigned char>(text[i + k])) != kName[k]) return false;
  return true;
}

// The words a finding names its total by ("the total of Scheme A"), made
// only for a finding: a row total is audited on each of a tracker's 100,000
// rows, and nearly all of them agree.
class Words {
public:
  template <class F>
  Words(const F &f) // NOLINT(google-explicit-constructor): a lambda is passed as the words
      : f_(&f), call_([](const void *p) { return (*static_cast<const F *>(p))(); }) {}
  std::string operator()() const { return call_(f_); }

private:
  const void *f_;
  std::string (*call_)(const void *);
};

void audit_total(const Place &at, const Workbook &wb, const Sheet &sheet, const Figure &total, Words what,
                 std::span<const Part> parts, bool down, FormulaEvidence &evidence) {
  std::vector<Finding> &out = evidence.findings;
  if (!total.formula || parts.size() < 2) return;
  const CellFormula *cf = sheet.formula_at(total.ref.row, total.ref.col);
  if (!cf) return;
  const formula::SummedAreas summed(wb.text(*cf));
  if (!summed.ok()) return;
  const std::span<const formula::Area> areas = summed.areas();
  // The formula must total this line of the table: every area in the total's
  // own column (a column total) or row (a row total).
  for (auto &a : areas) {
    bool in_line = down ? a.first.col == total.ref.col && a.last.col == total.ref.col
                        : a.first.row == total.ref.row && a.last.row == total.ref.row;
    if (!in_line) return;
  }
  Money all;
  for (auto &p : parts) all += p.amount;
  std::string_view formula_text = wb.text(*cf);
  const bool outer_subtotal = subtotal_call(formula_text);

  // A subtotal added together with the parts it already totals. The
  // subtotal may be a part of the table as recognised, or a cell between
  // its parts that the structure set aside as a subtotal row.
  std::vector<Part> others; // formulas in the range that are no part
  // Only the formulas on the rows the range spans can lie in it: a row
  // total on a 100,000-row sheet looks at its own row, not every formula.
  std::uint32_t top = UINT32_MAX, bottom = 0;
  for (auto &a : areas) {
    top = std::min(top, a.first.row);
    bottom = std::max(bottom, a.last.row);
  }
  auto from = std::lower_bound(sheet.formulas.begin(), sheet.formulas.end(), top,
                               [](const CellFormula &f, std::uint32_t r) { return f.row < r; });
  bool other_formula_in_rows = false; // a formula on those rows besides the total's own
  for (auto it = from; it != sheet.formulas.end() && it->row <= bottom; ++it) {
    const CellFormula &f = *it;
    CellRef cell{f.row, f.col};
    if (cell == total.ref) continue;
    other_formula_in_rows = true;
    if (!covers(areas, cell)) continue;
    bool known = std::any_of(parts.begin(), parts.end(), [&](const Part &q) { return q.ref == cell; });
    const Cell *c = sheet.cell_at(f.row, f.col);
    if (known || !c || c->type != CellType::Number) continue;
    auto m = Money::from_units(c->number, at.unit);
    if (!m) continue;
    std::string name;
    for (std::uint32_t k = 0; k < (down ? f.col : f.row) && name.empty(); ++k) {
      const Cell *l = down ? sheet.cell_at(f.row, k) : sheet.cell_at(k, f.col);
      if (l && l->type == CellType::String) name = std::string(wb.text(*l));
    }
    others.push_back({cell, *m, name.empty() ? a1(cell) : name, true, {}});
  }
  // A plain total (no part a formula of its own, no other formula in its
  // range: a tracker's row totals): each part is added once or not at all,
  // no subtotal is added twice, and when every figure is added and they
  // agree the total is confirmed here, as the readings below would confirm
  // it, without making their lists for each of 100,000 rows.
  // (Where the rows walked above hold no formula but the total's, a part on
  // them holds none: only a part elsewhere is looked up.)
  const bool plain = others.empty() && std::none_of(parts.begin(), parts.end(), [&](const Part &p) {
                       if (p.ref == total.ref) return true;
                       if (!other_formula_in_rows && p.ref.row >= top && p.ref.row <= bottom) return false;
                       return sheet.formula_at(p.ref.row, p.ref.col) != nullptr;
                     });
  if (plain) {
    Money leaves;
    bool each_once = true;
    for (auto &p : parts) {
      leaves += p.amount;
      if (!p.amount.is_zero()) each_once = each_once && covers(areas, p.ref);
    }
    if (each_once && (leaves - total.amount).abs() <= Money::from_pence(std::int64_t(parts.size()))) {
      evidence.confirmed.emplace_back(at.sheet, total.ref);
      return;
    }
  }
  // Each part's own formula, looked up once: both readings below ask it (a
  // plain total's parts have none).
  std::vector<const CellFormula *> part_formula(parts.size());
  if (!plain)
    for (std::size_t i = 0; i < parts.size(); ++i)
      part_formula[i] = sheet.formula_at(parts[i].ref.row, parts[i].ref.col);
  // Each part, then each other formula, in turn; the first found is reported.
  for (std::size_t k = 0; k < parts.size() + others.size(); ++k) {
    const Part &p = k < parts.size() ? parts[k] : others[k - parts.size()];
    if (!covers(areas, p.ref)) continue;
    const CellFormula *pf = k < parts.size() ? part_formula[k] : sheet.formula_at(p.ref.row, p.ref.col);
    if (pf && outer_subtotal && subtotal_call(wb.text(*pf))) continue;
    auto inner = pf ? formula::summed_areas(wb.text(*pf)) : std::nullopt;
    if (!inner) continue;
    std::vector<const Part *> twice;
    Money twice_sum;
    // (A part whose own sum covers its own cell, a circular reference, is
    // counted with the rest, as when this loop read a copy of the parts.)
    for (auto &q : parts) {
      if (covers(*inner, q.ref) && covers(areas, q.ref)) {
        twice.push_back(&q);
        twice_sum += q.amount;
      }
    }
    if (twice.empty() || twice_sum.is_zero()) continue;
    Finding f = range_finding(at, total, total.amount - twice_sum);
    f.message = concat(what(), " (", formula_text, ") adds ", p.name, " (", show(p.amount, at.unit),
                       ", itself a subtotal) together with the ", std::to_string(twice.size()),
                       down ? (twice.size() == 1 ? " row" : " rows") : (twice.size() == 1 ? " column" : " columns"),
                       " it already adds: ", show(twice_sum, at.unit), " is counted twice, so the total says ",
                       show(total.amount, at.unit), " instead of ", show(total.amount - twice_sum, at.unit));
    f.related.push_back({at.path, at.sheet, p.ref}); // the subtotal added again
    out.push_back(std::move(f));
    return;
  }

  // Which of the table's parts the formula adds, following subtotals: a
  // covered part whose own formula totals other parts adds those instead
  // (a Grand Total over subtotals covers the rows the subtotals add).
  std::vector<std::optional<std::vector<formula::Area>>> inner(parts.size());
  std::vector<bool> subtotal(parts.size(), false);
  std::vector<bool> nested(parts.size(), false); // a SUBTOTAL the outer SUBTOTAL leaves out
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const CellFormula *pf = part_formula[i];
    nested[i] = pf && outer_subtotal && subtotal_call(wb.text(*pf));
    if (pf) inner[i] = formula::summed_areas(wb.text(*pf));
    if (inner[i])
      for (std::size_t j = 0; j < parts.size(); ++j)
        subtotal[i] = subtotal[i] || (j != i && covers(*inner[i], parts[j].ref));
  }
  std::vector<int> times(parts.size(), 0);
  auto count = [&](auto &self, std::span<const formula::Area> as, int depth) -> void {
    if (depth > 8) return;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      if (!covers(as, parts[i].ref) || nested[i]) continue;
      if (subtotal[i])
        self(self, *inner[i], depth + 1);
      else
        ++times[i];
    }
  };
  count(count, areas, 0);
  Money leaves;
  bool each_once = true;
  std::vector<const Part *> left_out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (subtotal[i] || nested[i]) continue;
    leaves += parts[i].amount;
    if (parts[i].amount.is_zero()) continue;
    each_once = each_once && times[i] == 1;
    if (times[i] == 0) left_out.push_back(&parts[i]);
  }
  // Each figure was rounded to the penny of the table's unit as it was read:
  // the leaves may differ from the total by up to a penny each.
  bool agrees = (leaves - total.amount).abs() <= Money::from_pence(std::int64_t(parts.size()));
  if (each_once && agrees) {
    // The formula adds every row of the table once and the figure agrees:
    // the total is right, whatever a sum of every row above (subtotals
    // included) would say.
    evidence.confirmed.emplace_back(at.sheet, total.ref);
    return;
  }
  if (left_out.empty()) return;
  Money covered;
  for (std::size_t i = 0; i < parts.size(); ++i)
    if (!subtotal[i]) covered += Money::from_pence(parts[i].amount.pence() * times[i]);
  const bool shows_its_range = (covered - total.amount).abs() <= Money::from_pence(std::int64_t(parts.size()));
  // The formula adds every other line once and leaves out only lines whose
  // words set them outside any sum (a memo line the other columns' totals
  // happen to span): the total is right, whatever adding every line says.
  bool rest_once = true;
  for (std::size_t i = 0; i < parts.size(); ++i)
    if (!subtotal[i] && !nested[i] && !parts[i].amount.is_zero() && times[i] != 0)
      rest_once = rest_once && times[i] == 1;
  if (rest_once && shows_its_range && std::all_of(left_out.begin(), left_out.end(), [](const Part *p) {
        return p->labelled && outside_any_sum(p->line_words());
      })) {
    evidence.confirmed.emplace_back(at.sheet, total.ref);
    return;
  }
  if (at.readings && !left_out_for_certain(at, sheet, wb, parts, times, subtotal, areas, down)) return;
  all = leaves;
  // Only where the figure the total shows is what the short range gives:
  // the total is wrong because of its range, not for some other reason.
  if (!shows_its_range || agrees) return;
  std::uint32_t last = 0, first = UINT32_MAX;
  for (auto &p : parts) {
    last = std::max(last, down ? p.ref.row : p.ref.col);
    first = std::min(first, down ? p.ref.row : p.ref.col);
  }
  std::string runs =
      down ? "the table runs from row " + std::to_string(first + 1) + " to row " + std::to_string(last + 1)
           : "the table's " + std::string(at.columns) + " run from column " + column_name(first) + " to column " +
                 column_name(last);
  std::string names;
  for (std::size_t i = 0; i < left_out.size() && i < 3; ++i) {
    if (i) names += i + 1 == left_out.size() ? " and " : ", ";
    names += left_out[i]->name + " (" + show(left_out[i]->amount, at.unit) + ") in " + a1(left_out[i]->ref);
  }
  if (left_out.size() > 3) names += " and " + std::to_string(left_out.size() - 3) + " more";
  Finding f = range_finding(at, total, all);
  f.message = concat(what(), " adds ", span_words(areas, down), " (", formula_text, ") but ", runs, ": ", names,
                     left_out.size() == 1 ? " is" : " are", " left out, so it says ", show(total.amount, at.unit),
                     " instead of ", show(all, at.unit));
  for (const Part *p : left_out) f.related.push_back({at.path, at.sheet, p->ref}); // the rows left out
  out.push_back(std::move(f));
}

} // namespace

void total_ranges(const std::string &path, const TableView &v, const Workbook &wb, FormulaEvidence &out) {
  const FigureTable &t = v.table;
  auto si = sheet_index(wb, t.sheet);
  if (!si) return;
  const Sheet &sheet = wb.sheets[*si];
  if (sheet.formulas.empty()) return; // a streamed table's rows kept none
  std::string table = t.heading.empty() ? "" : " of '" + t.heading + "'";
  Place at{path, t.sheet, t.unit, "years"};
  // Column totals: the Total row's figure for each column against the rows above.
  if (t.total_row) {
    for (std::size_t k = 0; k < t.columns.size() && k < t.total_row->values.size(); ++k) {
      const auto &total = t.total_row->values[k];
      if (!total || total->nil) continue;
      std::vector<Part> parts;
      v.each_row([&](const RowFigures &row) {
        if (k < row.values.size() && row.values[k] && !row.values[k]->nil)
          parts.push_back({row.values[k]->ref, row.values[k]->amount, row_name(row), true, {}});
      });
      std::string label = t.total_row->label.empty() ? "Total" : t.total_row->label;
      audit_total(
          at, wb, sheet, *total, [&] { return concat("the ", label, table, " for ", t.columns[k]); }, parts, true, out);
    }
  }
  // Row totals: each row's stated total against its year figures.
  if (t.columns_are_years) {
    // One list of parts for every row, each row's written over the last's
    // (a tracker's 100,000 rows made and freed six parts and their names each).
    std::vector<Part> parts;
    auto audit_row = [&](const RowFigures &row) {
      if (!row.stated_total || row.stated_total->nil || !row.stated_total->formula) return;
      // As audit_total would find first: a row whose formula the grid does
      // not hold (a streamed tracker's 100,000 rows) is passed before its
      // parts and name are made.
      if (!sheet.formula_at(row.stated_total->ref.row, row.stated_total->ref.col)) return;
      std::size_t n = 0;
      for (std::size_t k = 0; k < row.values.size() && k < t.columns.size(); ++k) {
        if (!row.values[k] || row.values[k]->nil) continue;
        if (n == parts.size()) parts.emplace_back();
        Part &p = parts[n++];
        p.ref = row.values[k]->ref;
        p.amount = row.values[k]->amount;
        p.name.assign(t.columns[k]);
        p.labelled = true;
        p.words.clear();
      }
      audit_total(
          at, wb, sheet, *row.stated_total, [&] { return concat("the total of ", row_name(row)); },
          std::span<const Part>(parts.data(), n), false, out);
    };
    v.each_row(audit_row);
    std::vector<const Figure *> scratch;
    if (t.total_row) audit_row(row_figures(*t.total_row, scratch));
  }
}

namespace {
// Three letters in a row: a name, where "G107" or "1.2a" is a code.
bool has_word(const std::string &text) {
  int run = 0;
  for (char ch : text) {
    run = std::isalpha(static_cast<unsigned char>(ch)) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}
} // namespace

void inferred_total_ranges(const std::string &path, const TotalsTable &t, const Workbook &wb, FormulaEvidence &out) {
  auto si = sheet_index(wb, t.sheet);
  if (!si) return;
  const Sheet &sheet = wb.sheets[*si];
  if (sheet.formulas.empty()) return;
  LineWords labels(wb, sheet, t.first.row); // words down from the table's top
  for (const StatedTotal &st : t.totals) {
    if (st.readings.empty() || st.by_figures || !sheet.formula_at(st.cell.row, st.cell.col)) continue;
    Place at{path, t.sheet, t.unit, "columns", &st.readings};
    const bool down = !st.total_column;
    std::vector<Part> parts;
    bool readable = true;
    for (CellRef c : st.readings.front().parts) {
      const Cell *cell = sheet.cell_at(c.row, c.col);
      auto m = cell && cell->type == CellType::Number ? Money::from_units(cell->number, t.unit) : std::nullopt;
      if (!m) {
        readable = false; // a figure written as text: no SUM adds it
        break;
      }
      std::string name = labels.of(c, down);
      std::string words;
      if (down) {
        // A line is named by its first text with a word in it ("Waste
        // collection", not its code "G107"), and judged by all of them.
        auto texts = labels.left_of(c);
        if (texts.size() > 1) {
          auto worded = std::find_if(texts.begin(), texts.end(), has_word);
          if (worded != texts.end()) name = *worded;
          for (auto &t : texts) words += (words.empty() ? "" : " ") + t;
        }
      }
      bool labelled = !name.empty();
      if (!labelled) name = down ? "row " + std::to_string(c.row + 1) : "column " + column_name(c.col);
      parts.push_back({c, *m, std::move(name), labelled, std::move(words)});
    }
    if (!readable) continue;
    Figure total;
    total.amount = st.stated;
    total.ref = st.cell;
    total.formula = true;
    audit_total(
        at, wb, sheet, total, [&] { return st.what; }, parts, down, out);
  }
}

bool no_sum(std::string_view formula) {
  // Another aggregate, a position or a rank: a figure of a different kind,
  // whatever the row or column it sits in is called. Read from the text, as
  // such formulas often hold what the arithmetic parser leaves alone (text,
  // structured references).
  static const std::regex other_aggregate(
      R"((^|[^A-Z0-9_.])(AVERAGE[A-Z]*|MAXA?|MINA?|MAXIFS|MINIFS|COUNT[A-Z]*|MEDIAN|MODE[A-Z.]*|STDEV[A-Z.]*|VARP?|)"
      R"(VAR\.[SP]|PRODUCT|MATCH|RANK[A-Z.]*|LARGE|SMALL|PERCENTILE[A-Z.]*|QUARTILE[A-Z.]*)\()",
      std::regex::icase);
  static const std::regex subtotal_other(R"(SUBTOTAL\(\s*(\d+)\s*,)", std::regex::icase);
  std::string text(formula.substr(0, 2000));
  if (std::regex_search(text, other_aggregate)) return true;
  for (std::sregex_iterator it(text.begin(), text.end(), subtotal_other), end; it != end; ++it)
    if ((*it)[1] != "9" && (*it)[1] != "109") return true;
  // A product or a quotient of cells (a ratio, a share, a scaled figure).
  auto e = formula::parse(formula);
  if (!e || e->root < 0) return false;
  int at = e->root;
  while (e->nodes[std::size_t(at)].kind == formula::Node::Kind::Call && e->nodes[std::size_t(at)].name == "ROUND" &&
         !e->nodes[std::size_t(at)].kids.empty())
    at = e->nodes[std::size_t(at)].kids[0];
  const formula::Node &top = e->nodes[std::size_t(at)];
  if (top.kind != formula::Node::Kind::Mul && top.kind != formula::Node::Kind::Div) return false;
  return std::any_of(e->nodes.begin(), e->nodes.end(),
                     [](const formula::Node &n) { return n.kind == formula::Node::Kind::Ref; });
}

void drop_totals_that_are_no_sums(const Workbook &wb, std::vector<TotalsTable> &tables,
                                  std::vector<UncheckedBlock> &unchecked) {
  std::erase_if(tables, [&](TotalsTable &t) {
    auto si = sheet_index(wb, t.sheet);
    if (!si) return false;
    const Sheet &sheet = wb.sheets[*si];
    if (sheet.formulas.empty()) return false;
    // One pass: each formula's text is matched once (a regex), not twice.
    std::size_t dropped = 0;
    std::string example;
    std::erase_if(t.totals, [&](const StatedTotal &st) {
      const CellFormula *cf = sheet.formula_at(st.cell.row, st.cell.col);
      if (!cf || !no_sum(wb.text(*cf))) return false;
      if (example.empty()) example = a1(st.cell) + " is " + std::string(wb.text(*cf)).substr(0, 60);
      ++dropped;
      return true;
    });
    if (!dropped) return false;
    UncheckedBlock u;
    u.sheet = t.sheet;
    u.first = t.first;
    u.last = t.last;
    u.figures = dropped;
    u.why = std::to_string(dropped) + (dropped == 1 ? " figure" : " figures") +
            " in a row or column named as a total, whose formula is no sum (" + example +
            "), so it is not a total to check";
    unchecked.push_back(std::move(u));
    return t.totals.empty();
  });
}

void formula_results(const std::string &path, const Workbook &wb, std::vector<Finding> &out,
                     std::vector<std::pair<std::string, CellRef>> *compared) {
  formula::Evaluator ev(wb);
  // Differences below a hundredth of the cell's own unit are the arithmetic
  // of binary fractions, not a figure out of date.
  const std::int64_t kNoise = formula::kScale / 100;
  for (std::size_t si = 0; si < wb.sheets.size(); ++si) {
    const Sheet &sheet = wb.sheets[si];
    for (auto &f : sheet.formulas) {
      if (f.flags & (kFormulaEvaluated | kFormulaArray)) continue;
      const Cell *c = sheet.cell_at(f.row, f.col);
      if (!c || c->type != CellType::Number) continue;
      auto saved = formula::Evaluator::exact(c->number);
      if (!saved) continue;
      if (!ev.budget_left()) return;
      formula::Result r = ev.evaluate(si, f.row, f.col, wb.text(f));
      if (!r.ok) continue;
      if (compared) compared->push_back({sheet.name, CellRef{f.row, f.col}});
      std::int64_t diff = saved->pence() - r.value.pence();
      if ((diff < 0 ? -diff : diff) < kNoise) continue;
      if (std::fabs(double(diff)) <= 1e-9 * std::fabs(double(saved->pence()))) continue;
      Finding fd;
      fd.rule = kFormulaResult;
      fd.severity = severity_of(fd.rule);
      fd.path = path;
      fd.sheet = sheet.name;
      fd.cell = CellRef{f.row, f.col};
      fd.stated = as_shown(*saved);
      fd.computed = as_shown(r.value);
      fd.message =
          concat(sheet.name, "!", a1(f.row, f.col), " shows ", shown(*saved), " but ", kItsFormula, wb.text(f)) +
          " gives " + shown(r.value) +
          " from the cells it reads: the saved figure is out of date (recalculate the workbook and check "
          "it again)";
      out.push_back(std::move(fd));
    }
  }
}

} // namespace fundbook::rules

namespace fundbook::rules {

void merge_formula_findings(std::vector<Finding> &out, FormulaEvidence found) {
  auto same_place = [](const Finding &a, const Finding &b) {
    return a.path == b.path && a.sheet == b.sheet && a.cell == b.cell;
  };
  // Every confirmation is made before any formula-result finding, and what
  // it drops no total-range finding adds back: dropping them all first, by
  // one sorted lookup per total finding, is what taking them in turn did.
  auto &confirmed = found.confirmed;
  // Ordered by cell, then sheet: only the lookups below read the order, and
  // the sheet's name (the same for nearly every total) is compared only
  // between totals at the same cell (a tracker's 100,000 confirmed row
  // totals were sorted by a string compare each).
  auto place_less = [](const std::pair<std::string, CellRef> &a, const std::pair<std::string, CellRef> &b) {
    if (a.second != b.second) return a.second < b.second;
    return a.first < b.first;
  };
  // Nearly always in order already (row totals confirmed row by row): an
  // ordered list is only checked, not sorted again (n log n comparisons).
  if (!std::is_sorted(confirmed.begin(), confirmed.end(), place_less))
    std::sort(confirmed.begin(), confirmed.end(), place_less);
  if (!confirmed.empty())
    std::erase_if(out, [&](const Finding &o) {
      if (!(o.rule == kColumnTotal || o.rule == kRowTotal) || !o.sheet || !o.cell) return false;
      return std::binary_search(confirmed.begin(), confirmed.end(), std::pair{*o.sheet, *o.cell}, place_less);
    });
  for (auto &f : found.findings) {
    if (f.rule == kTotalRange) {
      std::erase_if(out, [&](const Finding &o) {
        return same_place(o, f) &&
               (o.rule == kColumnTotal || o.rule == kRowTotal || o.rule == kRounding || o.rule == kCumulativeTotal);
      });
      bool dup =
          std::any_of(out.begin(), out.end(), [&](const Finding &o) { return same_place(o, f) && o.rule == f.rule; });
      if (!dup) out.push_back(std::move(f));
    } else {
      // A total whose own formula adds exactly what the table says it
      // totals, and whose saved figure is out of date: the contract's total
      // rule says so (the same id whatever the format, and whether or not the
      // reader kept the formula), and its message adds the cause.
      auto same_figure = [&](const Finding &o) {
        return same_place(o, f) && (o.rule == kColumnTotal || o.rule == kRowTotal) && o.computed && f.computed &&
               static_cast<__int128>(o.computed->pence()) * f.unit ==
                   static_cast<__int128>(f.computed->pence()) * o.unit;
      };
      bool told = false;
      for (Finding &o : out) {
        if (!same_figure(o)) continue;
        if (auto at = f.message.find(kItsFormula); at != std::string::npos)
          o.message = concat(o.message, "; ", std::string_view(f.message).substr(at));
        told = true;
      }
      if (told) continue;
      // A total folded into the one figure that put it out (a row's and a
      // column's total off by that figure) is named in the figure's
      // finding, not at its own cell: its stale formula is that cause too.
      auto names_it = [&](const Finding &o) {
        return (o.rule == kColumnTotal || o.rule == kRowTotal) && o.severity == Severity::Error &&
               std::any_of(o.related.begin(), o.related.end(), [&](const fundbook::Place &p) {
                 return f.sheet && f.cell && p.path == f.path && p.sheet == *f.sheet && p.cell == *f.cell;
               });
      };
      if (auto o = std::find_if(out.begin(), out.end(), names_it); o != out.end()) {
        if (auto at = f.message.find(kItsFormula); at != std::string::npos)
          o->message = concat(o->message, "; ", a1(*f.cell), ": ", std::string_view(f.message).substr(at));
        continue;
      }
      bool explained = std::any_of(out.begin(), out.end(),
                                   [&](const Finding &o) { return same_place(o, f) && o.severity == Severity::Error; });
      if (!explained) out.push_back(std::move(f));
    }
  }
  // A typed figure judged by the formula of the run it stands in: only where
  // nothing is said at its cell (the structure's reading of it, or a relation, comes first).
  for (auto &f : found.typed_over)
    if (std::none_of(out.begin(), out.end(), [&](const Finding &o) { return same_place(o, f); }))
      out.push_back(std::move(f));
}

} // namespace fundbook::rules
