#include "import/xlsx/cell_formulas.hpp"

#include <cstdlib>
#include <cstring>

#include "import/formula/formula.hpp"

namespace fundbook::xlsx {

void CellFormulas::start(const XmlAttrs &a) {
  in_f_ = seen_ = true;
  too_long_ = false;
  text_.clear();
  si_ = -1;
  kind_ = Kind::Normal;
  if (const char *t = a.get("t")) {
    kind_ = std::strcmp(t, "shared") == 0   ? Kind::Shared
            : std::strcmp(t, "array") == 0  ? Kind::Array
            : std::strcmp(t, "normal") == 0 ? Kind::Normal
                                            : Kind::Other; // dataTable: no formula of its own
  }
  if (const char *si = a.get("si")) si_ = std::atol(si);
}

void CellFormulas::text(std::string_view s) {
  if (text_.size() + s.size() > formula::kMaxLength) {
    too_long_ = true;
    return;
  }
  text_.append(s);
}

void CellFormulas::finish(Workbook &wb, Sheet &sheet, std::uint32_t row, std::uint32_t col) {
  if (!seen_) return;
  seen_ = in_f_ = false;
  if (too_long_ || kind_ == Kind::Other) return;
  std::string f;
  if (kind_ == Kind::Shared && si_ >= 0) {
    if (!text_.empty()) {
      masters_[si_] = {text_, row, col};
      f = text_;
    } else {
      auto it = masters_.find(si_);
      if (it == masters_.end()) return;
      f = formula::shift_references(it->second.text, long(row) - long(it->second.row),
                                    long(col) - long(it->second.col));
    }
  } else {
    f = text_;
  }
  if (f.empty()) return;
  if (f.size() > formula::kMaxLength) return;
  sheet.formulas.push_back(
      {row, std::uint16_t(col), std::uint8_t(kind_ == Kind::Array ? kFormulaArray : 0), wb.intern("=" + f)});
}

} // namespace fundbook::xlsx
