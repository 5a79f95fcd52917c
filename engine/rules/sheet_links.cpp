// A summary sheet's lines that carry the figures of the workbook's other
// sheets: a budget book's summary by directorate, each line named as a
// directorate's sheet is and saying that sheet's Total. Published as values,
// a summary line typed over (or left as it was when its sheet changed) still
// adds up with the summary's other lines; only its own sheet shows it.
//
// Nothing says which cell of a sheet a line carries, so the figures must:
// a place is believed only where, in one column of the summary, at least
// two lines each equal the figure at that place on their own sheets (the
// same address on each, or the same line and column words: 'Total' under
// 'Budget 2025/26') and more lines agree than not. A line that then differs
// from its sheet's figure at that place is said, naming both cells.
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/concat.hpp"
#include "engine/rules/line_words.hpp"
#include "engine/rules/registry.hpp"
#include "import/formula/evaluate.hpp"

namespace fundbook::rules {

namespace {

// Lines named as sheets a summary needs before its figures are compared:
// two agreeing places and one more line to judge.
constexpr std::size_t kMinLines = 3;
// Past this a sheet's figures are not indexed (a tracker is no directorate's sheet).
constexpr std::size_t kMaxSheetCells = 200'000;
constexpr std::size_t kMaxLinkedLines = 500;

// A name as a line or a sheet may write it: lower case, words of letters and
// digits, '&' as 'and' ("Adults & Health", "adults and health ").
std::string name_key(std::string_view text) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += ' ';
    out += word;
    word.clear();
  };
  for (char ch : text) {
    auto u = static_cast<unsigned char>(ch);
    if (std::isalnum(u) || u >= 0x80)
      word += char(std::tolower(u));
    else if (ch == '&') {
      flush();
      word = "and";
      flush();
    } else
      flush();
  }
  flush();
  return out;
}

// What a figure's place on its sheet is called, either way a summary may
// be built: its address, or its line's and its column's words, the sheet's
// own name taken out of the line's ('Total Adults' on the Adults sheet: 'total').
struct Spot {
  bool by_address = true;
  CellRef cell;
  std::string line, column;
  bool operator<(const Spot &o) const {
    return std::tie(by_address, cell.row, cell.col, line, column) <
           std::tie(o.by_address, o.cell.row, o.cell.col, o.line, o.column);
  }
};

// A summary figure may show its sheet's figure to fewer decimals (a whole
// 12,345 for 12,345.4): it agrees where the sheet's figure, rounded as the
// summary's figure is shown, is it.
bool carries(const Cell &summary_cell, Money summary, Money carried) {
  if (summary == carried) return true;
  int decimals = 0;
  if (summary_cell.shown != shown_step::kUnknown) {
    if (shown_step::thousands(summary_cell.shown) != 0) return false;
    decimals = shown_step::decimals(summary_cell.shown);
  } else {
    // As written: no more decimals than it has.
    for (std::int64_t step = 100000; decimals < 5 && summary.pence() % step != 0; step /= 10) ++decimals;
  }
  if (decimals >= 5) return false;
  std::int64_t step = 1;
  for (int k = decimals; k < 5; ++k) step *= 10;
  std::int64_t c = carried.pence(), q = c / step, r = c % step;
  if ((r < 0 ? -r : r) * 2 >= step) q += c < 0 ? -1 : 1;
  return q * step == summary.pence();
}

struct SheetFigures {
  const Sheet *sheet = nullptr;
  std::string key;                                   // name_key of the sheet's name
  std::unordered_multimap<std::int64_t, CellRef> at; // a figure (as_shown pence) -> its cells
  std::optional<LineWords> words;
};

std::optional<Money> figure(const Cell *c) {
  if (!c || c->type != CellType::Number) return std::nullopt;
  auto exact = formula::Evaluator::exact(c->number);
  if (!exact) return std::nullopt;
  return as_shown(*exact);
}

std::string without_words(const std::string &line, const std::string &name) {
  if (name.empty()) return line;
  std::string out = line;
  for (std::size_t at = out.find(name); at != std::string::npos; at = out.find(name)) out.erase(at, name.size());
  return name_key(out);
}

class Links {
public:
  Links(const std::string &path, const Workbook &wb) : path_(path), wb_(wb) {
    for (const Sheet &sh : wb.sheets) {
      SheetFigures f;
      f.sheet = &sh;
      f.key = name_key(sh.name);
      sheets_.push_back(std::move(f));
    }
  }

  void check_summary(std::size_t si, std::vector<Finding> &out, std::vector<std::pair<std::string, CellRef>> &checked);

private:
  struct Line {
    std::uint32_t row;
    std::size_t sheet; // the sheet it is named as
  };
  SheetFigures &indexed(std::size_t ti) {
    SheetFigures &f = sheets_[ti];
    if (!f.words) {
      f.words.emplace(wb_, *f.sheet);
      if (f.sheet->cells.size() <= kMaxSheetCells)
        for (const Cell &c : f.sheet->cells)
          if (auto m = figure(&c); m && !m->is_zero()) f.at.emplace(m->pence(), CellRef{c.row, c.col});
    }
    return f;
  }
  Spot named_place(std::size_t ti, CellRef c) {
    SheetFigures &f = indexed(ti);
    Spot p;
    p.by_address = false;
    p.line = without_words(name_key(f.words->of(c, true)), f.key);
    p.column = name_key(f.words->of(c, false));
    return p;
  }
  // The cell of sheet `ti` at `p`: nullopt where there is none, or more than one.
  std::optional<CellRef> resolve(std::size_t ti, const Spot &p) {
    if (p.by_address) return p.cell;
    SheetFigures &f = indexed(ti);
    if (f.sheet->cells.size() > kMaxSheetCells) return std::nullopt;
    std::optional<CellRef> found;
    for (const Cell &c : f.sheet->cells) {
      if (c.type != CellType::Number) continue;
      CellRef at{c.row, c.col};
      Spot q = named_place(ti, at);
      if (q.line != p.line || q.column != p.column) continue;
      if (found) return std::nullopt;
      found = at;
    }
    return found;
  }

  const std::string &path_;
  const Workbook &wb_;
  std::vector<SheetFigures> sheets_;
};

void Links::check_summary(std::size_t si, std::vector<Finding> &out,
                          std::vector<std::pair<std::string, CellRef>> &checked) {
  const Sheet &summary = *sheets_[si].sheet;
  std::map<std::string, std::size_t> by_name;
  for (std::size_t ti = 0; ti < sheets_.size(); ++ti)
    if (ti != si && !sheets_[ti].key.empty()) by_name.emplace(sheets_[ti].key, ti);
  // The lines named as another sheet is: the first text of the row, before its figures.
  std::vector<Line> lines;
  std::set<std::size_t> named;
  std::map<std::uint32_t, std::vector<const Cell *>> figures_of; // row -> its number cells
  for (std::size_t i = 0; i < summary.cells.size() && lines.size() < kMaxLinkedLines;) {
    const std::uint32_t row = summary.cells[i].row;
    std::size_t end = i;
    while (end < summary.cells.size() && summary.cells[end].row == row) ++end;
    const Cell &first = summary.cells[i];
    if (first.type == CellType::String) {
      auto hit = by_name.find(name_key(wb_.text(first)));
      if (hit != by_name.end()) {
        std::vector<const Cell *> figs;
        for (std::size_t k = i + 1; k < end; ++k)
          if (summary.cells[k].type == CellType::Number) figs.push_back(&summary.cells[k]);
        if (!figs.empty()) {
          lines.push_back({row, hit->second});
          named.insert(hit->second);
          figures_of[row] = std::move(figs);
        }
      }
    }
    i = end;
  }
  if (named.size() < kMinLines) return;
  const std::size_t from = out.size();
  std::set<std::uint16_t> columns;
  for (auto &[row, figs] : figures_of)
    for (const Cell *c : figs) columns.insert(c->col);
  LineWords summary_words(wb_, summary);
  for (std::uint16_t col : columns) {
    // Each line's figure in this column, and the places on its sheet where it stands.
    struct Judged {
      const Line *line;
      Money value;
      std::set<Spot> places;
    };
    std::vector<Judged> judged;
    for (const Line &l : lines) {
      auto v = figure(summary.cell_at(l.row, col));
      if (!v) continue;
      Judged j{&l, *v, {}};
      if (!v->is_zero()) {
        SheetFigures &f = indexed(l.sheet);
        auto [from, to] = f.at.equal_range(v->pence());
        for (auto it = from; it != to; ++it) {
          Spot by_address;
          by_address.cell = it->second;
          j.places.insert(by_address);
          j.places.insert(named_place(l.sheet, it->second));
        }
      }
      judged.push_back(std::move(j));
    }
    if (judged.size() < kMinLines) continue;
    // The place most lines agree at; two distinct figures at least, so that
    // one figure found twice by chance does not make a place.
    std::map<Spot, std::vector<std::size_t>> agreeing;
    for (std::size_t k = 0; k < judged.size(); ++k)
      for (const Spot &p : judged[k].places) agreeing[p].push_back(k);
    std::vector<const Spot *> believed;
    std::size_t best = 0;
    for (auto &[p, who] : agreeing) {
      std::set<std::int64_t> distinct;
      for (std::size_t k : who) distinct.insert(judged[k].value.pence());
      if (distinct.size() < 2 || who.size() * 2 <= judged.size()) continue;
      if (who.size() > best) {
        best = who.size();
        believed.clear();
      }
      if (who.size() == best) believed.push_back(&p);
    }
    if (believed.empty()) continue;
    for (std::size_t k = 0; k < judged.size(); ++k) {
      const Judged &j = judged[k];
      CellRef at{j.line->row, col};
      bool agrees = std::any_of(believed.begin(), believed.end(), [&](const Spot *p) { return j.places.contains(*p); });
      if (agrees) {
        checked.emplace_back(summary.name, at);
        continue;
      }
      // Its figure stands elsewhere on its sheet (another total of the
      // column, a net line beside the Total): a reading that explains it.
      if (!j.places.empty()) continue;
      // Where its sheet's figure is: every believed place must name the same cell.
      std::optional<CellRef> target;
      bool one = true;
      for (const Spot *p : believed) {
        auto c = resolve(j.line->sheet, *p);
        if (!c || (target && !(*c == *target))) {
          one = false;
          break;
        }
        target = c;
      }
      if (!one || !target) continue;
      const Sheet &detail = *sheets_[j.line->sheet].sheet;
      auto carried = figure(detail.cell_at(target->row, target->col));
      if (!carried) continue;
      checked.emplace_back(summary.name, at);
      if (carries(*summary.cell_at(at.row, at.col), j.value, *carried)) continue;
      const std::int64_t unit = Finding().unit;
      std::string heading = summary_words.of(at, false);
      std::string there = indexed(j.line->sheet).words->of(*target, true);
      std::string where = concat(a1(*target), there.empty() ? std::string() : concat(" ('", there, "')"));
      // A line left as it was, or typed over with the figures worked out
      // from it, is out in several columns: one cause, one finding, at the
      // first, naming the others.
      auto same_line = std::find_if(out.begin() + std::ptrdiff_t(from), out.end(), [&](const Finding &g) {
        return g.sheet == summary.name && g.cell && g.cell->row == at.row;
      });
      if (same_line != out.end()) {
        same_line->message += concat("; so does '", heading, "' (", a1(at), ": ", show(j.value, unit), " against ",
                                     show(*carried, unit), " at ", where, ")");
        same_line->related.push_back({path_, summary.name, at});
        same_line->related.push_back({path_, detail.name, *target});
        continue;
      }
      std::string message =
          concat("'", summary_words.of(at, true), "'", heading.empty() ? std::string() : concat(": '", heading, "'"),
                 " says ", show(j.value, unit), " but sheet '", detail.name, "' shows ", show(*carried, unit), " at ",
                 where, ", the figure the summary's other ", std::to_string(best),
                 best == 1 ? " line in this column carries" : " lines in this column carry", " from their own sheets");
      Finding f = finding_of(kCarriedFigure, path_);
      f.sheet = summary.name;
      f.cell = at;
      f.stated = j.value;
      f.computed = *carried;
      f.unit = unit;
      f.message = std::move(message);
      f.related.push_back({path_, detail.name, *target});
      out.push_back(std::move(f));
    }
  }
  for (std::size_t k = from; k < out.size(); ++k)
    out[k].message += out[k].related.size() > 1 ? "; correct whichever of each pair is out of date"
                                                : "; correct whichever of the two is out of date";
}

} // namespace

void carried_figures(const std::string &path, const Workbook &wb, const Settings & /*s*/, std::vector<Finding> &out,
                     std::vector<std::pair<std::string, CellRef>> &checked) {
  if (wb.sheets.size() < kMinLines + 1) return;
  Links links(path, wb);
  for (std::size_t si = 0; si < wb.sheets.size(); ++si) links.check_summary(si, out, checked);
}

} // namespace fundbook::rules
