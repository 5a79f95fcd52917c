// The quarterly monitoring report's RAG overview: a row per rating (Green,
// Amber, Red) and a Total, with counts and sums, checked against the schemes
// listed under it (monitoring_schemes.cpp).
#include <deque>

#include "core/concat.hpp"
#include "import/layout/damaged_structure.hpp"
#include "import/layout/shapes.hpp"

namespace fundbook::layout {
namespace {

// A row read through although its rating cell holds a figure or names no
// rating: said at that cell, and its figures in the account of what was not checked.
void note_unrated(Context &ctx, const RagOverview &ov, const RagRow &row) {
  const SheetView &v = ctx.view;
  const Cell *label = v.at(row.label_ref.row, row.label_ref.col);
  // Joined with concat: GCC 12 warns (-Wrestrict) on "literal" + std::string here.
  std::string text = label ? v.text(*label) : std::string();
  ctx.out.notes.push_back(
      {NoteKind::InputNote, ov.sheet, row.label_ref,
       concat("'", text, "' in ", a1(row.label_ref), " stands where the RAG overview headed in ", a1(ov.header_ref),
              " names a rating (Green, Amber, Red or Total): the figures in row ",
              std::to_string(row.label_ref.row + 1),
              " were not checked against the schemes listed; the rest of the overview was")});
  UncheckedBlock b;
  b.sheet = ov.sheet;
  auto add = [&](const Figure &f) {
    if (!b.figures) b.first = b.last = f.ref;
    b.first.col = std::min(b.first.col, std::uint32_t{f.ref.col});
    b.last.col = std::max(b.last.col, std::uint32_t{f.ref.col});
    ++b.figures;
  };
  if (row.count) add(*row.count);
  for (auto &[k, f] : row.sums) add(f);
  b.why = concat(holds_figure(v, ctx.figures, label) ? "a RAG overview row with a figure in its rating cell ("
                                                     : "a RAG overview row whose rating cell names no rating (",
                 a1(row.label_ref), ")");
  if (b.figures) ctx.out.unchecked.push_back(std::move(b));
}

// The overview read a row at a time. Its header, then its rows as they
// pass: a row that names a rating or the Total, or has a figure where its
// rating should be, is read at once; one whose text names no rating is
// held until a row naming a rating or the Total comes, past at most two more
// rows like it (a label that names no rating, and a count), and read with
// them then, or the overview ends above it. Where an overview ends the rows
// it did not take (or, given up with no rated row, every row under its
// header) are read again as possible headers.
class RagOverviews final : public RowByRow {
public:
  explicit RagOverviews(Context &ctx)
      : ctx_(ctx), v_(ctx.view), reader_(ctx.reader()), rag_heads_(ctx.vocab.list("headers.rag")) {
    for (int k = 0; k < 5; ++k) lists_[k] = &ctx.vocab.list(std::string("monitoring.") + kKeys[k]);
  }
  void row(std::uint32_t r) override {
    queue_.push_back(r);
    drain();
  }
  void sheet_ends() override {
    while (open_) {
      // No row left to read: a held row has no rating after it.
      std::vector<std::uint32_t> again = std::move(held_);
      held_.clear();
      end(std::move(again));
      drain();
    }
  }

private:
  static constexpr const char *kKeys[] = {"count", "investment_to_date", "savings_to_date", "committed", "projected"};
  void drain() {
    while (!queue_.empty()) {
      std::uint32_t r = queue_.front();
      queue_.pop_front();
      if (open_)
        in_overview(r);
      else
        header(r);
    }
  }
  void header(std::uint32_t hr);
  void in_overview(std::uint32_t r);
  void take(std::uint32_t r, bool unrated);
  // The overview ends above again[0]: kept (or given up), and again read anew.
  void end(std::vector<std::uint32_t> again);

  Context &ctx_;
  const SheetView &v_;
  FigureReader reader_;
  const std::vector<std::string> &rag_heads_;
  const std::vector<std::string> *lists_[5] = {};
  std::deque<std::uint32_t> queue_; // rows to read, the ones read again first
  // The overview being read.
  bool open_ = false;
  std::uint32_t rag_col_ = 0;
  std::map<std::string, std::uint32_t> cols_;
  RagOverview ov_;
  bool total_seen_ = false;
  std::vector<std::uint32_t> taken_; // its rows so far, in order
  std::vector<std::uint32_t> held_;  // rows read through only if a rating comes
};

void RagOverviews::header(std::uint32_t hr) {
  if (ctx_.is_claimed(hr)) return;
  auto [hb, he] = v_.row(hr);
  std::optional<std::uint32_t> rag_col;
  std::map<std::string, std::uint32_t> cols;
  for (const Cell *c = hb; c != he; ++c) {
    std::string_view t = v_.label(*c);
    if (t.empty()) continue;
    if (!rag_col && Vocabulary::in(rag_heads_, t)) {
      rag_col = c->col;
      continue;
    }
    for (int k = 0; k < 5; ++k) {
      if (!cols.contains(kKeys[k]) && Vocabulary::starts_in(*lists_[k], t)) {
        cols[kKeys[k]] = c->col;
        break;
      }
    }
  }
  if (!rag_col || !cols.contains("count")) return;
  open_ = true;
  rag_col_ = *rag_col;
  cols_ = std::move(cols);
  ov_ = RagOverview();
  ov_.sheet = v_.sheet().name;
  ov_.header_ref = CellRef{hr, *rag_col};
  total_seen_ = false;
  taken_.clear();
  held_.clear();
}

void RagOverviews::in_overview(std::uint32_t r) {
  std::string label = v_.text_at(r, rag_col_);
  auto rating = rag_rating(ctx_.vocab, label);
  bool total = !rating && ctx_.vocab.is("rows.total", label);
  bool count = holds_figure(v_, ctx_.figures, v_.at(r, cols_.at("count")));
  if (!held_.empty()) {
    if (rating || total) {
      // The held rows are the overview's, each read through.
      for (std::uint32_t h : held_) take(h, true);
      held_.clear();
    } else if (label.empty() || !count || held_.size() >= 3) {
      // No rating within three rows of the first held: the overview ends above it.
      std::vector<std::uint32_t> again = std::move(held_);
      held_.clear();
      again.push_back(r);
      end(std::move(again));
      return;
    } else {
      held_.push_back(r);
      return;
    }
  }
  // A figure where a rating should be (1e308 over "Amber"), in a row
  // with a count, before the Total: the overview goes on below it, so
  // the row is read through rather than the overview cut there unsaid.
  bool unrated = !rating && !total && !total_seen_ && holds_figure(v_, ctx_.figures, v_.at(r, rag_col_)) && count;
  if (rating || total || unrated) {
    total_seen_ = total_seen_ || total;
    take(r, unrated);
    return;
  }
  // Text that names no rating ("Ëreen – On Track"), likewise, but only
  // where a rating or the Total follows: a note under the overview is
  // text beside a figure too, and ends it.
  if (!total_seen_ && !label.empty() && count) {
    held_.push_back(r);
    return;
  }
  end({r});
}

void RagOverviews::take(std::uint32_t r, bool unrated) {
  std::string label = v_.text_at(r, rag_col_);
  auto rating = rag_rating(ctx_.vocab, label);
  bool total = !rating && ctx_.vocab.is("rows.total", label);
  RagRow row;
  row.rating = rating ? *rating : total ? "Total" : "";
  row.label_ref = CellRef{r, rag_col_};
  for (auto &[k, c] : cols_) {
    // The sums are in £000; a count is read on the same scale (one scheme
    // = 1) so one exact type holds both.
    auto f = reader_.read(r, c, 100000);
    if (!f) continue;
    if (k == "count")
      row.count = f;
    else
      row.sums[k] = *f;
  }
  (unrated ? ov_.unrated : ov_.rows).push_back(std::move(row));
  ctx_.claim(r);
  taken_.push_back(r);
}

void RagOverviews::end(std::vector<std::uint32_t> again) {
  open_ = false;
  if (ov_.rows.empty()) {
    // Given up: every row under its header is read again.
    for (std::uint32_t r : taken_) ctx_.unclaim(r);
    again.insert(again.begin(), taken_.begin(), taken_.end());
  } else {
    for (auto &row : ov_.unrated) note_unrated(ctx_, ov_, row);
    ctx_.claim(ov_.header_ref.row);
    ctx_.out.rag_overviews.push_back(std::move(ov_));
  }
  taken_.clear();
  queue_.insert(queue_.begin(), again.begin(), again.end());
}

} // namespace

void rag_overview(Context &ctx) {
  RagOverviews shape(ctx);
  read_rows(ctx.view, shape);
}

} // namespace fundbook::layout
