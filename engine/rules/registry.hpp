#pragma once
// Every rule in one table: its id (the contract's, never renamed), its
// severity (every finding of a rule has it), what a finding of it means and
// what to do about it (the words the drop-in page and the report show), and,
// for a check run on every figure table, that check. The engine, the page
// (filled in by `fundbook serve`) and the report read this table; nothing
// else lists the rules.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/rules/rules.hpp"

namespace fundbook::rules {

// The ids, as the checks name them: the contract's first, in its order.
inline constexpr const char *kRowTotal = "row-total-mismatch";
inline constexpr const char *kColumnTotal = "column-total-mismatch";
inline constexpr const char *kCumulativeTotal = "cumulative-total-mismatch";
inline constexpr const char *kRounding = "rounding-difference";
inline constexpr const char *kNonNumeric = "non-numeric-value";
inline constexpr const char *kSignConvention = "sign-convention";
inline constexpr const char *kDuplicateScheme = "duplicate-scheme";
inline constexpr const char *kConflictingScheme = "conflicting-scheme";
inline constexpr const char *kRagCount = "rag-count-mismatch";
inline constexpr const char *kFormulaCacheMissing = "formula-cache-missing";
inline constexpr const char *kUnreadableInput = "unreadable-input";
// fundbook's own additions
inline constexpr const char *kFormulaResult = "formula-result-mismatch"; // a saved value its own formula disagrees with
inline constexpr const char *kTotalRange = "total-range-mismatch";       // a total's SUM range against its table
inline constexpr const char *kFigureOutOfRange = "figure-out-of-range";
inline constexpr const char *kDamagedCell = "damaged-cell";
inline constexpr const char *kHiddenContent = "hidden-content";
inline constexpr const char *kInputNote = "input-note";
inline constexpr const char *kTextNumber = "text-number";
inline constexpr const char *kRelation = "relation-mismatch";   // a variance or balance its own figures disagree with
inline constexpr const char *kPointSlip = "decimal-point-slip"; // "1.030" in a whole table, 1,030 by its totals
inline constexpr const char *kCarriedFigure = "carried-figure-mismatch";     // a summary line against its own sheet
inline constexpr const char *kHeadcountBelowLines = "headcount-below-lines"; // people in two lines, counted once

// A check the engine runs on every figure table (profile blocks, workstream
// summaries, planning tables), in the registry's order; it returns how many
// stated totals it compared (0 for a check that compares none).
// The table is read through a TableView: its rows may be held as records.
using TableCheck = std::size_t (*)(const std::string &path, const TableView &v, const Settings &s,
                                   std::vector<Finding> &out);
std::size_t row_totals(const std::string &path, const TableView &v, const Settings &s, std::vector<Finding> &out);
std::size_t column_totals(const std::string &path, const TableView &v, const Settings &s, std::vector<Finding> &out);
std::size_t cumulative_totals(const std::string &path, const TableView &v, const Settings &s,
                              std::vector<Finding> &out);
std::size_t sign_convention(const std::string &path, const TableView &view, const Settings &s,
                            std::vector<Finding> &out);

struct Rule {
  const char *id;
  Severity severity;
  std::string_view meaning;  // what a finding of this rule says is wrong
  std::string_view guidance; // what to do, for the person who keeps the workbook
  // Run on every figure table; nullptr for a rule found elsewhere (the file
  // as read, the tables of other shapes, the schemes across files, the
  // formulas), whose check is called where its inputs are (engine/check.cpp).
  TableCheck table_check = nullptr;
};

inline constexpr Rule kRules[] = {
    {kRowTotal, Severity::Error, "A row's TOTAL does not equal the sum of its years.",
     "Check the years and the TOTAL cell shown; correct whichever is wrong, or make the TOTAL a SUM formula.",
     row_totals},
    {kColumnTotal, Severity::Error, "A Total row does not equal the sum of the rows above it for a year.",
     "Check the rows above the Total for that year; a row may be missing from the sum, or a figure mistyped.",
     column_totals},
    {kCumulativeTotal, Severity::Error, "A Cumulative total does not equal the running sum of the Total row.",
     "Recalculate the cumulative row: each year is the previous cumulative figure plus this year's Total.",
     cumulative_totals},
    {kRounding, Severity::Info, "A total differs from the sum of its parts by no more than the rounding tolerance.",
     "Usually nothing to do: figures rounded to \xc2\xa3"
     "000 do not always add up exactly."},
    {kNonNumeric, Severity::Error, "A cell where a figure belongs holds text that is not a figure.",
     "Enter the amount, or leave the cell blank or '-' for nil. The rest of the table was still read."},
    {kSignConvention, Severity::Warning, "A saving is shown as a positive figure, or an investment as a negative one.",
     "Savings and income are negative, investment positive, in the council's tables. Check the sign.", sign_convention},
    {kDuplicateScheme, Severity::Warning, "The same scheme is in two files with the same figures.",
     "Nothing is wrong; it is counted once. Remove the extra copy if it should not be there."},
    {kConflictingScheme, Severity::Error, "The same scheme is in two files with different figures.",
     "Find which file holds the agreed figures and correct the other; the years that differ are named."},
    {kRagCount, Severity::Error, "The RAG overview's count or sums disagree with the schemes listed under it.",
     "Recount the schemes by rating, and their spend and savings, and update the overview."},
    {kFormulaCacheMissing, Severity::Warning,
     "A formula was saved without its value, so its figure could not be checked.",
     "Open the file in Excel or LibreOffice and save it again; the values will then be stored."},
    {kUnreadableInput, Severity::Error, "A file could not be read.",
     "The message says why and what to do, for example save an unprotected copy."},
    {kFormulaResult, Severity::Error,
     "A cell shows a figure its own formula no longer gives from the cells it reads: the workbook was not "
     "recalculated after they changed.",
     "Recalculate (F9 in Excel) and save, then check again; if the figure changes, the copy circulated was out of "
     "date."},
    {kTotalRange, Severity::Error,
     "A total's formula adds the wrong rows: it leaves out part of its table, or adds a subtotal together with the "
     "rows it already totals.",
     "Widen the SUM to the whole table (or take out the subtotal) and check the total again."},
    {kFigureOutOfRange, Severity::Error,
     "A figure is too large to be an amount of money that can be checked exactly, or a sum of figures is.",
     "Look for misplaced digits or a wrong unit; totals that include the figure were not checked."},
    {kDamagedCell, Severity::Error, "A cell is damaged in the file, so its value may not be what was written.",
     "Open the file in Excel or LibreOffice, save it again and check the cell named; or ask for a fresh copy."},
    {kHiddenContent, Severity::Info, "A scheme sits in a hidden row.",
     "It was read and counted; unhide the row if that is a surprise."},
    {kInputNote, Severity::Warning, "A file was read around a problem.",
     "Check the message; the rest of the file was read."},
    {kTextNumber, Severity::Info, "A figure is stored as text.", "It was read as a number; no action needed."},
    {kRelation, Severity::Error,
     "A figure its table works out from others by a difference, not a sum (a variance of forecast and budget, a "
     "closing balance from the opening balance and the movements), disagrees with them.",
     "Check the figure and the ones it comes from: the difference or balance may be typed over, or one of its "
     "figures mistyped."},
    {kPointSlip, Severity::Warning,
     "A figure is written with a decimal point (1.030) where every other figure of its table is whole; read with "
     "the point as a thousands separator (1,030), every total that adds it agrees exactly, where read as written "
     "one of them does not. The totals were checked with it read as thousands.",
     "Correct the figure as written (1,030, not 1.030), so that the statement says what its totals add up."},
    {kCarriedFigure, Severity::Error,
     "A summary line named as another sheet of the workbook differs from the figure that sheet shows, where the "
     "summary's other lines in that column each equal their own sheet's figure at the same place (its Total).",
     "Compare the two cells shown: update the summary from the sheet (or the sheet, if the summary is right), or "
     "make the summary cell a formula that refers to the sheet."},
    {kHeadcountBelowLines, Severity::Warning,
     "A headcount's total is less than its lines add up to. A person in two of its lines (two teams, two posts) is "
     "one person in the total, so it may be right; it was not taken as an error.",
     "Check that the difference is the people counted in more than one line; if it is not, correct the total or "
     "the line that is wrong."},
};

// The rule of that id, or nullptr.
constexpr const Rule *find_rule(std::string_view id) {
  for (const Rule &r : kRules)
    if (id == r.id) return &r;
  return nullptr;
}

// The severity of every finding of rule `id` (one of the ids above).
constexpr Severity severity_of(std::string_view id) {
  const Rule *r = find_rule(id);
  return r ? r->severity : Severity::Error;
}

// A finding of rule `id` about `path`, with the rule's severity.
inline Finding finding_of(const char *id, const std::string &path) {
  Finding f;
  f.severity = severity_of(id);
  f.rule = id;
  f.path = path;
  return f;
}

} // namespace fundbook::rules
