// Holes in the account of what was checked (issue 17: never claim a check
// that was not made). For every workbook given (files or folders), the
// tables of any shape the structure read (Recognised::totals_tables) are
// gone through cell by cell, and two kinds of figure are listed:
//   uncovered  a figure of the table that no check counts (no stated total,
//              no reading's part, no relation's figure or term) and that no
//              `unchecked` block of the account covers;
//   total-unchecked  a figure on a row or under a column named as a total
//              ('Total General Fund') that is the stated total of no check
//              (nor a relation's figure) and lies in no `unchecked` block:
//              a total the account neither checked nor said it left alone.
// A table whose account says what of it was not checked (its not_checked
// words) is listed with them, its holes apart. Not a test: a tool that
// prints, one line per table with holes; the council's own shapes (profile
// blocks, planning tables) are not gone through.
//   account_holes PATH... (run where templates/ resolves, e.g. /tmp)
#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string>

#include "engine/check.hpp"
#include "import/layout/recognise.hpp"
#include "import/open.hpp"

using namespace fundbook;
namespace fs = std::filesystem;

namespace {
using Key = std::pair<std::uint32_t, std::uint32_t>;

bool names_total(std::string_view s) {
  std::string low(s);
  for (char &c : low) c = char(std::tolower(static_cast<unsigned char>(c)));
  return low.find("total") != std::string::npos;
}

bool looks_numeric(std::string_view s) {
  bool digit = false;
  for (char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c)))
      digit = true;
    else if (!std::strchr(" ,.()-+£$%", c))
      return false;
  }
  return digit;
}

std::string cells_text(const std::vector<CellRef> &cells) {
  std::string out;
  std::size_t shown = 0;
  for (const CellRef &c : cells) {
    if (shown++ == 12) {
      out += " ... (" + std::to_string(cells.size()) + ")";
      break;
    }
    if (!out.empty()) out += ' ';
    out += a1(c);
  }
  return out;
}

void audit(const std::string &path, const Vocabulary &vocab, std::size_t &files, std::size_t &holes) {
  Workbook wb;
  try {
    wb = open_workbook(path);
  } catch (const std::exception &) { return; }
  ++files;
  Recognised rec = recognise(wb, vocab);
  CheckOptions opts;
  opts.threads = 1;
  CheckResult res = run_check({path}, opts);
  auto in_unchecked = [&](const std::string &sheet, CellRef c) {
    return std::any_of(res.unchecked.begin(), res.unchecked.end(), [&](const UncheckedFigures &u) {
      const UncheckedBlock &b = u.block;
      return b.sheet == sheet && c.row >= b.first.row && c.row <= b.last.row && c.col >= b.first.col &&
             c.col <= b.last.col;
    });
  };
  for (const TotalsTable &t : rec.totals_tables) {
    const Sheet *sh = nullptr;
    for (const Sheet &s : wb.sheets)
      if (s.name == t.sheet) sh = &s;
    if (!sh) continue;
    std::set<Key> covered, stated;
    auto cover = [&](CellRef c) { covered.insert({c.row, c.col}); };
    for (const StatedTotal &st : t.totals) {
      cover(st.cell);
      stated.insert({st.cell.row, st.cell.col});
      for (const Reading &r : st.readings)
        for (const CellRef &p : r.parts) cover(p);
    }
    for (const Relation &r : t.relations) {
      cover(r.cell);
      stated.insert({r.cell.row, r.cell.col});
      for (const auto &[c, sign] : r.terms) cover(c);
    }
    if (covered.empty()) continue;
    std::uint32_t top = ~0u, left = ~0u;
    for (const Key &k : covered) {
      top = std::min(top, k.first);
      left = std::min(left, k.second);
    }
    std::vector<CellRef> uncovered, total_unchecked;
    for (const Cell &c : sh->cells) {
      if (c.row < top || c.row > t.last.row || c.col < left || c.col > t.last.col) continue;
      const bool number =
          c.type == CellType::Number || (c.type == CellType::String && looks_numeric(wb.strings[c.str]));
      if (!number) continue;
      const CellRef ref{c.row, c.col};
      if (in_unchecked(t.sheet, ref)) continue;
      const Key k{c.row, c.col};
      if (!covered.count(k)) {
        uncovered.push_back(ref);
        continue;
      }
      if (stated.count(k)) continue;
      // Named as a total by its row's words (left of it) or its column's (above it).
      bool named = false;
      for (const Cell &o : sh->cells) {
        if (o.type != CellType::String) continue;
        const bool row_label = o.row == c.row && o.col < c.col && o.col >= t.first.col;
        const bool col_head = o.col == c.col && o.row < top && o.row >= t.first.row;
        if ((row_label || col_head) && !looks_numeric(wb.strings[o.str]) && names_total(wb.strings[o.str]))
          named = true;
      }
      if (named) total_unchecked.push_back(ref);
    }
    if (uncovered.empty() && total_unchecked.empty()) continue;
    ++holes;
    std::cout << path << "\t" << t.sheet << "!" << a1(t.first) << ":" << a1(t.last);
    if (!uncovered.empty()) std::cout << "\tuncovered " << uncovered.size() << ": " << cells_text(uncovered);
    if (!total_unchecked.empty())
      std::cout << "\ttotal-unchecked " << total_unchecked.size() << ": " << cells_text(total_unchecked);
    if (!t.not_checked.empty()) std::cout << "\t(said: " << t.not_checked.substr(0, 100) << ")";
    std::cout << "\n";
  }
}
} // namespace

int main(int argc, char **argv) {
  Vocabulary vocab = Vocabulary::defaults();
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (fs::is_directory(argv[i])) {
      for (auto &e : fs::recursive_directory_iterator(argv[i]))
        if (e.is_regular_file()) paths.push_back(e.path().string());
    } else {
      paths.push_back(argv[i]);
    }
  }
  std::sort(paths.begin(), paths.end());
  std::size_t files = 0, holes = 0;
  for (const std::string &p : paths) audit(p, vocab, files, holes);
  std::cerr << "account_holes: " << files << " workbooks, " << holes << " tables with holes\n";
  return 0;
}
