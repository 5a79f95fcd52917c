#include "engine/coverage.hpp"

#include <algorithm>
#include <set>

#include "core/concat.hpp"

namespace fundbook {

namespace {
struct Extent {
  CellRef first{~0u, ~0u}, last{0, 0};
  bool any = false;
  void add(CellRef r) {
    first.row = std::min(first.row, r.row);
    first.col = std::min(first.col, r.col);
    last.row = std::max(last.row, r.row);
    last.col = std::max(last.col, r.col);
    any = true;
  }
  void add(const std::optional<Figure> &f) {
    if (f) add(f->ref);
  }
  void add(const Figure *f) {
    if (f) add(f->ref);
  }
  void add(const RowFigures &row) {
    if (!row.label.empty()) add(row.label_ref);
    for (const Figure *v : row.values) add(v);
    add(row.stated_total);
  }
  void put(CellRef &f, CellRef &l) const {
    f = any ? first : CellRef{};
    l = any ? last : CellRef{};
  }
};
} // namespace

void table_extent(const TableView &v, CellRef &first, CellRef &last) {
  const FigureTable &t = v.table;
  Extent e;
  e.add(t.header_ref);
  v.each_row([&](const RowFigures &r) { e.add(r); });
  std::vector<const Figure *> scratch;
  if (t.total_row) e.add(row_figures(*t.total_row, scratch));
  if (t.cumulative_row) e.add(row_figures(*t.cumulative_row, scratch));
  e.put(first, last);
}

void overview_extent(const RagOverview &ov, CellRef &first, CellRef &last) {
  Extent e;
  e.add(ov.header_ref);
  for (const auto *rows : {&ov.rows, &ov.unrated})
    for (auto &r : *rows) {
      e.add(r.label_ref);
      e.add(r.count);
      for (auto &[k, f] : r.sums) e.add(f.ref);
    }
  e.put(first, last);
}

bool has_stated_totals(const TableView &v) {
  if (v.table.total_row || v.table.cumulative_row) return true;
  bool any = false;
  v.each_row([&](const RowFigures &r) { any = any || r.stated_total != nullptr; });
  return any;
}

UncheckedBlock shape_not_checked(const TableView &v, CellRef first, CellRef last, std::size_t formulas) {
  UncheckedBlock b;
  b.sheet = v.table.sheet;
  b.first = first;
  b.last = last;
  v.each_row([&](const RowFigures &r) {
    for (const Figure *f : r.values) b.figures += f != nullptr;
    b.figures += r.stated_total != nullptr;
  });
  const char *what = v.table.kind == TableKind::WorkstreamSummary ? "a summary by year"
                     : v.table.kind == TableKind::PlanningTable   ? "a planning table"
                                                                  : "a profile by year";
  // Said from the table's structure, not from the count: a table with totals
  // whose parts are all unknown (a 'TBC' year) has totals, none workable.
  if (!has_stated_totals(v))
    b.why = concat("read as ", what, ", but it has no Total row or column to check");
  else if (v.table.total_row && !v.has_rows())
    b.why = concat("read as ", what, ", but its Total row has no rows above it to add up");
  else
    b.why = concat("read as ", what, ", but its totals could not be worked out: a figure under them is not a number");
  b.totals_unchecked = has_stated_totals(v);
  // Its formulas were compared with their inputs all the same: said, so the
  // account does not lose them with the table.
  if (formulas)
    b.why += concat("; ", std::to_string(formulas),
                    formulas == 1 ? " formula in it was compared with its inputs"
                                  : " formulas in it were compared with their inputs");
  return b;
}

namespace {
// Adds to each block's why how many of `cells` (sheet, cell) lie in it and
// were checked: "; only 2 <what, plural> ...".
void note_cells_checked(std::vector<UncheckedBlock> &blocks, const std::vector<std::pair<std::string, CellRef>> &cells,
                        std::string_view one, std::string_view many) {
  for (UncheckedBlock &b : blocks) {
    std::size_t n = std::size_t(std::count_if(cells.begin(), cells.end(), [&](auto &t) {
      return t.first == b.sheet && t.second.row >= b.first.row && t.second.row <= b.last.row &&
             t.second.col >= b.first.col && t.second.col <= b.last.col;
    }));
    if (n) b.why += concat("; only ", std::to_string(n), n == 1 ? one : many);
  }
}
} // namespace

void note_typed_totals_checked(std::vector<UncheckedBlock> &blocks,
                               const std::vector<std::pair<std::string, CellRef>> &typed) {
  note_cells_checked(blocks, typed, " typed total in it was checked, against the formula of the totals beside it",
                     " typed totals in it were checked, against the formula of the totals beside them");
}

void note_rating_summary_checked(std::vector<UncheckedBlock> &blocks,
                                 const std::vector<std::pair<std::string, CellRef>> &compared,
                                 const std::string &list_at) {
  note_cells_checked(blocks, compared, concat(" figure in it was checked, against the list under ", list_at),
                     concat(" figures in it were checked, against the list under ", list_at));
}

namespace {
// Cells checked one by one (sheet, cell) as checked tables: each in a table
// already listed counts there where `count_inside` (a check that table's
// own did not make), else the cells outside every table make one table per
// sheet over them.
template <class CountInside>
void add_cells_checked(std::vector<CheckedTable> &checked, const std::string &path,
                       const std::vector<std::pair<std::string, CellRef>> &cells, CountInside count_inside) {
  const std::size_t tables = checked.size();
  for (const auto &[sheet, cell] : cells) {
    auto within = [&, &sheet = sheet, &cell = cell](const CheckedTable &c) {
      return c.path == path && c.sheet == sheet && cell.row >= c.first.row && cell.row <= c.last.row &&
             cell.col >= c.first.col && cell.col <= c.last.col;
    };
    auto inside = std::find_if(checked.begin(), checked.begin() + std::ptrdiff_t(tables), within);
    if (inside != checked.begin() + std::ptrdiff_t(tables)) {
      if (count_inside(*inside, sheet, cell)) ++inside->totals_checked;
      continue;
    }
    auto same_sheet = std::find_if(checked.begin() + std::ptrdiff_t(tables), checked.end(),
                                   [&, &sheet = sheet](const CheckedTable &c) { return c.sheet == sheet; });
    if (same_sheet == checked.end()) {
      checked.push_back({path, sheet, TableKind::TotalsTable, cell, cell, 1, 0});
      continue;
    }
    same_sheet->first = {std::min(same_sheet->first.row, cell.row), std::min(same_sheet->first.col, cell.col)};
    same_sheet->last = {std::max(same_sheet->last.row, cell.row), std::max(same_sheet->last.col, cell.col)};
    ++same_sheet->totals_checked;
  }
}
} // namespace

void add_typed_totals_checked(std::vector<CheckedTable> &checked, const std::string &path,
                              const std::vector<std::pair<std::string, CellRef>> &typed,
                              const std::vector<TotalsTable> &tables) {
  // In a totals table, a typed figure the structure did not read as one of
  // its totals (a column whose formulas it did not take as totals) is a check
  // the table's own did not make.
  std::set<std::pair<std::string_view, CellRef>> stated;
  for (const TotalsTable &t : tables)
    for (const StatedTotal &st : t.totals) stated.insert({t.sheet, st.cell});
  add_cells_checked(checked, path, typed, [&](const CheckedTable &c, const std::string &sheet, CellRef cell) {
    return c.kind == TableKind::TotalsTable && !stated.contains({sheet, cell});
  });
}

void add_carried_figures_checked(std::vector<CheckedTable> &checked, const std::string &path,
                                 const std::vector<std::pair<std::string, CellRef>> &carried) {
  add_cells_checked(checked, path, carried, [](const CheckedTable &, const std::string &, CellRef) { return true; });
}

void note_carried_figures_checked(std::vector<UncheckedBlock> &blocks,
                                  const std::vector<std::pair<std::string, CellRef>> &carried) {
  note_cells_checked(blocks, carried, " figure in it was checked, against the sheet its line names",
                     " figures in it were checked, against the sheets their lines name");
}

UncheckedBlock overview_unchecked(const RagOverview &ov, CellRef first, CellRef last) {
  UncheckedBlock b;
  b.sheet = ov.sheet;
  b.first = first;
  b.last = last;
  for (auto &r : ov.rows) b.figures += (r.count ? 1 : 0) + r.sums.size();
  b.why = "a RAG overview with no schemes listed under a RAG rating in the workbook to count against it";
  return b;
}

void add_checked(std::vector<CheckedTable> &out, CheckedTable t) {
  if (!out.empty()) {
    CheckedTable &p = out.back();
    if (p.path == t.path && p.sheet == t.sheet && p.kind == t.kind && t.kind == TableKind::ProfileBlocks) {
      p.first = {std::min(p.first.row, t.first.row), std::min(p.first.col, t.first.col)};
      p.last = {std::max(p.last.row, t.last.row), std::max(p.last.col, t.last.col)};
      p.totals_checked += t.totals_checked;
      p.formulas_checked += t.formulas_checked;
      return;
    }
  }
  out.push_back(std::move(t));
}

std::string coverage_line(const std::vector<CheckedTable> &checked, const std::vector<UncheckedFigures> &unchecked) {
  auto plural = [](std::size_t n, const char *one, const char *many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  std::size_t totals = 0;
  for (auto &t : checked) totals += t.totals_checked;
  // Of several files, every sheet and cell is named with its file: a folder's
  // workbooks often have sheets of the same name ('Sheet1', 'Budget'), and
  // the line is read on its own.
  std::set<std::string_view> paths;
  for (auto &t : checked) paths.insert(t.path);
  for (auto &u : unchecked) paths.insert(u.path);
  const bool many_files = paths.size() > 1;
  auto of_file = [&](const std::string &path) { return many_files ? concat(" of ", path) : std::string(); };
  std::size_t figures = 0;
  std::vector<std::string> sheets; // in order of first mention
  std::set<std::pair<std::string, std::string>> seen;
  for (auto &u : unchecked) {
    figures += u.block.figures;
    if (seen.insert({u.path, u.block.sheet}).second) sheets.push_back(u.block.sheet + of_file(u.path));
  }
  // Totals a table states that were seen and not checked (rows read as
  // totals that agree with no reading of the rows above them, a Total that
  // counts text): the first is named with why, and a sheet with such a table
  // is never said to have no table with totals.
  auto stated = [](const UncheckedFigures &u) { return u.block.totals_unchecked; };
  auto first_stated = std::find_if(unchecked.begin(), unchecked.end(), stated);
  // With no total checked and none named as unchecked, the line gives the
  // reason the JSON gives for the most figures among the blocks that say
  // why (not the default "no row or column recognised as a total"): "no
  // table with totals was recognised" only where no block says more. (Taking it from
  // the flag alone, a reading that said why in JSON and set no flag, a
  // running total along a row, had the line say no table had totals.)
  // Reasons with a clause of their own below are left to it.
  auto said_below = [](const UncheckedFigures &u) {
    return u.block.not_a_sum || u.block.unknown_heading || u.block.under_held_row || u.block.within_rounding;
  };
  const UncheckedFigures *most = nullptr;
  if (!totals && first_stated == unchecked.end())
    for (auto &u : unchecked)
      if (!said_below(u) && u.block.why != kNoTotalRecognised && (!most || u.block.figures > most->block.figures))
        most = &u;
  auto where = [&](const UncheckedFigures &u) {
    return concat(u.block.sheet, "!", a1(u.block.first), ":", a1(u.block.last), of_file(u.path));
  };
  std::string s;
  if (totals)
    s = plural(totals, "total", "totals") + " checked in " + plural(checked.size(), "table", "tables");
  else if (most)
    s = concat("No total was checked: in ", where(*most), ", ", most->block.why);
  else if (first_stated == unchecked.end())
    s = "No total was checked: no table with totals was recognised";
  else
    s = "No total was checked";
  if (first_stated != unchecked.end()) {
    const UncheckedBlock &b = first_stated->block;
    std::string at = where(*first_stated);
    s += totals ? concat("; the totals in ", at, " were not checked: ", b.why) : concat(": in ", at, ", ", b.why);
    if (auto more = std::size_t(std::count_if(unchecked.begin(), unchecked.end(), stated) - 1))
      s += concat("; totals in ", plural(more, "more place were", "more places were"), " not checked either");
  }
  if (figures) {
    std::string names;
    for (std::size_t i = 0; i < sheets.size() && i < 5; ++i) names += (i ? ", " : "") + sheets[i];
    if (sheets.size() > 5) names += " and " + std::to_string(sheets.size() - 5) + " more";
    s += "; " + plural(figures, "figure", "figures") + " on " + plural(sheets.size(), "sheet", "sheets") +
         " not understood (" + names + ")";
  }
  // A heading fundbook does not know (misspelt) is why a table was not read:
  // the first is named at its cell, so the fix is one look away.
  const UncheckedFigures *first = nullptr;
  std::size_t more = 0;
  for (auto &u : unchecked) {
    if (!u.block.unknown_heading) continue;
    if (first)
      ++more;
    else
      first = &u;
  }
  if (first) {
    s += concat("; nothing under the heading '", first->block.unknown_heading_text, "' in ", first->block.sheet, "!",
                a1(*first->block.unknown_heading), of_file(first->path),
                " was read: it is not a heading fundbook knows (is it misspelt?)");
    if (more) s += concat(", nor under ", plural(more, "more heading", "more headings"), " like it");
  }
  // A relation that is no sum (a variance, a running balance), named by the
  // table but not confirmed by its figures: the first is said with why.
  auto relation = std::find_if(unchecked.begin(), unchecked.end(), [](auto &u) { return u.block.not_a_sum; });
  if (relation != unchecked.end()) {
    const UncheckedBlock &b = relation->block;
    std::size_t others =
        std::size_t(std::count_if(unchecked.begin(), unchecked.end(), [](auto &u) { return u.block.not_a_sum; }) - 1);
    s += concat("; ", b.sheet, "!", a1(b.first), ":", a1(b.last), of_file(relation->path), " is ", b.why);
    if (others) s += concat(" (nor ", plural(others, "more like it", "more like it"), ")");
  }
  // A table checked one way and not the other (its total columns, not its
  // total rows): said with it, the first named.
  auto one_way = std::find_if(checked.begin(), checked.end(), [](auto &t) { return !t.not_checked.empty(); });
  if (one_way != checked.end()) {
    std::size_t others =
        std::size_t(std::count_if(checked.begin(), checked.end(), [](auto &t) { return !t.not_checked.empty(); }) - 1);
    s += concat("; in ", one_way->sheet, "!", a1(one_way->first), ":", a1(one_way->last), of_file(one_way->path), " ",
                one_way->not_checked);
    if (others) s += concat(" (nor in ", plural(others, "more table", "more tables"), " like it)");
  }
  // Figures under a row the file repeats past what was read (held once):
  // a total there was neither passed nor accused, and the first is named.
  auto held = std::find_if(unchecked.begin(), unchecked.end(), [](auto &u) { return u.block.under_held_row; });
  if (held != unchecked.end()) {
    const UncheckedBlock &b = held->block;
    std::size_t others = std::size_t(
        std::count_if(unchecked.begin(), unchecked.end(), [](auto &u) { return u.block.under_held_row; }) - 1);
    s += concat("; ", b.sheet, "!", a1(b.first), ":", a1(b.last), of_file(held->path),
                " was not checked: it is under row ", std::to_string(*b.under_held_row + 1),
                ", which the file repeats ", std::to_string(b.held_count),
                " times and which was read once, so a total that counts those copies cannot be checked");
    if (others) s += concat(" (nor ", plural(others, "more block", "more blocks"), " like it)");
  }
  // Figures whose total is further from them than rounding usually puts it
  // (a rounding note): checked only to within their rounding, the first named.
  auto rounding = [](const UncheckedFigures &u) { return u.block.within_rounding; };
  auto loose = std::find_if(unchecked.begin(), unchecked.end(), rounding);
  if (loose != unchecked.end()) {
    const UncheckedBlock &b = loose->block;
    std::size_t others = std::size_t(std::count_if(unchecked.begin(), unchecked.end(), rounding) - 1);
    s += concat("; in ", b.sheet, "!", a1(b.first), ":", a1(b.last), of_file(loose->path), ", ", b.why);
    if (others) s += concat(" (so are the figures of ", plural(others, "more total", "more totals"), " like it)");
  }
  return s;
}

} // namespace fundbook
