// Prints, for the corpus (../shared/corpus/files), how many formula cells each
// format has, how many fundbook read the text of, how many fall in the
// arithmetic subset it works out, how many it evaluated, and how many of
// those equal the value the file saved; with --list, every disagreement;
// with --why, what stood in the way of the formulas in the subset it did not
// evaluate, by format (the cell named in a reason is left out, so like
// reasons are counted together).
//   formula_survey [--list] [--why] [CORPUS_DIR]
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>

#include "import/formula/evaluate.hpp"
#include "import/open.hpp"

using namespace fundbook;
namespace fs = std::filesystem;

namespace {
struct Counts {
  std::size_t files = 0, formula_cells = 0, with_text = 0, in_subset = 0, saved_number = 0, evaluated = 0, equal = 0,
              filled = 0, missing = 0;
};
} // namespace

int main(int argc, char **argv) {
  bool list = false, why = false;
  std::string dir = std::string(FUNDBOOK_SOURCE_DIR) + "/../shared/corpus/files";
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--list") == 0)
      list = true;
    else if (std::strcmp(argv[i], "--why") == 0)
      why = true;
    else
      dir = argv[i];
  }
  std::vector<std::string> paths;
  for (auto &e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) paths.push_back(e.path().string());
  std::sort(paths.begin(), paths.end());
  std::map<std::string, Counts> by;
  std::map<std::string, std::map<std::string, std::size_t>> reasons; // format -> reason -> formulas
  std::map<std::string, std::map<std::string, std::size_t>> unsaved; // the same for formulas with no saved value
  for (auto &p : paths) {
    Workbook wb;
    try {
      wb = open_workbook(p);
    } catch (const std::exception &) { continue; }
    Counts &c = by[wb.format];
    ++c.files;
    formula::Evaluator ev(wb);
    for (std::size_t si = 0; si < wb.sheets.size(); ++si) {
      const Sheet &sh = wb.sheets[si];
      for (auto &cell : sh.cells) {
        if (!cell.formula) continue;
        ++c.formula_cells;
        const CellFormula *f = sh.formula_at(cell.row, cell.col);
        if (!f) continue;
        ++c.with_text;
        std::string_view text = wb.text(*f);
        if (formula::parse(text)) ++c.in_subset;
        if (f->flags & kFormulaEvaluated) ++c.filled;
        if (cell.type == CellType::EmptyFormula) {
          ++c.missing;
          if (why) { // what kept an unsaved formula from being worked out at open
            formula::Result r = ev.evaluate(si, cell.row, cell.col, text);
            std::string w = !formula::parse(text) ? "outside the arithmetic subset" : r.ok ? "worked out now" : r.why;
            if (auto sp = w.find(' '); sp != std::string::npos && sp > 0 &&
                                       std::isupper(static_cast<unsigned char>(w[0])) &&
                                       std::isdigit(static_cast<unsigned char>(w[sp - 1])))
              w = w.substr(sp + 1);
            ++unsaved[wb.format][w];
          }
        }
        if (cell.type != CellType::Number || (f->flags & kFormulaEvaluated)) continue;
        ++c.saved_number;
        formula::Result r = ev.evaluate(si, cell.row, cell.col, text);
        if (!r.ok) {
          if (formula::parse(text)) {
            // "B5 holds text" -> "holds text"; "a circular reference through S!B5" -> "a circular reference".
            std::string w = r.why;
            if (auto sp = w.find(' '); sp != std::string::npos && sp > 0 &&
                                       std::isupper(static_cast<unsigned char>(w[0])) &&
                                       std::isdigit(static_cast<unsigned char>(w[sp - 1])))
              w = w.substr(sp + 1);
            if (auto th = w.find(" through "); th != std::string::npos) w = w.substr(0, th);
            if (auto wh = w.find(", which"); wh != std::string::npos) w = w.substr(0, wh);
            ++reasons[wb.format][w];
          }
          continue;
        }
        ++c.evaluated;
        double got = r.as_double();
        bool same = std::fabs(got - cell.number) <= std::max(1e-6, 1e-9 * std::fabs(cell.number));
        if (same) {
          ++c.equal;
        } else if (list) {
          std::cout << p << "\t" << sh.name << "!" << a1(cell.row, cell.col) << "\t" << text << "\tsaved "
                    << cell.number << "\tworked out " << got << "\n";
        }
      }
    }
  }
  std::cout << "format\tfiles\tformula cells\ttext read\tin subset\tsaved numbers\tevaluated\tequal saved\t"
               "unsaved\tunsaved worked out\n";
  for (auto &[fmt, c] : by) {
    if (!c.formula_cells) continue;
    std::cout << fmt << "\t" << c.files << "\t" << c.formula_cells << "\t" << c.with_text << "\t" << c.in_subset << "\t"
              << c.saved_number << "\t" << c.evaluated << "\t" << c.equal << "\t" << c.missing + c.filled << "\t"
              << c.filled << "\n";
  }
  if (why) {
    std::cout << "\nnot evaluated, in the subset, saved as a number: format\tformulas\twhy\n";
    for (auto &[fmt, m] : reasons) {
      std::vector<std::pair<std::size_t, std::string>> v;
      for (auto &[w, n] : m) v.push_back({n, w});
      std::sort(v.rbegin(), v.rend());
      for (auto &[n, w] : v) std::cout << fmt << "\t" << n << "\t" << w << "\n";
    }
    std::cout << "\nsaved with no value, not worked out: format\tformulas\twhy\n";
    for (auto &[fmt, m] : unsaved)
      for (auto &[w, n] : m) std::cout << fmt << "\t" << n << "\t" << w << "\n";
  }
  return 0;
}
