#include "import/xls/xls_formulas.hpp"

#include <cstring>

#include "import/formula/formula.hpp"
#include "import/xls/ptg.hpp"

namespace fundbook::xls {
namespace {

std::uint16_t u16(std::string_view d, std::size_t off) {
  if (off + 2 > d.size()) return 0;
  std::uint16_t v;
  std::memcpy(&v, d.data() + off, 2);
  return v;
}

// A CellParsedFormula's tokens: cce then that many bytes (cut to what is there).
std::string tokens(std::string_view rec, std::size_t cce_at) {
  if (cce_at + 2 > rec.size()) return {};
  std::size_t cce = u16(rec, cce_at);
  return std::string(rec.substr(cce_at + 2, std::min(cce, rec.size() - cce_at - 2)));
}

} // namespace

void ExternSheets::supbook(std::string_view rec) {
  // The workbook's own SUPBOOK is four bytes: a sheet count and 0x0401.
  supbook_is_self_.push_back(rec.size() == 4 && u16(rec, 2) == 0x0401);
}

void ExternSheets::externsheet(std::string_view rec) {
  std::size_t n = u16(rec, 0);
  for (std::size_t i = 0; i < n && 2 + (i + 1) * 6 <= rec.size(); ++i)
    xti_.push_back({u16(rec, 2 + i * 6), u16(rec, 4 + i * 6), u16(rec, 6 + i * 6)});
}

std::vector<std::optional<std::string>> ExternSheets::names(const std::vector<std::string> &sheet_names) const {
  std::vector<std::optional<std::string>> out;
  for (auto &x : xti_) {
    bool self = x.supbook < supbook_is_self_.size() && supbook_is_self_[x.supbook];
    if (self && x.first == x.last && x.first < sheet_names.size())
      out.emplace_back(sheet_names[x.first]);
    else
      out.emplace_back();
  }
  return out;
}

void SheetFormulas::formula(std::uint16_t row, std::uint16_t col, std::string_view rec) {
  Pending p{row, col, tokens(rec, 20)};
  if (p.rgce.size() == 5 && std::uint8_t(p.rgce[0]) == 0x01) { // PtgExp: a shared or array formula's cell
    p.master_row = u16(p.rgce, 1);
    p.master_col = u16(p.rgce, 3);
    p.rgce.clear();
  } else if (p.rgce.empty()) {
    return;
  }
  cells_.push_back(std::move(p));
}

void SheetFormulas::shared(std::string_view rec) {
  if (rec.size() < 10) return;
  blocks_.push_back({u16(rec, 0), u16(rec, 2), std::uint8_t(rec[4]), std::uint8_t(rec[5]), tokens(rec, 8), false});
}

void SheetFormulas::array(std::string_view rec) {
  if (rec.size() < 14) return;
  blocks_.push_back({u16(rec, 0), u16(rec, 2), std::uint8_t(rec[4]), std::uint8_t(rec[5]), tokens(rec, 12), true});
}

void SheetFormulas::finish(Workbook &wb, Sheet &sheet, const std::vector<std::optional<std::string>> &extern_sheets) {
  for (auto &p : cells_) {
    PtgContext ctx{p.row, p.col, &extern_sheets};
    const std::string *rgce = &p.rgce;
    bool array = false;
    if (rgce->empty()) {
      rgce = nullptr;
      // The block PtgExp names starts at its master cell; blocks can overlap,
      // so one that merely contains the cell is only a fallback.
      for (int pass = 0; pass < 2 && !rgce; ++pass) {
        for (auto &b : blocks_) {
          auto inside = [&](std::uint16_t r, std::uint16_t c) {
            return r >= b.r1 && r <= b.r2 && c >= b.c1 && c <= b.c2;
          };
          bool starts = b.r1 == p.master_row && b.c1 == p.master_col;
          if (inside(p.row, p.col) && (pass == 0 ? starts : inside(p.master_row, p.master_col))) {
            rgce = &b.rgce;
            array = b.array;
            break;
          }
        }
      }
      if (!rgce) continue;
    }
    auto text = decompile(*rgce, ctx);
    if (!text) continue;
    sheet.formulas.push_back({p.row, p.col, std::uint8_t(array ? kFormulaArray : 0), wb.intern(*text)});
  }
  cells_.clear();
  blocks_.clear();
}

} // namespace fundbook::xls
