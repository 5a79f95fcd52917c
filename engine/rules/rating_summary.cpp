// rag-count-mismatch for a summary by rating over the list on its own sheet
// (import/layout/rating_summaries.cpp): each rating's count and sums against
// the list's lines of that rating. The pairing of the two is read from
// headings alone, so it is trusted only where most of the summary's figures
// bear it out: a summary that counts another quarter or another set of
// schemes disagrees nearly everywhere, and is said as not checked instead.
#include <algorithm>
#include <map>
#include <set>

#include "core/concat.hpp"
#include "engine/rules/registry.hpp"
#include "import/layout/structure/figure_cells.hpp"

namespace fundbook::rules {

namespace {
using structure::kScale;

struct Listed {
  int count = 0;
  std::map<std::string, Money> sums;
};

// Half the step a summary figure is written to (a whole figure over lines
// in tenths may be their sum rounded), none where the lines are as coarse.
Money allowance(Money stated, bool lines_finer) {
  if (!lines_finer) return Money();
  std::int64_t step = kScale;
  const std::int64_t p = stated.pence();
  while (step > 1 && p % step != 0) step /= 10;
  return Money::from_pence(step / 2);
}
} // namespace

RatingSummaryCheck rating_summary(const std::string &path, const RatingSummary &s, std::vector<Finding> &out) {
  std::map<std::string, Listed> listed;
  std::map<std::string, bool> finer; // a column whose lines are written finer than whole units
  for (auto &line : s.lines) {
    Listed &l = listed[line.rating];
    ++l.count;
    for (auto &[head, f] : line.figures) {
      l.sums[head] += f.amount;
      if (f.amount.pence() % kScale != 0) finer[head] = true;
    }
  }
  RatingSummaryCheck check;
  const std::string list_at = a1(s.list_ref);
  // A rating listed that the summary has no row for: it summarises something else.
  for (auto &[rating, l] : listed) {
    bool row = false;
    for (auto &r : s.rows) row = row || r.rating == rating;
    if (!row) {
      check.not_checked = concat("the list under ", list_at, " has ", rating, " lines the summary has no row for");
      return check;
    }
  }
  // Where Green, and only Green, is counted but not listed, the list holds
  // the exceptions (Red and Amber, as committees ask): it may not exceed the
  // summary, but need not reach it. Any other rating counted and not listed
  // is a figure the list does not bear out, compared as such.
  std::set<std::string> unlisted; // ratings the summary counts that the list has no line of
  for (auto &r : s.rows) {
    bool stated = (r.count && !r.count->amount.is_zero());
    for (auto &[k, f] : r.sums) stated = stated || !f.amount.is_zero();
    if (stated && !listed.contains(r.rating)) unlisted.insert(r.rating);
  }
  const bool complete = unlisted != std::set<std::string>{"Green"};
  struct Wrong {
    const RagRow *row;
    const Figure *at;
    Money got;
    std::string what;
  };
  std::vector<Wrong> wrong;
  std::size_t agree = 0;
  auto compare = [&](const RagRow &row, const Figure &f, Money got, std::string what, Money slack) {
    Money diff = (f.amount - got).abs();
    bool bad = complete ? diff > slack : got.abs() > f.amount.abs() + slack;
    if (bad)
      wrong.push_back({&row, &f, got, std::move(what)});
    else
      ++agree;
  };
  for (auto &row : s.rows) {
    const Listed l = listed.contains(row.rating) ? listed.at(row.rating) : Listed{};
    if (row.count) compare(row, *row.count, Money::from_pence(std::int64_t(l.count) * kScale), "", Money());
    for (auto &[head, f] : row.sums) {
      auto it = l.sums.find(head);
      compare(row, f, it == l.sums.end() ? Money() : it->second, head, allowance(f.amount, finer[head]));
    }
  }
  const std::size_t n = agree + wrong.size();
  if (!wrong.empty() && (agree <= wrong.size() || agree < 2)) {
    check.not_checked = "the summary by rating agrees with the list under " + list_at + " in " + std::to_string(agree) +
                        " of its " + std::to_string(n) +
                        " figures: it may count another period or set of lines, so it was not checked against it";
    return check;
  }
  check.compared = n;
  // One finding a rating, at its first figure found wrong, naming each.
  for (std::size_t i = 0; i < wrong.size();) {
    const RagRow *row = wrong[i].row;
    const Listed l = listed.contains(row->rating) ? listed.at(row->rating) : Listed{};
    std::string lines = std::to_string(l.count) + " " + row->rating + " line" + (l.count == 1 ? "" : "s");
    std::string msg = "summary by rating, " + row->rating + ": ";
    Finding f;
    f.rule = kRagCount;
    f.severity = severity_of(f.rule);
    f.path = path;
    f.sheet = s.sheet;
    f.cell = CellRef{wrong[i].at->ref.row, wrong[i].at->ref.col};
    f.stated = wrong[i].at->amount;
    f.computed = wrong[i].got;
    f.unit = kScale;
    bool first = true;
    for (; i < wrong.size() && wrong[i].row == row; ++i) {
      const Wrong &w = wrong[i];
      msg += first ? "" : "; ";
      first = false;
      if (w.what.empty())
        msg += concat("says ", w.at->amount.display(kScale), " but ", lines, l.count == 1 ? " is" : " are",
                      " listed under ", list_at);
      else
        msg += concat("'", w.what, "' says ", w.at->amount.display(kScale), " but the ", lines, " under ", list_at,
                      " add up to ", w.got.display(kScale));
      if (w.at->amount.pence() % kScale != 0 || w.got.pence() % kScale != 0) f.decimals = 2;
    }
    f.message = msg;
    out.push_back(std::move(f));
  }
  return check;
}

void fold_summary_total(const RatingSummary &s, std::vector<Finding> &out, std::size_t from) {
  if (s.rows.empty()) return;
  const std::uint32_t last = s.rows.back().label_ref.row;
  std::vector<std::size_t> folded;
  for (std::size_t i = from; i < out.size(); ++i) {
    Finding &f = out[i];
    if (f.rule != kRagCount || !f.cell || !f.stated || !f.computed) continue;
    for (std::size_t j = 0; j < from; ++j) {
      const Finding &g = out[j];
      // The Total row right under the ratings, in the wrong figure's column,
      // off by what correcting that figure gives back.
      if (g.rule != kColumnTotal || g.sheet != f.sheet || !g.cell || !g.stated || !g.computed || g.unit != f.unit ||
          g.cell->col != f.cell->col || g.cell->row <= last || g.cell->row > last + 2)
        continue;
      if (*g.stated - *g.computed != *f.computed - *f.stated) continue;
      f.message += "; the total at " + a1(*g.cell) + ", which adds this figure, agrees once it is corrected";
      folded.push_back(j);
    }
  }
  erase_findings(out, std::move(folded));
}

} // namespace fundbook::rules
