#include "cli/excerpt.hpp"

#include <map>
#include <memory>

#include "export/json_writer.hpp"
#include "import/layout/sheet_view.hpp"
#include "import/open.hpp"
#include "import/read_error.hpp"

namespace fundbook::cli {

std::string excerpts_json(const CheckResult &r) {
  std::map<std::string, std::unique_ptr<Workbook>> books;
  JsonWriter w;
  w.begin_array();
  for (const Finding &f : r.findings) {
    if (!f.sheet || !f.cell) {
      w.null();
      continue;
    }
    auto &wb = books[f.path];
    if (!wb) {
      try {
        wb = std::make_unique<Workbook>(open_workbook(f.path));
      } catch (const ReadError &) { wb = std::make_unique<Workbook>(); }
    }
    const Sheet *sheet = nullptr;
    for (auto &s : wb->sheets)
      if (s.name == *f.sheet) sheet = &s;
    if (!sheet) {
      w.null();
      continue;
    }
    SheetView v(*wb, *sheet);
    std::uint32_t r0 = f.cell->row > 2 ? f.cell->row - 2 : 0, r1 = f.cell->row + 2;
    std::uint32_t c0 = f.cell->col > 3 ? f.cell->col - 3 : 0, c1 = f.cell->col + 1;
    // Keep the row labels in view: column A, if the window starts to its right.
    bool with_a = c0 > 0;
    w.begin_object();
    w.key("sheet").string(*f.sheet);
    w.key("target").string(a1(*f.cell));
    w.key("columns").begin_array();
    if (with_a) w.string("A");
    for (std::uint32_t c = c0; c <= c1; ++c) w.string(column_name(c));
    w.end_array();
    w.key("rows").begin_array();
    for (std::uint32_t rr = r0; rr <= r1; ++rr) {
      w.begin_object();
      w.key("row").number(rr + 1);
      w.key("cells").begin_array();
      auto put = [&](std::uint32_t c) {
        std::string t = v.text_at(rr, c);
        if (t.size() > 60) t = t.substr(0, 57) + "...";
        w.string(t);
      };
      if (with_a) put(0);
      for (std::uint32_t c = c0; c <= c1; ++c) put(c);
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  return w.str();
}

} // namespace fundbook::cli
