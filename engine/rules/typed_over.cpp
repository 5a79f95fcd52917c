// A total typed over a formula. Totals along a row or down a column are
// most often one formula copied across (=SUM(B5:B9), =SUM(C5:C9), ... along
// a Total row; =SUM(B3:F3), =SUM(B4:F4), ... down a Total column): the same
// in R1C1 terms. Where one cell of such a run holds a typed figure instead,
// the run's formula, moved to that cell, says what it should be (what Excel
// flags as an "inconsistent formula"). The figure is a row-total-mismatch
// (a run down a column) or column-total-mismatch (along a row) where it
// differs by more than its figures' rounding.
#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>

#include "core/concat.hpp"
#include "engine/rules/line_words.hpp"
#include "engine/rules/registry.hpp"
#include "import/formula/evaluate.hpp"
#include "import/figures.hpp"
#include "import/formula/sum_areas.hpp"
#include "import/layout/structure/total_words.hpp"
#include "import/layout/vocabulary.hpp"

namespace fundbook::rules {

namespace {

// Cells a moved formula may add before it is not worth reading one by one.
constexpr std::size_t kMaxPatternCells = 5000;
// Formulas of the run looked at on each side of the typed cell.
constexpr long kMaxRun = 64;

// A run of one formula, moved a step at a time, next to a typed figure.
struct Run {
  CellRef near;      // the run's formula nearest the typed cell
  long step_to_cell; // steps from `near` to the typed cell: 1 or -1
  std::vector<CellRef> members;
  // One formula on each side and no more: the formula is not seen copied to
  // the cell next to it, so only words naming the line a total make it a run.
  bool pair = false;
  // The run on one side of the cell only: the cell past its end may be a line
  // of another kind (a count of staff under the spending the run adds).
  bool end = false;
  // One formula beside the cell along its row, in a column whose formulas
  // the cell's column repeats moved one column (twin_columns): the two
  // years of a statement, worked out alike, one cell typed over.
  bool twin = false;
};

// Formulas a column must repeat from its twin, moved, before a typed cell in
// it is judged by the twin's formula beside it.
constexpr std::size_t kTwinFormulas = 3;

// Lines the structure adds together, each pair next to each other: rows
// (r, r + 1) both parts of one reading in one column (a Total row's reading
// of the lines above it), and columns (c, c + 1) both parts of one reading in
// one row. Two lines added together by a total of their table are lines of
// one kind: figures of the same sort in the same columns.
struct AddedTogether {
  std::set<std::uint32_t> rows, cols; // the first of each pair
  void read(const StatedTotal &st) {
    if (st.readings.empty()) return;
    std::vector<CellRef> parts = st.readings.front().parts;
    std::sort(parts.begin(), parts.end(),
              [](CellRef a, CellRef b) { return std::tie(a.col, a.row) < std::tie(b.col, b.row); });
    for (std::size_t k = 1; k < parts.size(); ++k)
      if (parts[k].col == parts[k - 1].col && parts[k].row == parts[k - 1].row + 1) rows.insert(parts[k - 1].row);
    std::sort(parts.begin(), parts.end());
    for (std::size_t k = 1; k < parts.size(); ++k)
      if (parts[k].row == parts[k - 1].row && parts[k].col == parts[k - 1].col + 1) cols.insert(parts[k - 1].col);
  }
  // The line of `x` and the line of `near`, next to it, are added together.
  bool lines(CellRef x, CellRef near, bool across) const {
    if (across) return cols.contains(std::min(x.col, near.col));
    return rows.contains(std::min(x.row, near.row));
  }
};

class TypedOver {
public:
  TypedOver(const std::string &path, const Workbook &wb, std::size_t si, const Settings &s,
            const std::set<CellRef> &explained, const std::set<CellRef> &totals, const AddedTogether &added,
            FormulaEvidence &out, std::vector<std::pair<std::string, CellRef>> *checked)
      : path_(path), wb_(wb), sheet_(wb.sheets[si]), si_(si), settings_(s), explained_(explained), totals_(totals),
        added_(added), out_(out), checked_(checked), ev_(wb), words_(wb, sheet_) {}

  // The typed figure at `x` against the runs beside it along its row and
  // down its column: agreeing with one is a reading that explains it;
  // otherwise the first that disagrees is said.
  void check(CellRef x, bool across, bool down);

private:
  std::optional<std::string_view> formula(long r, long c) const {
    if (r < 0 || c < 0) return std::nullopt;
    const CellFormula *f = sheet_.formula_at(std::uint32_t(r), std::uint32_t(c));
    if (!f) return std::nullopt;
    return wb_.text(*f);
  }
  // The formulas from `x` + `dir` on, each the one before it moved one step.
  std::vector<CellRef> side(CellRef x, long dr, long dc) const;
  std::optional<Run> run_at(CellRef x, bool across) const;
  // Column `col` repeats every formula of column `twin` moved to it, at
  // kTwinFormulas rows at least, but in one row alone where it holds a typed
  // figure instead (and no formula of its own that is not the twin's moved).
  bool twin_columns(std::uint32_t col, std::uint32_t twin) const;
  bool stale(const std::vector<CellRef> &members);
  // A figure where the run's other formulas read the cell (row, col) the one
  // nearest the typed cell reads, moved as each is.
  bool figure_in_run(const Run &run, std::uint32_t row, std::uint32_t col) const;
  // The words the typed cell's line is known by across the run: its column's
  // heading (a run along a row), its row's label (down a column).
  std::string line_words(CellRef x, bool across) { return words_.of(x, !across); }
  // What the run along (across) or down the cell says of it: nullopt where
  // there is no such run or it cannot judge; else the finding (none where it agrees).
  std::optional<std::vector<Finding>> judge(CellRef x, bool across);

  const std::string &path_;
  const Workbook &wb_;
  const Sheet &sheet_;
  std::size_t si_;
  const Settings &settings_;
  const std::set<CellRef> &explained_;
  const std::set<CellRef> &totals_; // the stated totals of the sheet's inferred tables
  const AddedTogether &added_;
  FormulaEvidence &out_;
  std::vector<std::pair<std::string, CellRef>> *checked_;
  formula::Evaluator ev_;
  LineWords words_;
  mutable std::map<std::pair<std::uint32_t, std::uint32_t>, bool> twins_;
};

bool TypedOver::twin_columns(std::uint32_t col, std::uint32_t twin) const {
  auto [it, fresh] = twins_.emplace(std::pair{col, twin}, false);
  if (!fresh) return it->second;
  std::size_t alike = 0, typed = 0;
  const long dc = long(col) - long(twin);
  for (const CellFormula &f : sheet_.formulas) {
    if (f.col != twin) continue;
    auto mine = formula(long(f.row), long(col));
    if (mine) {
      if (formula::shift_references(wb_.text(f), 0, dc) != *mine) return false;
      ++alike;
      continue;
    }
    const Cell *c = sheet_.cell_at(f.row, col);
    if (c && c->type == CellType::Number) ++typed;
  }
  it->second = alike >= kTwinFormulas && typed == 1;
  return it->second;
}

std::vector<CellRef> TypedOver::side(CellRef x, long dr, long dc) const {
  std::vector<CellRef> out;
  std::optional<std::string_view> prev;
  for (long k = 1; k <= kMaxRun; ++k) {
    long r = long(x.row) + dr * k, c = long(x.col) + dc * k;
    auto f = formula(r, c);
    if (!f) break;
    if (prev && formula::shift_references(*prev, dr, dc) != *f) break;
    out.push_back(CellRef{std::uint32_t(r), std::uint32_t(c)});
    prev = f;
  }
  return out;
}

std::optional<Run> TypedOver::run_at(CellRef x, bool across) const {
  const long dr = across ? 0 : 1, dc = across ? 1 : 0;
  std::vector<CellRef> before = side(x, -dr, -dc), after = side(x, dr, dc);
  if (across && before.size() + after.size() == 1) {
    const CellRef n = before.empty() ? after[0] : before[0];
    if (!twin_columns(x.col, n.col)) return std::nullopt;
    // A typed figure past it too (a row of reported figures, one column of
    // it worked out): the row is typed by design, not the cell typed over.
    const long past = 2 * long(x.col) - long(n.col);
    if (const Cell *c = past >= 0 ? sheet_.cell_at(x.row, std::uint32_t(past)) : nullptr;
        c && c->type == CellType::Number && !formula(long(x.row), past))
      return std::nullopt;
    Run run;
    run.near = n;
    run.step_to_cell = before.empty() ? -1 : 1;
    run.members = {n};
    run.twin = true;
    return run;
  }
  if (before.size() + after.size() < 2) return std::nullopt;
  Run run;
  run.pair = before.size() < 2 && after.size() < 2;
  if (!before.empty() && !after.empty()) {
    // One run on both sides: the cell before, moved two steps, is the cell after.
    auto a = formula(long(before[0].row), long(before[0].col));
    auto b = formula(long(after[0].row), long(after[0].col));
    if (formula::shift_references(*a, 2 * dr, 2 * dc) == *b) {
      run.near = before[0];
      run.step_to_cell = 1;
      run.members = before;
      run.members.insert(run.members.end(), after.begin(), after.end());
      return run;
    }
  }
  // The cell at one end of a run: the run on one side only, the other side
  // no run of its own (two runs of different formulas meeting at a typed
  // figure are no one pattern).
  if (before.size() >= 2 && after.size() >= 2) return std::nullopt;
  run.end = true;
  if (before.size() >= 2) {
    run.near = before[0];
    run.step_to_cell = 1;
    run.members = before;
  } else if (after.size() >= 2) {
    run.near = after[0];
    run.step_to_cell = -1;
    run.members = after;
  } else {
    return std::nullopt;
  }
  return run;
}

bool TypedOver::stale(const std::vector<CellRef> &members) {
  // Differences below a hundredth of the cell's own unit are binary fractions.
  const std::int64_t kNoise = formula::kScale / 100;
  for (CellRef m : members) {
    const Cell *c = sheet_.cell_at(m.row, m.col);
    if (!c || c->type != CellType::Number) return true;
    auto saved = formula::Evaluator::exact(c->number);
    if (!saved || !ev_.budget_left()) return true;
    formula::Result r = ev_.evaluate(si_, m.row, m.col, *formula(long(m.row), long(m.col)));
    if (!r.ok) return true;
    std::int64_t diff = saved->pence() - r.value.pence();
    if ((diff < 0 ? -diff : diff) >= kNoise) return true;
  }
  return false;
}

bool TypedOver::figure_in_run(const Run &run, std::uint32_t row, std::uint32_t col) const {
  return std::any_of(run.members.begin(), run.members.end(), [&](CellRef m) {
    const long r = long(row) + long(m.row) - long(run.near.row), c = long(col) + long(m.col) - long(run.near.col);
    if (r < 0 || c < 0) return false;
    const Cell *cell = sheet_.cell_at(std::uint32_t(r), std::uint32_t(c));
    return cell && cell->type == CellType::Number;
  });
}

void TypedOver::check(CellRef x, bool across, bool down) {
  if (explained_.contains(x)) return;
  std::optional<std::vector<Finding>> row, column;
  if (across) row = judge(x, true);
  if (down) column = judge(x, false);
  if (!row && !column) return;
  if (checked_) checked_->push_back({sheet_.name, x});
  if ((row && row->empty()) || (column && column->empty())) return; // a run it agrees with
  // Rounding beside an error: the run it is within rounding of explains it.
  auto rounding = [](const std::optional<std::vector<Finding>> &v) { return v && v->front().rule == kRounding; };
  std::vector<Finding> &said = row && (rounding(row) || !rounding(column)) ? *row : *column;
  for (auto &f : said) out_.typed_over.push_back(std::move(f));
}

std::optional<std::vector<Finding>> TypedOver::judge(CellRef x, bool across) {
  const Cell *typed = sheet_.cell_at(x.row, x.col);
  if (!typed || typed->type != CellType::Number) return std::nullopt;
  auto run = run_at(x, across);
  if (!run) return std::nullopt;
  // Where the structure read the run's cells as totals of its table and not
  // this one, it read the cell's line as no amounts (a column of line codes
  // beside a Total row's SUMs): its reading stands.
  if (!totals_.contains(x) &&
      std::any_of(run->members.begin(), run->members.end(), [&](CellRef m) { return totals_.contains(m); }))
    return std::nullopt;
  // A pair (one formula each side, a Total row of three years) is a run only
  // where words name its line a total: its row's label (along a row), its
  // column's heading (down a column); not a test sheet's scattered cells.
  if (run->pair && structure::total_word(normalise_label(line_words(x, !across))) == structure::TotalWord::None)
    return std::nullopt;
  // A cell past the run's end is judged only where its own line (its row's
  // label down a column, its column's heading along a row) is named a total,
  // or names a period as the line of the run's cell next to it does (the last
  // year of a Total row's years), or the structure reads it as a total of its
  // table: the formula is not seen to reach it, and the line may be of
  // another kind (review 20 M4: 'Staff in post', people on both kinds of work
  // counted once, under spending whose total adds two of three columns; a
  // count of sites past a Total row's SUMs).
  // Or where a total of its table adds its line and the run's next to it
  // (a Total row's reading of the lines above it): the first or last scheme
  // of a block, a line of the same kind as the run's, with its figures in the
  // same columns.
  if (run->end && !run->twin && !totals_.contains(x)) {
    const std::string own = line_words(x, across);
    if (structure::total_word(normalise_label(own)) == structure::TotalWord::None &&
        !(structure::names_period(own) && structure::names_period(line_words(run->near, across))) &&
        !added_.lines(x, run->near, across))
      return std::nullopt;
  }
  std::string_view near_text = *formula(long(run->near.row), long(run->near.col));
  const long dr = across ? 0 : run->step_to_cell, dc = across ? run->step_to_cell : 0;
  std::string moved = formula::shift_references(near_text, dr, dc);
  if (moved.find("#REF!") != std::string::npos) return std::nullopt;
  auto here = formula::added_areas(moved);
  auto there = formula::added_areas(near_text);
  if (!here || !there || here->size() != there->size()) return std::nullopt;
  // Totals of one run do not read each other: a run whose formulas read the
  // typed cell, or that the formula moved here would read, is a chain (a
  // balance carried down, =D4-D5 under =D2-D3) whose typed cells are its inputs.
  auto reads = [](const std::vector<formula::SignedArea> &areas, CellRef c) {
    return std::any_of(areas.begin(), areas.end(), [&](const formula::SignedArea &s) {
      return c.row >= s.area.first.row && c.row <= s.area.last.row && c.col >= s.area.first.col &&
             c.col <= s.area.last.col;
    });
  };
  if (reads(*here, x)) return std::nullopt; // the formula would read the cell it stands in
  for (CellRef m : run->members) {
    if (reads(*here, m)) return std::nullopt;
    auto theirs = formula::added_areas(*formula(long(m.row), long(m.col)));
    if (!theirs || reads(*theirs, x)) return std::nullopt;
  }
  // What the formula reads here and at its neighbour, cell by cell: it must
  // read figures where its neighbour does, and text only where its
  // neighbour reads text (a heading within the range); a line whose cells
  // are of another kind (a header of years, a label) is not in line.
  ShownRounding shown;
  {
    Figure t;
    t.shown = typed->shown;
    shown.total(t);
  }
  std::size_t cells = 0, figures = 0;
  bool any_not_zero = false, any_minus = false;
  double least = 0, most = 0; // the figures it would add, not zero
  for (auto &h : *here) any_minus = any_minus || h.minus;
  for (std::size_t k = 0; k < here->size(); ++k) {
    const formula::Area &a = (*here)[k].area, &b = (*there)[k].area;
    for (std::uint32_t r = a.first.row; r <= a.last.row; ++r)
      for (std::uint32_t c = a.first.col; c <= a.last.col; ++c) {
        if (++cells > kMaxPatternCells) return std::nullopt;
        const Cell *mine = sheet_.cell_at(r, c);
        const Cell *theirs = sheet_.cell_at(r - a.first.row + b.first.row, c - a.first.col + b.first.col);
        bool mine_text = mine && mine->type != CellType::Number;
        bool theirs_text = theirs && theirs->type != CellType::Number;
        // A figure where the neighbour reads text ('n/a' in one line) is in
        // line where another formula of the run reads a figure there; and a
        // nil marker ('-', 'n/a') where the neighbour reads a figure is the
        // line's nil (the formula adds it as nothing, as it would a blank).
        const bool mine_nil = mine_text && mine->type == CellType::String &&
                              parse_figure(wb_.text(*mine)).kind == ParsedFigure::Kind::Nil;
        if (mine_text != theirs_text && !mine_nil &&
            (mine_text || !figure_in_run(*run, r - a.first.row + b.first.row, c - a.first.col + b.first.col)))
          return std::nullopt;
        if (!mine || mine_text) continue;
        if (const CellFormula *pf = sheet_.formula_at(r, c); pf && no_sum(wb_.text(*pf))) return std::nullopt;
        Figure p;
        p.shown = mine->shown;
        shown.part(p);
        ++figures;
        if (mine->number != 0) {
          least = any_not_zero ? std::min(least, mine->number) : mine->number;
          most = any_not_zero ? std::max(most, mine->number) : mine->number;
          any_not_zero = true;
        }
      }
  }
  if (figures < 2 || !any_not_zero) return std::nullopt;
  // A figure between the least and the most of the positive figures the
  // formula would add is no sum of them: a median or an average beside the
  // run's totals ('Salary' past a TOTAL row's counts), not a total typed over.
  if (!any_minus && least > 0 && typed->number >= least && typed->number < most) return std::nullopt;
  // A line named as no amount (a percentage, an average, a rate) or set
  // apart ("of which", "memo") beside lines that are not is not totalled as they are.
  auto apart = [&](CellRef c) {
    std::string words = line_words(c, across);
    return structure::names_non_amount(normalise_label(words)) || set_apart(words);
  };
  if (apart(x) && !apart(run->near)) return std::nullopt;
  if (stale(run->members)) return std::nullopt;
  auto saved = formula::Evaluator::exact(typed->number);
  if (!saved || !ev_.budget_left()) return std::nullopt;
  formula::Result r = ev_.evaluate(si_, x.row, x.col, moved);
  if (!r.ok) return std::nullopt;
  const std::int64_t unit = Finding().unit;
  Money stated = as_shown(*saved), computed = as_shown(r.value);
  const std::size_t others = run->members.size();
  std::string message =
      run->twin ? concat(sheet_.name, "!", a1(x), " is typed as ", show(stated, unit),
                         " where the column beside it works it out (", a1(run->near), " is ", near_text,
                         ", and this column repeats that column's other formulas); the same formula here, ", moved,
                         ", gives ", show(computed, unit))
                : concat(sheet_.name, "!", a1(x), " is typed as ", show(stated, unit), " where the other ",
                         std::to_string(others), across ? " totals along its row" : " totals down its column",
                         " are formulas alike (", a1(run->near), " is ", near_text, "); the same formula here, ", moved,
                         ", gives ", show(computed, unit));
  std::vector<Finding> found;
  report_difference(found, across ? kColumnTotal : kRowTotal, path_, sheet_.name, x, stated, computed, unit, settings_,
                    message, &shown);
  if (found.empty()) return found;
  if (found.front().rule == kFigureOutOfRange) return std::nullopt;
  if (found.front().severity == Severity::Error)
    found.front().message += run->twin ? ": the figure was typed over the formula its column repeats"
                                       : ": the total was typed over and does not add up its figures";
  return found;
}

} // namespace

void typed_over_totals(const std::string &path, const Workbook &wb, const Settings &s,
                       const std::vector<TotalsTable> &tables, FormulaEvidence &out,
                       std::vector<std::pair<std::string, CellRef>> *checked) {
  for (std::size_t si = 0; si < wb.sheets.size(); ++si) {
    const Sheet &sheet = wb.sheets[si];
    if (sheet.formulas.size() < 2) continue;
    // Totals the structure reads as agreeing with a reading of its own: a
    // plausible reading explains them, whatever the formulas beside them say.
    std::set<CellRef> explained, totals;
    AddedTogether added;
    for (const TotalsTable &t : tables)
      if (t.sheet == sheet.name)
        for (const StatedTotal &st : t.totals) {
          totals.insert(st.cell);
          if (agreeing_reading(st)) explained.insert(st.cell);
          added.read(st);
        }
    // Typed figures next to a formula, with the way the run would go: along
    // the row (a figure left or right of a formula) or down the column.
    std::vector<std::pair<CellRef, bool>> typed; // (cell, across)
    for (const CellFormula &f : sheet.formulas) {
      static constexpr std::array<std::array<long, 2>, 4> kBeside = {{{0, -1}, {0, 1}, {-1, 0}, {1, 0}}};
      for (auto [dr, dc] : kBeside) {
        long r = long(f.row) + dr, c = long(f.col) + dc;
        if (r < 0 || c < 0) continue;
        const Cell *cell = sheet.cell_at(std::uint32_t(r), std::uint32_t(c));
        if (!cell || cell->type != CellType::Number || cell->formula) continue;
        if (sheet.formula_at(std::uint32_t(r), std::uint32_t(c))) continue;
        typed.push_back({CellRef{std::uint32_t(r), std::uint32_t(c)}, dr == 0});
      }
    }
    if (typed.empty()) continue;
    // A tracker's row totals give one typed figure a row, in order: checked, not sorted again.
    if (!std::is_sorted(typed.begin(), typed.end())) std::sort(typed.begin(), typed.end());
    typed.erase(std::unique(typed.begin(), typed.end()), typed.end());
    TypedOver check(path, wb, si, s, explained, totals, added, out, checked);
    for (std::size_t k = 0; k < typed.size();) {
      // Sorted by cell, down (false) before across (true).
      CellRef x = typed[k].first;
      bool across = false, down = false;
      for (; k < typed.size() && typed[k].first == x; ++k) (typed[k].second ? across : down) = true;
      check.check(x, across, down);
    }
  }
}

} // namespace fundbook::rules
