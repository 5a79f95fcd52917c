#pragma once
// Whether a row or column heading names a total, in the forms real tables
// use: the word in any case or plural, with a qualifier before or after it
// ("net", "sub-", "grand", a category name, "including ..."), a unit
// ("£000") or a note of the lines it adds ("(total of lines 1 to 9)").
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace fundbook::structure {

// A heading as written, its words told apart where an export runs them
// together in camel case ("HeadNumber", "BudgetYear" read as "head number",
// "budget year"), then normalised as normalise_label does. An all-capital
// word ("TOTAL", "VAT") is one word.
std::string heading_words(std::string_view raw);

// Whether a heading as written runs words together in camel case (a lower
// case letter then a capital): only then does heading_words differ from
// normalise_label, which a SheetView has already worked out for the cell.
bool runs_words_together(std::string_view raw);

// A column heading (normalised) that names years or versions of a dataset
// ("Budget Year", "Financial Year", "Version"): whole figures between 1900
// and 2100 under it are years, not amounts.
bool names_year_column(std::string_view heading);

enum class TotalWord { None, Total, Subtotal, Grand };

// `label` as normalise_label gives it (lower case, spaces folded). A total
// of something that is not an amount ("% of total", "total number of
// staff") is not a total here.
TotalWord total_word(std::string_view label);

// A row heading (normalised) that names a running total ("Cumulative
// total", "Cumulative", "Running total"): the sum of its own column and
// those before it along a row above, not of the rows above it.
bool names_running_total(std::string_view label);

// A column heading that says its figures are not amounts to add: a
// percentage, ratio, count or code (years and dates are told by their figures).
bool names_non_amount(std::string_view label);

// A heading (normalised) naming a count of things: full-time equivalents
// ("Budgeted FTE"), a headcount, "Number of ...", "No. of ...", "Count of ...".
bool names_count(std::string_view label);

// A count heading that names nothing else that does not add (no percentage,
// ratio, code or quantity): "Permanent FTE", "Number of savings", not
// "FTE %" or "Count code". Such a column adds up as amounts do, and is read
// so in a table that names a total (structure::build_region).
bool names_count_column(std::string_view label);

// A count column of people ("Headcount", "Number of staff", "No. of
// employees"), not of full-time equivalents: a person in two lines (two
// teams, two posts) is one in their total, which may so be less than its
// lines (engine/rules/stated_totals.cpp).
bool names_headcount(std::string_view label);

// A heading (normalised) that names an extreme ('Highest day rate', 'Max
// fee') or a rate ('Day rate'): a column whose Total row may give its
// highest or lowest line rather than their sum.
bool names_extreme_or_rate(std::string_view label);

// The total word of a count column's heading, its count words aside:
// "Total FTE" and "Total headcount" name totals of their counts, where
// total_word, which reads row labels too ("Total number of staff" under a
// table of money), names none.
TotalWord count_total_word(std::string_view label);

// A column heading, as written, naming a figure that does not add up: an
// average, mean or median, a ratio, a percentage, an index; never money in
// thousands or millions ('Index-linked gilts \xC2\xA3000'). A total row's
// figure there is worked out, not added.
bool names_rate(std::string_view raw);

// A column heading (normalised) ending in "number" or "no." after another
// word: an identifier of each row's thing (charity, company, transaction),
// not an amount.
bool names_identifier(std::string_view heading);

// A column heading (normalised) over identifiers or codes of each row's
// thing: "Charity Number", "Supplier ID", "Cost Centre Code", "Account
// Ref", "Postcode", "URN". Not figures at all: never counted as figures
// left unchecked.
bool names_code_column(std::string_view heading);

// A column heading (normalised) that says its figures are money.
bool names_money(std::string_view heading);

// A heading with a currency sign in it (£, $, €): money whatever its words.
bool names_currency(std::string_view heading);

// A column heading (normalised) that names references to the notes to the
// accounts ("Note", "Notes", "Note ref"): numbers that point to a note, not
// amounts.
bool names_note_column(std::string_view heading);

// A column heading that names a period and nothing else: a month ("Aug 31",
// "March 2023", "Jan-24"), a quarter ("Q1", "Qtr 2 2023/24"), a year
// ("2023", "2023-24", "FY23", "FY 2023/24") or a numbered year, month or
// period ("Year 1", "Period 12"); its unit may follow ("2026/27 £m"). Its
// column holds what happened in that period, as the periods beside it do.
bool names_period(std::string_view heading);

// A row heading (normalised) that names a statistic of the rows above it
// ("Average per library", "Median", "Mean", "Minimum", "Max."): the
// statistic's word opening the label, alone or followed by what it is over
// ("per library", "of schools", "(excl. mobile)"). Its figures are no sums,
// nor is its Total column the sum of its row (the median of the totals is
// not the sum of the medians). A label going on with the thing it names
// ("Maximum grant payable", "Minimum revenue provision") is a line of
// amounts like the others.
bool names_statistic_row(std::string_view label);

// A row heading (normalised) that opens with "net" ("Net cash flows from
// operating activities", "Net increase or (decrease) in cash", "Net return
// on investments"): a line that is often the sum of the lines or subtotals
// above it, but as often a difference or a line of its own, so a weaker
// sign than a total word.
bool names_net_line(std::string_view label);

// A row heading (normalised) that opens with "gross" as a word of its own
// ("Gross expenditure", "Gross Expenditure", "Gross cost of services"): in
// a service budget, the subtotal of the cost lines above it, which the
// income under it is taken off to give the net line. A weaker sign than a
// total word: "Gross rents" may be a line of its own.
bool names_gross_line(std::string_view label);

// A row heading (normalised) that says it is lines named in it added or
// taken away ("Income plus bank balance b/f", "Income minus expenditure"):
// the word inside the label, not opening it ("Plus: interest", "Minus:
// refunds" are a line added or taken off). `sum_only` asks for "plus" alone.
bool names_worked_out_line(std::string_view label, bool sum_only = false);

// The two sides of a label that says it is one line plus another
// ("income" and "bank balance b/f"), where it says "plus" once and has
// words either side; nullopt for any other label.
std::optional<std::pair<std::string_view, std::string_view>> plus_sides(std::string_view label);

// A row heading (normalised) that names a line worked out from the lines
// above it, a table's result: a total word, a net line, or a balance,
// position, requirement, surplus or deficit ("Council Tax Requirement",
// "End of Year Position", "Balance carried forward", "Income plus bank
// balance b/f"). Not an opening balance ("Balance brought forward"): that is
// a line carried in, not worked out here.
bool names_result_line(std::string_view label);

// A row heading (normalised) that names an opening balance ("Balance brought
// forward", "Bank balance b/f", "Opening balance", "Balance at 1 April"): a
// line carried in from the year before, which a receipts total under it may
// leave out.
bool names_opening_balance(std::string_view label);

// What a line's whole-period figure is, by its label, along columns of
// periods (quarters, months, years) beside a whole-period column: the sum of
// its periods for a flow; for a balance at a date, the first period's
// (an opening balance) or the last period's (a closing balance); for a
// count, a percentage or points, no sum at all but the last period's or
// their average as often.
enum class PeriodLine {
  Flow,    // any other label: a sum over the periods
  Opening, // "Opening balance", "Balance brought forward", "Balance b/f", "Cash at start of year"
  Closing, // "Closing balance", "Balance carried forward", "c/f", "Debt as at 31 March", "Cash at end of quarter"
  Measure, // "Number of staff", "No. of claims", "Headcount", "FTE", "Sickness absence (%)", "Satisfaction (points)"
};

// The kind of a row heading (normalised), read only from whole phrases at
// the label's start, or its end for the words that close a label ("Reserves
// carried forward", "Staff (FTE)"): a word met inside a flow's label ("Year
// end adjustments", "Balance of contract payments", "Agency FTE costs") says
// nothing. A count or percentage naming money ("FTE costs", "Number of
// pounds") is a flow.
PeriodLine period_line(std::string_view label);

// A row heading (normalised) that opens with "less", "deduct" or "minus" as
// a word of its own, after any dash, bullet or bracket ("Less cheques not
// presented", "Less: refunds", "- Less refunds", "(Less) refunds", "Less-
// refunds"; not "Lessons"): a line taken off the lines above it, not added
// to them.
bool names_deduction(std::string_view label);

// A row heading (normalised) that opens with "of which" or "o/w", after any
// dash, bullet or bracket ("O/w Drugs", "Of which: capital", "- of which
// pay", "(of which grants)"): a breakdown of the line above it, part of that
// line's figure, never one more line a total adds. So is a line that says
// its figure is already in the lines above ("Memo: recharges included
// above", "Grants (included in the above)").
bool names_part_of_line_above(std::string_view label);

} // namespace fundbook::structure
