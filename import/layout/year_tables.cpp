// Tables whose columns are financial years and whose rows are labelled:
// the GPC workstream summaries ("Investment request:", a row per
// workstream, Total, Cumulative total) and business-planning tables (a row
// per reference, with a title and perhaps a description).
#include <algorithm>
#include <cctype>

#include "core/concat.hpp"
#include "import/layout/damaged_structure.hpp"
#include "import/layout/shapes.hpp"
#include "import/layout/structure/figure_cells.hpp"
#include "import/layout/structure/total_words.hpp"

namespace fundbook::layout {
namespace {

Measure measure_from_text(const Context &ctx, std::string_view text) {
  std::string n = normalise_label(text);
  if (ctx.vocab.starts("measures.investment", n)) return Measure::Investment;
  if (ctx.vocab.starts("measures.saving", n)) return Measure::Saving;
  return Measure::Other;
}

// The heading above a table: the nearest text-only row within three rows.
std::pair<std::string, Measure> heading_above(const Context &ctx, std::uint32_t header_row) {
  const SheetView &v = ctx.view;
  std::size_t idx = v.row_index(header_row);
  for (std::size_t k = idx; k > 0 && header_row - v.rows()[k - 1] <= 3; --k) {
    std::uint32_t r = v.rows()[k - 1];
    auto [b, e] = v.row(r);
    if (b == e) continue;
    std::string text = trim(v.text(*b));
    if (b + 1 != e || text.empty() || text.size() > 80) break;
    while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.pop_back();
    return {text, measure_from_text(ctx, text)};
  }
  return {"", Measure::Other};
}

// Rows naming an opening balance and, under it, a closing balance.
bool names_balances(const FigureTable &t) {
  bool opening = false;
  for (auto &row : t.rows) {
    const std::string label = normalise_label(row.label);
    auto has = [&](std::string_view w) { return label.find(w) != std::string::npos; };
    if (has("opening balance") || has("brought forward") || has("b/f"))
      opening = true;
    else if (opening && (has("closing balance") || has("carried forward") || has("c/f")))
      return true;
  }
  return false;
}

// A row of the table whose figures are, year by year, the sum of the two
// rows or more right under it (a directorate's total on its heading row,
// over its services) or right above it (a service's total under its lines,
// no word naming it a total): the rows nest totals, so the Total adds some
// of them, not every row above it. Believed only where the Total does not
// add up every row (a plain summary whose rows happen to add so stays one),
// where each year agrees to one unit of the table (figures rounded on
// their own) and one year at least exactly, not nil, and where more than a
// coincidence shows it (issue 17, precision: a summary whose Total is typed
// wrong and one of whose rows happens to add two others is still checked
// as a summary): two rows or more nest so, or the one row's label says it
// (a total or net word, or the name its rows begin with) or its rows are
// indented under it (spaces, or a column further right).
bool nests_totals(const Context &ctx, const FigureTable &t) {
  if (!t.total_row || t.rows.size() < 3) return false;
  const std::size_t ncols = t.columns.size();
  auto at = [](const FigureRow &r, std::size_t c) {
    return c < r.values.size() && r.values[c] ? r.values[c]->amount : Money();
  };
  bool plain = true;
  for (std::size_t c = 0; c < ncols && plain; ++c) {
    Money sum;
    for (const auto &r : t.rows) sum += at(r, c);
    plain = sum == at(*t.total_row, c);
  }
  if (plain) return false;
  const Money unit = Money::from_pence(t.unit);
  const auto n = static_cast<std::ptrdiff_t>(t.rows.size());
  auto indent = [&](std::ptrdiff_t i) {
    const CellRef &ref = t.rows[std::size_t(i)].label_ref;
    const std::string text = ctx.view.text_at(ref.row, ref.col);
    std::size_t spaces = 0;
    while (spaces < text.size() && (text[spaces] == ' ' || text[spaces] == '\t')) ++spaces;
    return std::make_pair(ref.col, spaces);
  };
  // The nesting row's label or its rows' indents say it too.
  auto shown = [&](std::ptrdiff_t i, std::ptrdiff_t dir, std::ptrdiff_t k) {
    const std::string own = normalise_label(t.rows[std::size_t(i)].label);
    if (structure::total_word(own) != structure::TotalWord::None || structure::names_net_line(own)) return true;
    bool named = !own.empty(), indented = true;
    for (std::ptrdiff_t m = 1; m <= k; ++m) {
      const std::ptrdiff_t j = i + dir * m;
      named = named && normalise_label(t.rows[std::size_t(j)].label).rfind(own, 0) == 0;
      indented = indented && indent(j) > indent(i);
    }
    return named || indented;
  };
  constexpr std::ptrdiff_t kLongestRun = 64; // a group's rows, not a tracker's
  std::size_t places = 0;
  for (std::ptrdiff_t i = 0; i < n; ++i) {
    bool nests = false;
    for (std::ptrdiff_t dir : {std::ptrdiff_t(1), std::ptrdiff_t(-1)}) {
      std::vector<Money> sums(ncols);
      for (std::ptrdiff_t k = 1; k <= kLongestRun && !nests; ++k) {
        std::ptrdiff_t j = i + dir * k;
        if (j < 0 || j >= n) break;
        for (std::size_t c = 0; c < ncols; ++c) sums[c] += at(t.rows[std::size_t(j)], c);
        if (k < 2) continue;
        bool close = true, exact = false;
        for (std::size_t c = 0; c < ncols && close; ++c) {
          Money own = at(t.rows[std::size_t(i)], c);
          close = (own - sums[c]).abs() <= unit;
          exact = exact || (own == sums[c] && !own.is_zero());
        }
        if (!close || !exact) continue;
        if (shown(i, dir, k)) return true;
        nests = true;
      }
    }
    if (nests && ++places >= 2) return true;
  }
  return false;
}

// A column of figures headed in words beside the years, left of the Total
// column ("Prior years" before them, "Future years" after them, a capital
// programme's), where a row's Total is not the sum of its years: the Total
// adds that column too (a scheme's whole cost), not the years alone.
bool total_adds_other_columns(const Context &ctx, const FigureTable &t, const TableColumns &cols, std::uint32_t hr) {
  if (!cols.total_col || t.rows.empty()) return false;
  const SheetView &v = ctx.view;
  bool other = false;
  auto [hb, he] = v.row(hr);
  for (const Cell *h = hb; h != he && !other; ++h) {
    if (h->type != CellType::String || v.year(*h) || h->col >= *cols.total_col) continue;
    if (h->col <= t.rows.front().label_ref.col) continue; // the labels' own heading
    if (h->col >= cols.first_year() && h->col <= cols.years.back().col) continue;
    std::string scratch;
    if (trim_view(v.text_view(*h, scratch)).empty()) continue;
    std::size_t figures = 0;
    for (const auto &row : t.rows) figures += holds_figure(v, ctx.figures, v.at(row.label_ref.row, h->col));
    other = figures * 2 >= t.rows.size() && figures >= 2;
  }
  if (!other) return false;
  for (const auto &row : t.rows) {
    if (!row.stated_total) continue;
    Money sum;
    for (const auto &f : row.values)
      if (f) sum += f->amount;
    if (sum != row.stated_total->amount) return true;
  }
  return false;
}

// A column right of the years headed as their difference ("Change",
// "Variance", "Difference"), with figures on half the rows at least: the
// summary checks its years and their Total only, so the column's figures
// and its Total would go unchecked. The inference reads it (a sum down the
// column, and the difference of two years across where the rows bear it
// out).
bool difference_beside_years(const Context &ctx, const FigureTable &t, const TableColumns &cols, std::uint32_t hr) {
  if (t.rows.size() < 3) return false;
  const SheetView &v = ctx.view;
  auto [hb, he] = v.row(hr);
  for (const Cell *h = hb; h != he; ++h) {
    if (h->type != CellType::String || v.year(*h) || h->col <= cols.years.back().col) continue;
    if (cols.total_col && h->col == *cols.total_col) continue;
    const std::string heading = normalise_label(v.label(*h));
    const std::string_view first = std::string_view(heading).substr(0, heading.find(' '));
    if (first != "change" && first != "variance" && first != "difference") continue;
    std::size_t figures = 0;
    for (const auto &row : t.rows) figures += holds_figure(v, ctx.figures, v.at(row.label_ref.row, h->col));
    if (figures * 2 >= t.rows.size() && figures >= 2) return true;
  }
  return false;
}

// A year table that is not the council's workstream summary (a Total and a
// Cumulative row under the workstreams): it has a subtotal or a total row
// the summary does not know ("Subtotal Revenue", "Personnel - total"), or
// more figures under its years after a blank row (numbers, or figures
// written as text: a CSV's "(2.39)"). Summing every row above
// its Total would count the subtotals twice. Nor is a service budget by
// year, whose gross line adds the cost lines above it and whose net line
// takes the income off it ("Gross expenditure", "Less: Income", "Net
// expenditure"): both are subtotals. Nor one with a net line and no Total
// row (a budget summary's "Net expenditure" over its services, "Funded by:"
// under it): the summary has nothing to check there, the net line may. Nor
// one with a balance or count line (structure::period_line), whose Total is
// no sum of its years. Nor one whose rows nest totals (nests_totals), nor
// one whose Total adds a column that is no year (total_adds_other_columns).
bool yields_to_inference(const Context &ctx, const FigureTable &t, const TableColumns &cols, std::uint32_t hr,
                         std::size_t end) {
  const std::vector<YearColumn> &years = cols.years;
  if (total_adds_other_columns(ctx, t, cols, hr)) return true;
  if (difference_beside_years(ctx, t, cols, hr)) return true;
  bool gross = false, net = false, gross_net = false;
  for (auto &row : t.rows) {
    const std::string label = normalise_label(row.label);
    if (structure::total_word(label) != structure::TotalWord::None) return true;
    // A balance or a count along the years, whose Total is no sum of them
    // (an opening balance's is the first year's): read by its kind there.
    if (structure::period_line(label) != structure::PeriodLine::Flow) return true;
    gross = gross || structure::names_gross_line(label);
    net = net || structure::names_net_line(label);
    gross_net = gross_net || (gross && structure::names_net_line(label));
  }
  if (gross_net || (net && !t.total_row)) return true;
  if (nests_totals(ctx, t)) return true;
  // Nor a balance statement by year (an opening balance, the year's
  // movements, a closing balance) with no Total row: the summary has
  // nothing to check there, the balances' relations may.
  if (!t.total_row && !t.cumulative_row && names_balances(t)) return true;
  const SheetView &v = ctx.view;
  const auto &rows = v.rows();
  if (end >= rows.size()) return false;
  std::uint32_t last = t.total_row ? t.total_row->label_ref.row : t.rows.back().label_ref.row;
  if (t.cumulative_row) last = std::max(last, t.cumulative_row->label_ref.row);
  std::uint32_t next = rows[end];
  if (next - last > 3 || ctx.is_claimed(next) || v.two_year_cells(next)) return false;
  for (auto &y : years)
    if (holds_figure(v, ctx.figures, v.at(next, y.col))) return true;
  return false;
}

// Years written once over blocks of columns ("2022/23 (Restated)" over Gross
// Expenditure, Gross Income and Net Expenditure, "2023/24" over the same) are
// a banner, not a year header: the row under them names the columns, in each
// year's column and between the years, so the figures are not by year.
bool years_over_column_names(const SheetView &v, std::uint32_t hr, const std::vector<YearColumn> &years) {
  if (years.size() < 2 || v.row_index(hr + 1) >= v.rows().size() || v.rows()[v.row_index(hr + 1)] != hr + 1)
    return false;
  auto below = v.row(hr + 1);
  auto names_a_column = [&](const Cell *c) {
    if (!c || c->type != CellType::String || v.year(*c)) return false;
    std::string_view l = v.label(*c);
    return std::any_of(l.begin(), l.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); });
  };
  for (const auto &y : years)
    if (!names_a_column(SheetView::in_row(below, y.col))) return false;
  for (const Cell *c = below.first; c != below.second; ++c) {
    bool year_col = std::any_of(years.begin(), years.end(), [&](const YearColumn &y) { return y.col == c->col; });
    if (!year_col && c->col > years.front().col && c->col < years.back().col && names_a_column(c)) return true;
  }
  return false;
}

// The same year over two columns or more ("2023/24" over Gross Expenditure,
// Gross Income and Net Expenditure): the columns are measures of a year,
// not one column per year, so this is not a table by year.
bool repeated_year(const std::vector<YearColumn> &years) {
  for (std::size_t a = 0; a < years.size(); ++a)
    for (std::size_t b = a + 1; b < years.size(); ++b)
      if (years[a].year.str() == years[b].year.str()) return true;
  return false;
}

// A comparative year left of the row names and this year right of them
// ("2022/23 | description | Notes | 2023/24", as statements of accounts
// set out a note): the names are between the years, none left of the
// first, so no row has a label where the summary looks for one and every
// row under the first reads as its Total. Not a table by year: its
// structure is inferred, the names read from between the figures.
bool names_between_years(const Context &ctx, const TableColumns &cols, std::size_t header_index) {
  const SheetView &v = ctx.view;
  const auto &rows = v.rows();
  const std::uint32_t first = cols.first_year(), last = cols.years.back().col;
  std::size_t between = 0;
  std::uint32_t prev = rows[header_index];
  for (std::size_t k = header_index + 1; k < rows.size() && rows[k] - prev <= 2; ++k) {
    prev = rows[k];
    auto [b, e] = v.row(rows[k]);
    bool named_between = false;
    for (const Cell *c = b; c != e; ++c) {
      if (c->type != CellType::String || v.year(*c)) continue;
      if (structure::read_amount(v.workbook(), *c, ctx.figures)) continue;
      std::string_view l = v.label(*c);
      if (std::none_of(l.begin(), l.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); }))
        continue;
      // One row named left of the years settles it, at its first name: a
      // tracker is not read on to its end (a reference on each of 60,000 rows).
      if (c->col < first) return false;
      named_between = named_between || (c->col > first && c->col < last);
    }
    between += named_between;
  }
  return between >= 2;
}

// A row of text alone, one cell of it left of the years, over a row of
// figures right under it ("Investments" over the investment proposals,
// "Savings" over the savings, a workstream's name): a heading of the rows
// that follow, not the end of the table nor a scheme.
bool heading_over_rows(const Context &ctx, std::size_t j, std::uint32_t first_year) {
  const SheetView &v = ctx.view;
  const auto &rows = v.rows();
  std::uint32_t r = rows[j];
  auto [b, e] = v.row(r);
  std::size_t written = 0;
  for (const Cell *c = b; c != e; ++c) {
    std::string scratch;
    if (trim_view(v.text_view(*c, scratch)).empty()) continue;
    if (c->col >= first_year || c->type != CellType::String) return false;
    ++written;
  }
  if (written != 1 || j + 1 >= rows.size() || rows[j + 1] != r + 1) return false;
  std::uint32_t next = r + 1;
  if (ctx.is_claimed(next) || v.two_year_cells(next)) return false;
  auto [nb, ne] = v.row(next);
  return std::any_of(nb, ne, [&](const Cell &c) { return c.col >= first_year && holds_figure(v, ctx.figures, &c); });
}

} // namespace

namespace {
// A summary by year reads its year columns and its Total column; a column
// headed otherwise right of the years ("Variance", "Change") holds figures
// no check covers. Said, with its heading, never passed in silence.
void say_columns_not_read(const Context &ctx, const TableColumns &cols, std::uint32_t hr,
                          const std::vector<std::uint32_t> &rows, std::size_t from, std::size_t to,
                          std::vector<UncheckedBlock> &out) {
  const SheetView &v = ctx.view;
  auto [hb, he] = v.row(hr);
  for (const Cell *h = hb; h != he; ++h) {
    if (h->type != CellType::String || h->col <= cols.years.back().col || h->col == cols.total_col) continue;
    std::string heading = trim(v.text(*h));
    if (heading.empty()) continue;
    UncheckedBlock u;
    for (std::size_t k = from; k < to; ++k) {
      const Cell *c = v.at(rows[k], h->col);
      // A figure written as text is one too (a CSV's cells are all text).
      if (!c) continue;
      if (auto a = structure::read_amount(v.workbook(), *c, ctx.figures); !a || a->nil) continue;
      if (!u.figures) u.first = CellRef{rows[k], h->col};
      u.last = CellRef{rows[k], h->col};
      ++u.figures;
    }
    if (!u.figures) continue;
    u.sheet = v.sheet().name;
    u.why = concat("a column of the table by year that is not a year nor its Total ('", heading,
                   "'): its figures were not checked");
    u.not_a_sum = true; // said in the text account too
    out.push_back(std::move(u));
  }
}

// The table's year keys, left to right, for moving figures between rows
// and records.
std::vector<YearKey> year_keys(const std::vector<YearColumn> &years) {
  std::vector<YearKey> keys(years.size());
  for (std::size_t k = 0; k < years.size(); ++k) keys[k] = years[k].year;
  return keys;
}
} // namespace

void year_tables(Context &ctx) {
  const SheetView &v = ctx.view;
  const auto &l_cumulative = ctx.vocab.list("rows.cumulative");
  const auto &l_total = ctx.vocab.list("rows.total");
  const auto &rows = v.rows();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::uint32_t hr = rows[i];
    if (ctx.is_claimed(hr) || !v.two_year_cells(hr)) continue;
    auto [hb, he] = v.row(hr);
    // Columns left of the years: reference, title, description, workstream.
    auto found = table_columns(
        std::span<const Cell>(hb, he), ctx.vocab, [&](const Cell &c) { return v.label(c); },
        [&](const Cell &c) { return v.year(c); }, [&](const Cell &c) { return v.text(c); });
    if (!found || years_over_column_names(v, hr, found->years) || repeated_year(found->years) ||
        names_between_years(ctx, *found, i))
      continue;
    TableColumns cols = std::move(*found);
    bool planning = cols.planning();
    // What a damaged cell in the table did to it: said, and its figures put
    // in the account of what was not checked, once the table is kept.
    std::vector<CellNote> damage;
    std::vector<UncheckedBlock> damaged;
    std::vector<std::uint32_t> lost_cols; // a figure where a year's header should be
    for (const Cell *c = hb; c != he; ++c) {
      std::uint32_t first = cols.first_year(), last = cols.years.back().col;
      std::uint32_t col = c->col;
      if (c->type != CellType::Number || col + 1 < first || col > last + 1) continue;
      std::string said = concat("'", v.text(*c), "' in ", a1(hr, c->col),
                                ", a figure among the year headers of the table in row ", std::to_string(hr + 1));
      if (c->col > first && c->col < last) {
        // Between two years one apart: the year missing there, by its place.
        auto after =
            std::find_if(cols.years.begin(), cols.years.end(), [&](const YearColumn &y) { return y.col > c->col; });
        auto before = after - 1;
        auto y = next_year(before->year.str());
        if (after->col == before->col + 2 && y && next_year(*y) == after->year.str()) {
          damage.push_back({NoteKind::InputNote, v.sheet().name, CellRef{hr, c->col},
                            concat(said, ", was read as ", *y, ": it stands between ", before->year.str(), " and ",
                                   after->year.str())});
          cols.years.insert(after, YearColumn{c->col, YearKey(*y)});
          continue;
        }
      }
      lost_cols.push_back(c->col);
      damage.push_back({NoteKind::InputNote, v.sheet().name, CellRef{hr, c->col},
                        concat(said, ", names no year: the figures under it were not read",
                               c->col < last ? ", nor the table's running totals checked" : "")});
    }
    const auto &years = cols.years;
    std::uint32_t first_year = cols.first_year();
    // Labels are left of the years, and left of a lost year's column.
    std::uint32_t label_end = first_year;
    for (std::uint32_t c : lost_cols) label_end = std::min(label_end, c);
    // (Not a structured binding: clang 14, which builds the fuzzers, cannot capture one.)
    auto heading_measure = heading_above(ctx, hr);
    const std::string heading = heading_measure.first;
    Measure measure = heading_measure.second;
    if (measure == Measure::Other && planning) measure = measure_from_text(ctx, v.sheet().name);
    std::int64_t unit = row_unit(v, hr).value_or(100000);

    FigureTable t;
    t.kind = planning ? TableKind::PlanningTable : TableKind::WorkstreamSummary;
    t.sheet = v.sheet().name;
    t.heading = heading;
    t.measure = measure;
    t.unit = unit;
    t.header_ref = CellRef{hr, hb->col};
    for (auto &y : years) t.columns.push_back(y.year);
    ctx.claim(hr);
    // A table runs at most to the end of the sheet: reserve once rather than
    // letting the vectors double (and copy) their way through a long tracker.
    std::size_t at_most = rows.size() - i - 1;
    t.rows.reserve(at_most);
    if (planning) ctx.out.schemes.reserve(ctx.out.schemes.size() + at_most);

    // Rows of this table the reader did not keep (a long tracker's), if any.
    StreamedTable *streamed = nullptr;
    if (planning && ctx.streamed)
      for (auto &st : *ctx.streamed)
        if (!st.spliced && st.header_row == hr) streamed = &st;
    std::int32_t table_index = std::int32_t(ctx.out.tables.size()); // pushed below, as it has its rows
    std::size_t schemes_before = ctx.out.schemes.size();
    std::size_t notes_before = ctx.out.notes.size(); // the notes of this table's cells follow

    FigureReader reader = ctx.reader();
    TextShare workstreams; // the table's workstream column repeats a few names
    std::uint32_t prev = hr;
    UncheckedGather lost_figures;      // under a lost year's header
    std::vector<std::size_t> unplaced; // rows labelled by a figure, placed when the table is read
    // Whether the table's scheme rows can be held as their records alone
    // (FigureTable::record_first): for a caller that checks the tables
    // first, when every row the table holds is a scheme's (no damaged
    // header or label) and its years come once each, in order.
    auto rows_as_records = [&] {
      if (!planning || !ctx.defer_planning_figures || !lost_cols.empty() || !unplaced.empty()) return false;
      for (std::size_t k = 1; k < years.size(); ++k)
        if (!(years[k - 1].year < years[k].year)) return false;
      return true;
    };
    // Splices the streamed rows in if they are the rows that come next: right
    // after the last row read, under the same columns and unit. Their
    // records come after the kept rows' (the table's rows so far); the
    // table then holds its rows as records (below).
    StreamedTable *spliced = nullptr;
    std::size_t spliced_first = 0, spliced_count = 0; // its records' places in ctx.out.schemes
    std::size_t spliced_after = 0;                    // the table's rows read before them
    std::vector<std::pair<std::size_t, std::uint32_t>> spliced_label_cols;
    auto splice = [&](std::optional<std::uint32_t> next_row) {
      StreamedTable &st = *streamed;
      if (st.spliced || t.rows.empty() || st.first_row != prev + 1 || (next_row && *next_row <= st.last_row) ||
          !(st.cols == cols) || st.unit != unit || !rows_as_records())
        return;
      for (std::size_t k = st.front; k < st.schemes.size(); ++k)
        settle_planning_record(measure, ctx.incremental, st.schemes[k]);
      // Into the streamed vector (reserved for it), which then takes the
      // place of the schemes': no second copy of a hundred thousand records.
      spliced_first = ctx.out.schemes.size();
      spliced_count = st.taken();
      spliced_after = t.rows.size();
      spliced_label_cols = std::move(st.label_cols);
      place_before_taken(st.schemes, st.front, ctx.out.schemes);
      ctx.out.schemes.swap(st.schemes);
      for (auto &n : st.notes) ctx.out.notes.push_back(std::move(n));
      std::vector<SchemeRecord>().swap(st.schemes);
      std::vector<CellNote>().swap(st.notes);
      prev = st.last_row;
      st.spliced = true;
      spliced = &st;
    };
    // The spliced records back as the table's rows, in their place after
    // the rows read before them, each record waiting on its row (deferred)
    // as if the table had been read whole: for a damaged row under them,
    // which is placed from the rows (settle_damage).
    auto rows_from_records = [&] {
      std::vector<YearKey> keys = year_keys(years);
      std::vector<FigureRow> back(spliced_count);
      auto exception = spliced_label_cols.begin();
      for (std::size_t k = 0; k < spliced_count; ++k) {
        std::uint32_t label_col = *cols.ref_col;
        if (exception != spliced_label_cols.end() && exception->first == k) label_col = (exception++)->second;
        record_into_row(keys, measure, label_col, table_index, std::int32_t(spliced_after + k),
                        ctx.out.schemes[spliced_first + k], back[k]);
      }
      // The rows read after them, and the records waiting on those, move down.
      for (std::size_t k = spliced_first + spliced_count; k < ctx.out.schemes.size(); ++k)
        if (SchemeRecord &sc = ctx.out.schemes[k]; sc.deferred_table == table_index)
          sc.deferred_row += std::int32_t(spliced_count);
      for (std::size_t &u : unplaced)
        if (u >= spliced_after) u += spliced_count;
      t.rows.insert(t.rows.begin() + std::ptrdiff_t(spliced_after), std::make_move_iterator(back.begin()),
                    std::make_move_iterator(back.end()));
    };
    bool ran_to_end = true;
    // Rows under headings or subtotals of the table ("Total investments"
    // over the investment proposals, a Net total under the subtotals): the
    // proposals are its schemes, its totals are inferred (totals_tables).
    bool subtotals = false;
    std::size_t j = i + 1;
    for (; j < rows.size(); ++j) {
      std::uint32_t r = rows[j];
      if (streamed && r != prev + 1) splice(r);
      if (r != prev + 1 && !t.rows.empty()) {
        ran_to_end = false;
        break; // a blank row ends the table
      }
      if (ctx.is_claimed(r) || v.two_year_cells(r)) {
        ran_to_end = false;
        break;
      }
      if (auto u = t.rows.empty() ? row_unit(v, r) : std::nullopt) {
        t.unit = unit = *u;
        ctx.claim(r);
        prev = r;
        continue;
      }
      auto [b, e] = v.row(r);
      std::span<const Cell> cells(b, e);
      FigureRow row;
      SchemeRecord s;
      bool any_label = false;
      bool figure_label = false; // a number where a summary row's label is
      PlanningRole role = PlanningRole::Scheme;
      RowOutline o;
      if (planning) {
        o = planning_row_outline(cells, first_year, v.workbook());
        role = planning_role(cells, o, first_year, v.workbook(), l_total, l_cumulative, !t.rows.empty(),
                             [&](const Cell &c) { return v.label(c); });
        if (role == PlanningRole::End && heading_over_rows(ctx, j, first_year)) {
          ctx.claim(r);
          prev = r;
          continue;
        }
        if (role == PlanningRole::End) {
          ran_to_end = false;
          break; // text only, or nothing under the years: the table has ended
        }
        any_label = o.any_label;
        read_planning_row(cols, cells, r, v.sheet().row_hidden(r), unit, o, v.workbook(), ctx.sheet_name, ctx.figures,
                          ctx.out.notes, workstreams, &row, s);
        for (std::uint32_t lc : lost_cols)
          if (holds_figure(v, ctx.figures, cell_in(cells, lc))) lost_figures.add(CellRef{r, lc});
        // A number alone left of the years, where a Total's label is (a
        // reference or title beside it makes it a scheme's row).
        if (role == PlanningRole::FigureLabel) {
          figure_label = true;
          std::string scratch;
          row.label = trim_view(v.text_view(*cell_in(cells, o.label_col), scratch));
        }
      } else {
        // The label: the texts in the columns left of the years, joined.
        std::string label;
        CellRef label_ref{r, 0};
        bool have_label_ref = false, any_figure = false;
        for (const Cell *c = b; c != e; ++c) {
          if (c->col >= label_end) {
            any_figure = true;
            continue;
          }
          std::string scratch;
          std::string_view tx = trim_view(v.text_view(*c, scratch));
          if (tx.empty()) continue;
          any_label = true;
          // A number alone where the label is (a row number beside a name is
          // a label).
          figure_label = !have_label_ref && c->type == CellType::Number;
          if (!have_label_ref) {
            label_ref = CellRef{r, c->col};
            have_label_ref = true;
          }
          if (!label.empty()) label += " | ";
          label += tx;
        }
        if (!any_figure) {
          ran_to_end = false;
          break; // text only: the table has ended
        }
        for (std::uint32_t lc : lost_cols)
          if (holds_figure(v, ctx.figures, SheetView::in_row({b, e}, lc))) lost_figures.add(CellRef{r, lc});
        row.label = label;
        row.label_ref = label_ref;
        row.hidden = v.sheet().row_hidden(r);
        row.values.reserve(years.size());
        for (auto &y : years) row.values.push_back(reader.read_cell(SheetView::in_row({b, e}, y.col), r, y.col, unit));
        if (cols.total_col)
          row.stated_total = reader.read_cell(SheetView::in_row({b, e}, *cols.total_col), r, *cols.total_col, unit);
      }
      row.measure = measure;
      ctx.claim(r);
      prev = r;
      bool cumulative_row = false, total_row = false, part_of_line_above = false;
      if (planning) {
        cumulative_row = role == PlanningRole::Cumulative;
        total_row = role == PlanningRole::Total;
        if (cumulative_row || total_row) row.title.clear(); // a totals row names no scheme
      } else {
        const Cell *first_cell = any_label ? SheetView::in_row({b, e}, row.label_ref.col) : nullptr;
        std::string_view first_label = first_cell ? v.label(*first_cell) : std::string_view();
        cumulative_row = Vocabulary::in(l_cumulative, first_label);
        total_row = Vocabulary::in(l_total, first_label) || (!any_label && !t.rows.empty());
        // An "of which" line under a line of the table ("of which: grant
        // funded", a figure in the Total column only) is part of that line's
        // figure, as the totals tables read it (names_part_of_line_above):
        // no row whose years add up, nor one the Total adds.
        part_of_line_above = !cumulative_row && !total_row && (!t.rows.empty() || t.total_row) &&
                             structure::names_part_of_line_above(first_label);
      }
      if (part_of_line_above) continue;
      if (figure_label) {
        // A damaged label: the row's place in the table is read from its
        // position and arithmetic where they are plain, and said. The rows
        // above it the reader did not keep are added from their records.
        std::string said = figure_label_said(row, hr);
        bool next_adjacent = j + 1 < rows.size() && rows[j + 1] == r + 1;
        bool above_cumulative =
            next_adjacent && Vocabulary::in(l_cumulative, first_label_of(v, rows[j + 1], label_end));
        auto adds_up_above = [&] {
          if (!spliced) return adds_up(row, t.rows);
          return adds_up(row, t.rows,
                         std::span<const SchemeRecord>(ctx.out.schemes).subspan(spliced_first, spliced_count),
                         year_keys(years));
        };
        if (!t.total_row && (above_cumulative || adds_up_above())) {
          damage.push_back({NoteKind::InputNote, t.sheet, row.label_ref,
                            concat(said, ", was read as its Total: ",
                                   above_cumulative ? "it stands above the Cumulative total"
                                                    : "its figures are the sums of the rows above")});
          row.label.clear();
          t.total_row = std::move(row);
          continue;
        }
        if (t.total_row && !t.cumulative_row && !next_adjacent) {
          damage.push_back({NoteKind::InputNote, t.sheet, row.label_ref,
                            concat(said, ", was read as its Cumulative total: it is the last row, under the Total")});
          row.label.clear();
          t.cumulative_row = std::move(row);
          continue;
        }
        if (t.total_row) { // under the Total: a row the Total does not add up
          damage.push_back({NoteKind::InputNote, t.sheet, row.label_ref,
                            concat(said, ": row ", std::to_string(r + 1), ", under the Total, was not checked")});
          UncheckedGather g;
          g.add(row);
          g.put(damaged, t.sheet, concat("a row under the Total labelled by a figure (", a1(row.label_ref), ")"));
          continue;
        }
        // Placed once the table is read (settle_damage), from its rows: the
        // streamed rows, records until now, become rows again.
        if (spliced) {
          rows_from_records();
          spliced = nullptr;
        }
        unplaced.push_back(t.rows.size());
      }
      if (cumulative_row) {
        t.cumulative_row = std::move(row);
        continue;
      }
      if (total_row) {
        t.total_row = std::move(row);
        continue;
      }
      // A row with no reference named as a total ("Total investments",
      // "Net total") is a subtotal of the rows above it, no scheme.
      if (planning && !figure_label && subtotal_row(cells, o, cols, v.workbook())) {
        subtotals = true;
        t.rows.push_back(std::move(row));
        continue;
      }
      if (planning && !figure_label) { // a row labelled by a figure names no scheme
        settle_planning_row(measure, years, ctx.incremental, ctx.defer_planning_figures, table_index,
                            std::int32_t(t.rows.size()), row, s);
        ctx.out.schemes.push_back(std::move(s));
      }
      t.rows.push_back(std::move(row));
    }
    if (streamed && ran_to_end) splice(std::nullopt); // the table ran on to the end of what was kept
    // One row under the Total, at the end, with a label the summary does not
    // know ("CuIulative total", misspelt): where its figures are the Total's
    // running sums it is the Cumulative total, and that is said.
    if (!planning && t.total_row && !t.cumulative_row && t.rows.size() >= 3 &&
        t.rows.back().label_ref.row > t.total_row->label_ref.row &&
        t.rows[t.rows.size() - 2].label_ref.row < t.total_row->label_ref.row && runs_on(t, t.rows.back())) {
      FigureRow &row = t.rows.back();
      damage.push_back({NoteKind::InputNote, t.sheet, row.label_ref,
                        concat("'", row.label, "' in ", a1(row.label_ref),
                               ", a label fundbook does not know under the Total of the table headed in row ",
                               std::to_string(hr + 1),
                               ", was read as its Cumulative total: its figures are the Total's running sums")});
      t.cumulative_row = std::move(row);
      t.rows.pop_back();
    }
    // The table's rows left to the inference of its structure (totals_tables),
    // where a figure not given ('..', '[c]', 'x': the template's withheld
    // markers) or one broken in extraction ("3 ,615") leaves the totals that
    // count it unchecked, with why; it is not a cell to correct, so the note
    // read_cell made of it goes.
    auto yield_rows = [&] {
      auto withheld = [&](const CellNote &n) {
        return n.kind == NoteKind::NonNumeric && (withheld_figure(n.text, ctx.figures) || garbled_figure(n.text));
      };
      ctx.out.notes.erase(
          std::remove_if(ctx.out.notes.begin() + std::ptrdiff_t(notes_before), ctx.out.notes.end(), withheld),
          ctx.out.notes.end());
      ctx.unclaim(hr);
      for (std::size_t k = i + 1; k < j; ++k) ctx.unclaim(rows[k]);
    };
    if (planning && subtotals && lost_cols.empty() && unplaced.empty()) {
      // Rows the reader did not keep are not in the grid for the
      // inference: read it all again, with them.
      if (spliced) spliced->spoilt = true;
      // The proposals stay schemes, their figures in their records; the
      // table's totals, over its subtotals and after a blank row, are left
      // to the inference of its structure, which reads every row again.
      std::vector<YearKey> keys = year_keys(years);
      for (std::size_t k = schemes_before; k < ctx.out.schemes.size(); ++k) {
        SchemeRecord &sc = ctx.out.schemes[k];
        if (sc.deferred_table == table_index) row_into_record(keys, t.rows.at(std::size_t(sc.deferred_row)), sc);
      }
      yield_rows();
      i = j - 1;
      continue;
    }
    if (!planning && !t.rows.empty() && yields_to_inference(ctx, t, cols, hr, j)) {
      // Not a workstream summary: a table with subtotals, or one that runs
      // on past a blank row. Its structure is inferred (totals_tables).
      yield_rows();
      i = j - 1;
      continue;
    }
    if (!lost_cols.empty() || !unplaced.empty()) {
      std::vector<std::size_t> dropped = settle_damage(t, cols, hr, unplaced, lost_cols, lost_figures, damage, damaged);
      // The table's schemes whose figures wait in its rows follow theirs.
      if (planning && !dropped.empty())
        for (std::size_t k = schemes_before; k < ctx.out.schemes.size(); ++k) {
          SchemeRecord &sc = ctx.out.schemes[k];
          if (sc.deferred_table != table_index) continue;
          auto gone = std::lower_bound(dropped.begin(), dropped.end(), std::size_t(sc.deferred_row)) - dropped.begin();
          sc.deferred_row -= std::int32_t(gone);
        }
    }
    if (!planning) say_columns_not_read(ctx, cols, hr, rows, i + 1, j, damaged);
    for (auto &n : damage) ctx.out.notes.push_back(std::move(n));
    for (auto &b : damaged) ctx.out.unchecked.push_back(std::move(b));
    if (!t.rows.empty() && rows_as_records()) {
      // The rows' figures and titles move into their records, which the
      // rules read (table_rows.hpp): each row held once.
      std::vector<YearKey> keys = year_keys(years);
      for (std::size_t k = schemes_before; k < ctx.out.schemes.size(); ++k) {
        SchemeRecord &sc = ctx.out.schemes[k];
        if (sc.deferred_table == table_index) row_into_record(keys, t.rows.at(std::size_t(sc.deferred_row)), sc);
      }
      t.record_first = schemes_before;
      t.record_count = ctx.out.schemes.size() - schemes_before;
      std::vector<FigureRow>().swap(t.rows);
    } else if (spliced) {
      // A damaged row under the streamed ones (a figure for a label): the
      // rows the reader did not keep are needed as rows. Read it all again.
      spliced->spoilt = true;
    }
    // Give back what was reserved past the table's end.
    if (t.rows.capacity() - t.rows.size() > t.rows.size() / 8) t.rows.shrink_to_fit();
    if (!t.rows.empty() || t.record_count) {
      ctx.out.tables.push_back(std::move(t));
    } else {
      // No line under the years (a group heading right under them, then
      // the lines): no table of this shape. The header is left to the
      // tables inferred, which name their columns by it.
      ctx.unclaim(hr);
      for (std::size_t k = i + 1; k < j; ++k) ctx.unclaim(rows[k]);
    }
    i = j - 1;
  }
}

} // namespace fundbook::layout
