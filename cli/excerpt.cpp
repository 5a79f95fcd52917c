#include "cli/excerpt.hpp"

#include <algorithm>
#include <atomic>
#include <map>
#include <thread>
#include <vector>
#include <memory>

#include "export/json_writer.hpp"
#include "import/layout/sheet_view.hpp"
#include "import/open.hpp"
#include "import/read_error.hpp"

namespace fundbook::cli {

namespace {
// Reads the workbooks the plan names again, on every core.
std::map<std::string, std::unique_ptr<Workbook>> open_all(const ExcerptPlan &plan) {
  std::map<std::string, std::unique_ptr<Workbook>> books;
  for (const auto &w : plan.wanted) books[w.path];
  std::vector<std::pair<const std::string *, std::unique_ptr<Workbook> *>> jobs;
  jobs.reserve(books.size());
  for (auto &[path, wb] : books) jobs.push_back({&path, &wb});
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < jobs.size(); i = next++) {
      try {
        *jobs[i].second = std::make_unique<Workbook>(open_workbook(*jobs[i].first));
      } catch (const std::exception &) { *jobs[i].second = std::make_unique<Workbook>(); }
    }
  };
  unsigned n = std::max(1u, std::min<unsigned>(std::thread::hardware_concurrency(), unsigned(jobs.size())));
  std::vector<std::thread> pool;
  for (unsigned k = 1; k < n; ++k) pool.emplace_back(work);
  work();
  for (auto &t : pool) t.join();
  return books;
}
} // namespace

ExcerptPlan plan_excerpts(const CheckResult &r, std::size_t max_per_rule) {
  ExcerptPlan plan;
  plan.findings = r.findings.size();
  std::map<std::string, std::size_t> per_rule;
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    const Finding &f = r.findings[i];
    if (f.sheet && f.cell && ++per_rule[f.rule] <= max_per_rule) plan.wanted.push_back({i, f.path, *f.sheet, *f.cell});
  }
  return plan;
}

std::string excerpts_json(const ExcerptPlan &plan) {
  std::map<std::string, std::unique_ptr<Workbook>> books = open_all(plan);
  JsonWriter w;
  w.begin_array();
  auto want = plan.wanted.begin();
  for (std::size_t i = 0; i < plan.findings; ++i) {
    if (want == plan.wanted.end() || want->finding != i) {
      w.null();
      continue;
    }
    const ExcerptPlan::Want &f = *want++;
    auto &wb = books[f.path];
    const Sheet *sheet = nullptr;
    for (auto &s : wb->sheets)
      if (s.name == f.sheet) sheet = &s;
    if (!sheet) {
      w.null();
      continue;
    }
    SheetView v(*wb, *sheet);
    std::uint32_t r0 = f.cell.row > 2 ? f.cell.row - 2 : 0, r1 = f.cell.row + 2;
    std::uint32_t c0 = f.cell.col > 3 ? f.cell.col - 3 : 0, c1 = f.cell.col + 1;
    // Keep the row labels in view: column A, if the window starts to its right.
    bool with_a = c0 > 0;
    w.begin_object();
    w.key("sheet").string(f.sheet);
    w.key("target").string(a1(f.cell));
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
