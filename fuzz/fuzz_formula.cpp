// libFuzzer target: formula text through the parser, the shared-formula
// move, the ODS conversion and the evaluator, on a small workbook whose
// cells are themselves formulas made from the input (so references between
// formulas, cycles and long ranges are all reached).
#include <cstddef>
#include <cstdint>
#include <string>

#include "import/formula/evaluate.hpp"
#include "import/formula/ods_formula.hpp"
#include "import/xls/ptg.hpp"

using namespace fundbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  std::string text(reinterpret_cast<const char *>(data), size);
  (void)formula::parse(text);
  (void)formula::shift_references(text, 3, -2);
  (void)formula::ods_to_a1(text);
  xls::PtgContext ctx{4, 2, nullptr};
  (void)xls::decompile(text, ctx);

  Workbook wb;
  for (const char *name : {"S", "Other sheet"}) {
    wb.sheets.emplace_back();
    wb.sheets.back().name = name;
  }
  // Numbers in A1:C4 of the first sheet, the input as the formula of D1:D4
  // (unsaved) and of A1 on the other sheet; the parts between '|' are
  // separate formulas.
  std::vector<std::string> parts;
  for (std::size_t b = 0, e; b <= text.size(); b = e + 1) {
    e = text.find('|', b);
    if (e == std::string::npos) e = text.size();
    parts.push_back(text.substr(b, e - b));
    if (parts.size() == 4) break;
  }
  for (std::uint32_t r = 0; r < 4; ++r) {
    for (std::uint16_t c = 0; c < 3; ++c) {
      Cell cell;
      cell.row = r;
      cell.col = c;
      cell.type = CellType::Number;
      cell.number = double(r * 3 + c) - 4.5;
      wb.sheets[0].cells.push_back(cell);
    }
    Cell f;
    f.row = r;
    f.col = 3;
    f.formula = true;
    f.type = CellType::EmptyFormula;
    wb.sheets[0].cells.push_back(f);
    wb.sheets[0].formulas.push_back({r, 3, 0, wb.intern(parts[r % parts.size()])});
  }
  Cell f;
  f.formula = true;
  f.type = CellType::EmptyFormula;
  wb.sheets[1].cells.push_back(f);
  wb.sheets[1].formulas.push_back({0, 0, 0, wb.intern(text)});
  wb.sheets[0].hidden_rows = {2};
  for (auto &s : wb.sheets) finish_sheet(s);
  formula::fill_missing_values(wb, 200000);
  formula::Evaluator ev(wb, 200000);
  (void)ev.evaluate(0, 0, 0, text);
  return 0;
}
