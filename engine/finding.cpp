#include "engine/finding.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <utility>

#include "core/concat.hpp"

namespace fundbook {

const char *severity_name(Severity s) {
  switch (s) {
  case Severity::Error: return "error";
  case Severity::Warning: return "warning";
  case Severity::Info: return "info";
  }
  return "error";
}

void sort_findings(std::vector<Finding> &findings) {
  // Compared in place: the key used to copy the path and sheet of both
  // findings at every comparison (a hundred thousand findings, 1.7 s).
  static const std::string none;
  auto before = [](const Finding &a, const Finding &b) {
    if (int c = a.path.compare(b.path)) return c < 0;
    const std::string &sa = a.sheet ? *a.sheet : none, &sb = b.sheet ? *b.sheet : none;
    if (int c = sa.compare(sb)) return c < 0;
    auto rc = [](const Finding &f) { return std::make_pair(f.cell ? f.cell->row : 0u, f.cell ? f.cell->col : 0u); };
    if (rc(a) != rc(b)) return rc(a) < rc(b);
    return int(a.severity) < int(b.severity);
  };
  if (std::is_sorted(findings.begin(), findings.end(), before)) return;
  std::stable_sort(findings.begin(), findings.end(), before);
}

void merge_repeated_rows(std::vector<Finding> &findings) {
  // The same finding in the same column of consecutive rows, word for word:
  // the rows repeat one another (a spreadsheet's repeated row, a row filled
  // down). One cause is one finding, at the first row.
  using Key = std::tuple<std::string_view, std::string_view, std::uint32_t, std::string_view, std::string_view, bool,
                         std::int64_t, bool, std::int64_t, int>;
  std::map<Key, std::size_t> open; // -> the run's first finding
  std::vector<std::uint32_t> last_row(findings.size()), copies(findings.size());
  std::vector<bool> drop(findings.size());
  bool any = false;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding &f = findings[i];
    if (!f.cell || !f.sheet) continue;
    Key k{f.path,
          *f.sheet,
          f.cell->col,
          f.rule,
          f.message,
          bool(f.stated),
          f.stated ? f.stated->pence() : 0,
          bool(f.computed),
          f.computed ? f.computed->pence() : 0,
          int(f.severity)};
    auto [it, fresh] = open.try_emplace(k, i);
    if (!fresh && last_row[it->second] + 1 == f.cell->row) {
      last_row[it->second] = f.cell->row;
      ++copies[it->second];
      drop[i] = any = true;
      continue;
    }
    it->second = i;
    last_row[i] = f.cell->row;
  }
  if (!any) return;
  std::vector<Finding> out;
  out.reserve(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (drop[i]) continue;
    if (copies[i]) {
      findings[i].message += " (the same in the " + std::to_string(copies[i]) + " row" + (copies[i] == 1 ? "" : "s") +
                             " below it, to row " + std::to_string(last_row[i] + 1) + ", which repeat this row)";
    }
    out.push_back(std::move(findings[i]));
  }
  findings = std::move(out);
}

void name_rows_held_once(std::vector<Finding> &findings, const std::vector<RowHeldOnce> &held) {
  if (held.empty()) return;
  // A file past the repeat budget may hold thousands of such rows: looked up, not walked per finding.
  std::vector<const RowHeldOnce *> by_place;
  by_place.reserve(held.size());
  for (const RowHeldOnce &h : held) by_place.push_back(&h);
  auto before = [](const RowHeldOnce *a, const RowHeldOnce *b) {
    return std::tie(a->sheet, a->row) < std::tie(b->sheet, b->row);
  };
  std::sort(by_place.begin(), by_place.end(), before);
  for (Finding &f : findings) {
    if (!f.sheet || !f.cell) continue;
    RowHeldOnce key{*f.sheet, f.cell->row, 0};
    auto it = std::lower_bound(by_place.begin(), by_place.end(), &key, before);
    if (it == by_place.end() || (*it)->sheet != key.sheet || (*it)->row != key.row || (*it)->count < 2) continue;
    std::uint32_t last = key.row + ((*it)->count - 1);
    f.message += concat(" (this row is repeated ", std::to_string((*it)->count), " times in the file, ",
                        a1(key.row, f.cell->col), ":", a1(last, f.cell->col), " alike; it was read once)");
  }
}

void erase_findings(std::vector<Finding> &findings, std::vector<std::size_t> at) {
  std::sort(at.begin(), at.end());
  at.erase(std::unique(at.begin(), at.end()), at.end());
  std::size_t kept = 0, next = 0;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (next < at.size() && at[next] == i) {
      ++next;
      continue;
    }
    if (kept != i) findings[kept] = std::move(findings[i]);
    ++kept;
  }
  findings.resize(kept);
}

} // namespace fundbook
