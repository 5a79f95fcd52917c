#pragma once
// A cell as an amount of a table fundbook infers: exact, at four decimals of
// the table's own unit whatever the currency ($, €, £, "$0.1M"), with how
// many decimals it was written to, so totals are compared at the table's
// own precision (no computed value such as 11,607.00002).
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/money.hpp"
#include "import/figures.hpp"
#include "import/grid.hpp"

namespace fundbook::structure {

inline constexpr std::int64_t kScale = 10000; // minor units per unit as written
inline constexpr int kNoise = 5;              // "decimals" of an unrounded computed value

struct Amount {
  Money value;      // in kScale units
  int decimals = 0; // 0..4 as written, kNoise for more
  bool nil = false; // blank, "-", "nil": counts as 0
};

// A number cell, or text that is a figure ("£95,133", "$1.2M", "(395)");
// nullopt for anything else (text, dates, errors).
std::optional<Amount> read_amount(const Workbook &wb, const Cell &c, const FigureVocabulary &vocab);

// The largest power of ten (in kScale units) dividing every non-zero amount
// given: 100000 * kScale for figures rounded to $0.1M. 1 for noise.
std::int64_t rounding_step(std::int64_t so_far, const Amount &a);

// The power of ten k where figure f is a / b * 10^k (a precept in £000
// over a tax base gives a Band D in £; a share of two amounts, a
// percentage), to the decimals f is written to; nullopt where there is
// none. Exact: in whole kScale units, no floating point. A divisor that is
// itself a power of ten (1, 100) says nothing, and neither does a figure
// past kMaxQuotientFigure (its products would not fit the arithmetic).
std::optional<int> quotient_of(const Amount &f, const Amount &a, const Amount &b);
// The largest figure, in kScale units, quotient_of reads: the most a cell
// holds (Money::kMaxFigurePence, about 900 billion units as written), so
// every figure read from a cell is read.
inline constexpr std::int64_t kMaxQuotientFigure = Money::kMaxFigurePence;

// How many decimals a figure's text is written to ("2.210" 3, "(1,312)" 0),
// trailing zeros counted, as its value cannot tell; -1 where the text is no
// plain figure (words, a unit after it, more than four decimals).
int decimals_written(std::string_view text);

// Text that is a percentage as written ("14.4%", "-3%", "(0.5%)", "100.0 %"):
// a share or a rate, no amount to add. A csv keeps it as text, where a
// workbook keeps a number shown as a percentage.
bool percent_text(std::string_view text);

// A row of whole numbers counting across consecutive columns from 0 or 1
// ("0,1,2,...,16": the column index a PDF table extractor writes over the
// columns of the page it cut), three or more and nothing else: at the top of
// a table it numbers the columns, a heading, not figures.
bool index_row(const Workbook &wb, const Cell *begin, const Cell *end, const FigureVocabulary &vocab);

} // namespace fundbook::structure
