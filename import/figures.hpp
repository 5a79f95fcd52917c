#pragma once
// Reading figures, years, units and references the way a finance officer
// reads them: "-" is nil, "(395)" is minus 395, "£000" is a unit,
// "2017/18" is the year 2017-18, "c/r5.001" is C/R.5.001.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fundbook {

// Words that mean "no figure here"; the defaults come from templates.
struct FigureVocabulary {
  std::vector<std::string> nil_markers = {"-", "–", "—", "nil", "n/a"};
  // A figure that exists but is not given: official statistics' ".." and
  // "." (not available), "[c]" (confidential), "x" (suppressed), "[z]" (not
  // applicable). Unlike nil it is not zero: a total that counts it cannot be
  // checked. A budget's "TBC" is no such marker but a figure missing from the
  // table (non-numeric-value).
  std::vector<std::string> withheld_markers = {"..",    ".",   "...", "\xE2\x80\xA6", "x",   "c",
                                               "*",     "[c]", "[x]", "[z]",          "[u]", "[k]",
                                               "[low]", "n/k", "nk",  "not available"};
};

// True for a figure cell's text that stands for a figure not given (the
// markers above, in any case).
bool withheld_figure(std::string_view raw, const FigureVocabulary &vocab);

// True for text that is a figure broken in extraction from a PDF: only
// digits, separators and a sign, with a stray space among digit groups
// ("1 ,273,768,804.00", "1 20,000,000"). Not read as a figure: where the
// space is the stray and where a separator, or a lost digit, the text does
// not say. Not a name either: never a column heading, and a total that
// counts it cannot be checked.
bool garbled_figure(std::string_view raw);

// True for digits grouped in threes by `sep` and nothing else, the
// separator twice or more: a first group of one to three digits, then
// groups of exactly three ("1,312,000" with ',', "1.234.567" with '.').
// Only thousands are written so: no decimal mark is used twice.
bool thousands_only(std::string_view digits, char sep);

// True for text that is several figures, one to a line ("587.3\n214.4"): a
// PDF's extraction stacks a column's lines into one cell. Not one figure (a
// total that counts it cannot be checked), and not a name either: a row of
// such cells is figures, never a heading, and no column is named by one.
bool stacked_figures(std::string_view raw, const FigureVocabulary &vocab);

// True for text that is a figure's digits and marks but no number as
// written: a decimal comma among figures with decimal points ("195,7",
// "0,0"), a stray space ("258. 1", "1 ,273,768,804.00"), separators out
// of place ("1,2,3"). A figure lost in the writing, typed or extracted
// alike: what it stood for the text does not say for sure.
bool broken_figure(std::string_view raw, const FigureVocabulary &vocab);

struct ParsedFigure {
  enum class Kind { Number, Nil, NotAFigure } kind = Kind::NotAFigure;
  double value = 0;
  // Pence per unit when the text carries its own unit ("£594K", "1.2m"),
  // otherwise 0 and the table's unit applies.
  std::int64_t own_unit = 0;
  bool pound_sign = false; // written with £, which says the unit is pounds unless a header says otherwise
};

std::string trim(std::string_view s);           // also strips non-breaking spaces
std::string_view trim_view(std::string_view s); // the same, without a copy
std::string lower(std::string_view s);

ParsedFigure parse_figure(std::string_view raw, const FigureVocabulary &vocab = {});

// A ledger export's sign written after its figure or as a word: a trailing
// minus ("30,782.63-"), a credit ("21,669.72 CR", "CR 21,669.72", "cr") or a
// debit ("500.00 DR", positive). `amount` is the figure without the sign
// (trimmed, a currency sign kept). Only a plain amount takes such a sign:
// digits, in groups of three by commas or not, and decimals; written as an
// amount (with decimals or thousands commas) unless the word stands apart
// from it ("500 CR"): "2017-" is a range and "4501-" a code, not minus
// 2,017 and 4,501. The word is a whole word ("CRD 12.50" is no credit).
struct LedgerSign {
  std::string_view amount;
  bool negative = false;
};
std::optional<LedgerSign> ledger_sign(std::string_view text);

// "2017-18", "2017/18", "17-18", "FY2017/18", "2017-2018", "2016-17 £000" -> "2017-18".
std::optional<std::string> parse_financial_year(std::string_view text);
// A column heading that names a financial year and nothing more than its
// unit: "2017/18", "FY 2017-18", "2016-17 £000", "2017/18 (£'000)". Not a
// measure's name that holds a year ("2017/18 Original Budget"): such
// columns are different measures, not a profile by year.
bool year_heading(std::string_view text);
// Whether a financial year is written anywhere in the text, alone or among
// words ("Actual 2016/17", "Revised Estimate 2017-18").
bool mentions_financial_year(std::string_view text);
// The first year of a key: "2017-18" -> 2017.
int year_start(std::string_view key);
std::string year_key(int start);

// Pence per unit for a unit mention: £000, £'000, £k, £ thousands -> 100000;
// £m -> 100000000; £ -> 100.
std::optional<std::int64_t> parse_unit(std::string_view text);

// The first business-planning reference in the text, normalised to X/R.N.NNN.
struct FoundRef {
  std::string ref;
  std::size_t begin = 0, end = 0; // where it was, for taking it out of a title
};
std::optional<FoundRef> find_reference(std::string_view text);

// A title without its reference and the brackets around it, whitespace folded.
std::string strip_reference(std::string_view title);
// The same, viewed in title where only its ends are cut (a tracker's titles,
// one a row), else in scratch.
std::string_view strip_reference(std::string_view title, std::string &scratch);
std::string fold_spaces(std::string_view s);

} // namespace fundbook
