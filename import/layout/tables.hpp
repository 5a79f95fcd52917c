#pragma once
// What the recognisers find in a workbook: figure tables, schemes, RAG
// overviews and notes about cells, each figure with the cell it came from.
// Amounts are exact; the table's unit is kept so messages can speak in it.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/boxed.hpp"
#include "core/cellref.hpp"
#include "core/enum_names.hpp"
#include "core/money.hpp"
#include "core/pool_text.hpp"
#include "import/grid.hpp"
#include "core/shared_text.hpp"
#include "core/year_key.hpp"
#include "core/year_map.hpp"
#include "import/layout/structure/stated_total.hpp"

namespace fundbook {

enum class Measure { Investment, Saving, Other };
const char *measure_name(Measure m);

// What a checked table is (contract: tables[].kind). The figure tables of the
// council's shapes are the first three; the last two are other types.
enum class TableKind : std::uint8_t { ProfileBlocks, WorkstreamSummary, PlanningTable, RagOverview, TotalsTable };
template <> struct EnumNames<TableKind> {
  static constexpr std::string_view of[] = {"profile-blocks", "workstream-summary", "planning-table", "rag-overview",
                                            "totals-table"};
};

// Where a scheme was read (contract: schemes[].kind).
enum class SchemeKind : std::uint8_t { Profile, Planning, BusinessCase, Monitoring };
template <> struct EnumNames<SchemeKind> {
  static constexpr std::string_view of[] = {"profile", "planning", "business-case", "monitoring"};
};

// What the importer noticed about one cell; each becomes the finding of the
// rule of the same name (engine/rules/cell_notes.cpp).
enum class NoteKind : std::uint8_t {
  NonNumeric,
  FigureOutOfRange,
  FormulaCacheMissing,
  TextNumber,
  HiddenContent,
  InputNote // a table read around a cell it did not expect; the text is the whole message
};
template <> struct EnumNames<NoteKind> {
  static constexpr std::string_view of[] = {"non-numeric-value", "figure-out-of-range", "formula-cache-missing",
                                            "text-number",       "hidden-content",      "input-note"};
};

// A figure's cell in six bytes: its column in 16 bits, as the grid holds it
// (readers refuse columns past Excel's XFD, import/grid.hpp), so that a
// Figure is 16 bytes. A tracker of a million rows holds six million figures.
// Read as a CellRef; not compared or ordered itself.
struct [[gnu::packed]] FigureRef {
  std::uint32_t row = 0;
  std::uint16_t col = 0;
  constexpr FigureRef() = default;
  constexpr FigureRef(std::uint32_t r, std::uint32_t c) : row(r), col(static_cast<std::uint16_t>(c)) {}
  constexpr FigureRef(CellRef r) : FigureRef(r.row, r.col) {}
  constexpr operator CellRef() const { return CellRef{row, col}; }
};

struct Figure {
  Money amount; // exact, in pence
  FigureRef ref;
  bool nil : 1 = false; // blank or a nil marker: counts as 0
  bool formula : 1 = false;
  // Text written more coarsely than the table's unit ('£1.45m' in a £000
  // table: to £10k): the figure is its rounding, to the step `shown` says.
  bool written_coarse : 1 = false;
  // How finely its cell's number format shows it (Cell::shown, a
  // shown_step code), or its text is written (written_coarse): 0 where not
  // known (General, other text, no cell).
  std::uint8_t shown = shown_step::kUnknown;
};
static_assert(sizeof(Figure) == 16, "a tracker holds six figures a row: keep them 16 bytes");

// The step, in pence, of a figure shown to 10^exponent units of a table in
// `unit` (pence per unit; shown_step::exponent): at least a penny, which
// is how finely a figure is held. Zero where it would not fit in Money.
inline Money shown_step_in(std::int64_t unit, int exponent) {
  std::int64_t step = unit;
  for (; exponent > 0; --exponent) {
    if (step > INT64_MAX / 10) return Money();
    step *= 10;
  }
  for (; exponent < 0 && step > 1; ++exponent) step /= 10;
  return Money::from_pence(step);
}

// A figure or none, as std::optional<Figure> but in the figure's own 16
// bytes (an optional takes 24): none is a row no cell has (past any sheet's
// last row; a CSV's rows are bounded by Limits::max_cells_per_sheet). Every
// record holds two (its stated totals).
class MaybeFigure {
public:
  constexpr MaybeFigure() { f_.ref.row = kNone; }
  constexpr MaybeFigure(std::nullopt_t) : MaybeFigure() {}
  constexpr MaybeFigure(const Figure &f) : f_(f) {}
  constexpr MaybeFigure(const std::optional<Figure> &f) : MaybeFigure() {
    if (f) f_ = *f;
  }
  constexpr bool has_value() const { return f_.ref.row != kNone; }
  constexpr explicit operator bool() const { return has_value(); }
  constexpr const Figure &operator*() const { return f_; }
  constexpr Figure &operator*() { return f_; }
  constexpr const Figure *operator->() const { return &f_; }
  constexpr Figure *operator->() { return &f_; }
  operator std::optional<Figure>() const { return has_value() ? std::optional<Figure>(f_) : std::nullopt; }

private:
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};
  Figure f_;
};
static_assert(sizeof(MaybeFigure) == 16);

struct FigureRow {
  std::string label; // the measure or workstream or row label
  std::string title; // the scheme's title where the row belongs to one
  CellRef label_ref;
  Measure measure = Measure::Other;
  bool hidden = false;                       // (beside measure: 136 bytes a row, not 144)
  std::vector<std::optional<Figure>> values; // one per table column; nullopt: no cell at all
  std::optional<Figure> stated_total;
};

struct FigureTable {
  TableKind kind = TableKind::WorkstreamSummary; // one of the first three
  std::string sheet;
  std::string heading; // "Investment request", "Savings", a scheme title
  CellRef header_ref;
  std::vector<std::string> columns; // financial-year keys, or column headers
  bool columns_are_years = true;
  std::int64_t unit = 100000; // pence per unit (£000)
  Measure measure = Measure::Other;
  std::vector<FigureRow> rows;
  std::optional<FigureRow> total_row;      // stated column totals
  std::optional<FigureRow> cumulative_row; // stated running totals
  // A planning table read for a caller that checks its tables before it
  // takes the schemes (RecogniseOptions::defer_planning_figures): its
  // schemes' rows are held once, as the records
  // Recognised::schemes[record_first, record_first + record_count), in row
  // order, and `rows` holds none of them (import/layout/table_rows.hpp reads
  // either).
  std::size_t record_first = 0, record_count = 0;
};

// A quarterly monitoring row's own figures (Q3-style), all in £ pence.
struct MonitoringRecord {
  std::optional<Figure> spent_to_date;
  std::optional<Figure> saved_to_date;
  std::optional<Figure> projected_saving;
  std::optional<std::string> commentary;
  std::optional<std::string> rag; // Green, Amber, Red
  std::optional<CellRef> rag_ref;
};

// Where a scheme was read: the file (set by the engine), sheet and cell.
struct Provenance {
  SharedText path;  // one copy per file
  SharedText sheet; // one copy per sheet (a tracker's million rows share it)
  CellRef cell;
};

// One scheme as a recogniser read it from one place. The engine takes the
// records over and keeps what it works out from them beside them
// (engine/model.hpp SchemeResults, indexed like the records), so a tracker's
// hundred thousand schemes are never copied into a second kind.
//
// Its size is what a tracker holds a row at (a million rows: a million of
// these), so small fields sit together and texts that repeat are shared.
struct SchemeRecord {
  std::optional<std::string> ref;
  PoolText title;                       // a streamed row's is a view of the workbook's shared strings
  std::optional<SharedText> workstream; // one copy per distinct text in a table (core/text_share.hpp)
  Boxed<std::string> officer;           // business cases only
  Provenance source;
  // Financial year -> amount and the cell it was read from (on the source's
  // sheet). The engine turns incremental years absolute when it takes the record.
  YearMap<Figure> investment;
  YearMap<Figure> saving;
  MaybeFigure stated_investment; // the row's own total, where it has one
  MaybeFigure stated_saving;
  Boxed<MonitoringRecord> monitored; // monitoring rows only
  // Planning rows read with defer_planning_figures: where the year figures
  // still are (Recognised::tables[table].rows[row]), until filled in.
  std::int32_t deferred_table = -1;
  std::int32_t deferred_row = -1;
  SchemeKind kind = SchemeKind::Profile;
  bool hidden = false;
  bool incremental = false; // figures are changes from the year before
  // Read incremental, its years since made absolute (engine/schemes.hpp
  // complete_scheme): a stated total is of the changes, so its totals are
  // its years' sums.
  bool stated_totals_of_changes = false;

  Money investment_sum() const { return sum_of(investment); }
  Money saving_sum() const { return sum_of(saving); }
  static Money sum_of(const YearMap<Figure> &m) {
    Money total;
    for (auto &entry : m) total += entry.second.amount;
    return total;
  }
};

struct RagRow {
  std::string rating; // Green, Amber, Red, Total
  CellRef label_ref;
  std::optional<Figure> count;        // amount holds count * 100000 (so one exact type)
  std::map<std::string, Figure> sums; // investment_to_date, savings_to_date, committed, projected
};

struct RagOverview {
  std::string sheet;
  CellRef header_ref;
  std::vector<RagRow> rows; // in sheet order, Total last if present
  // Rows read through whose rating cell held a figure (rating ""): not
  // checked, and the overview not taken as listing every rating.
  std::vector<RagRow> unrated;
};

// A summary by RAG rating on the same sheet as the list it summarises (a
// savings tracker's count and sums per rating above its schemes), its
// columns matched to the list's by their headings: what each rating row
// states, and the list's lines as they stand, for the engine to count.
struct RatingSummary {
  struct Line {
    std::string rating;
    CellRef label_ref;
    std::map<std::string, Figure> figures; // by the summary's heading of the column
  };
  std::string sheet;
  CellRef header_ref;            // the summary's rating heading
  CellRef list_ref;              // the list's rating heading
  std::uint32_t list_last_row{}; // the list's last line
  std::vector<RagRow> rows;      // one a rating; count and sums in units of structure::kScale
  std::vector<Line> lines;
};

// A remark about one cell the engine will turn into a finding.
struct CellNote {
  NoteKind kind = NoteKind::NonNumeric;
  std::string sheet;
  CellRef ref;
  std::string text;
};

// Why figures are unchecked where no reading of them found a total: the
// one reason that says no table with totals is there (every other reason
// names what was seen and why it was not checked).
inline constexpr std::string_view kNoTotalRecognised = "figures with no row or column recognised as a total";

// Figures no recogniser took, and why they were left (the account of what
// was not checked; contract: "unchecked").
struct UncheckedBlock {
  std::string sheet;
  CellRef first, last; // the block's corners
  std::size_t figures = 0;
  std::string why;
  // The heading fundbook did not know that kept these figures from being
  // read (a misspelt column heading), where one did, and its text: the text
  // account names it, as `why` does in JSON.
  std::optional<CellRef> unknown_heading;
  std::string unknown_heading_text;
  // The row the reader held once (a row the file repeats past the copy
  // budget) that these figures come right under, and how often the file
  // repeats it: a total here that counts the copies is not checked, and the
  // text account says so, as `why` does in JSON.
  std::optional<std::uint32_t> under_held_row;
  std::uint32_t held_count = 0;
  // A relation that is no sum (a variance, a running balance) named by the
  // table's headings but not confirmed by its arithmetic: the text account
  // says which, as `why` does in JSON.
  bool not_a_sum = false;
  // The figures are of a table that states totals which were seen and not
  // checked (rows read as totals that agree with no reading of the rows
  // above them, a Total that counts text): the text account names the table
  // and says why, as `why` does in JSON, never that no table with totals was
  // found.
  bool totals_unchecked = false;
  // The figures a total adds, checked only to within their rounding: the
  // total is further from them than rounding usually puts it, though not
  // beyond what it can (a rounding note), so one of them wrong by that much
  // would look the same. The text account says so, as `why` does in JSON.
  bool within_rounding = false;
};

struct Recognised {
  std::vector<FigureTable> tables;
  std::vector<UncheckedBlock> unchecked;
  std::vector<TotalsTable> totals_tables; // tables of any shape, by their inferred structure
  std::vector<SchemeRecord> schemes;
  std::vector<RagOverview> rag_overviews;
  std::vector<RatingSummary> rating_summaries;
  std::vector<CellNote> notes;
};

} // namespace fundbook
