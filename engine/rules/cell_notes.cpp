// non-numeric-value, figure-out-of-range, formula-cache-missing, hidden-content, text-number and input-note:
// what the importer noticed about single cells, as findings.
#include "engine/rules/registry.hpp"

namespace fundbook::rules {

void cell_notes(const std::string &path, const std::vector<CellNote> &notes, const Settings &s,
                std::vector<Finding> &out) {
  for (const CellNote &n : notes) {
    Finding f;
    f.path = path;
    f.sheet = n.sheet;
    f.cell = n.ref;
    std::string where = a1(n.ref);
    if (n.kind == NoteKind::NonNumeric) {
      f.rule = kNonNumeric;
      f.severity = severity_of(f.rule);
      f.message =
          "'" + n.text + "' in " + where +
          " is not a figure: enter the amount, or leave it blank or '-' for nil; the rest of the table was read";
    } else if (n.kind == NoteKind::FigureOutOfRange) {
      f.rule = kFigureOutOfRange;
      f.severity = severity_of(f.rule);
      f.message = "'" + n.text + "' in " + where +
                  " is too large to be an amount of money fundbook can check exactly (over \xc2\xa3"
                  "90 trillion"
                  "): look for misplaced digits or a wrong unit; totals that include it were not checked";
    } else if (n.kind == NoteKind::FormulaCacheMissing) {
      f.rule = kFormulaCacheMissing;
      f.severity = severity_of(f.rule);
      f.message =
          "the formula in " + where +
          " has no saved value (the file was written by a program that does not calculate): open it in Excel or "
          "LibreOffice and save it, so its figures can be checked; counted as nil";
    } else if (n.kind == NoteKind::HiddenContent) {
      f.rule = kHiddenContent;
      f.severity = severity_of(f.rule);
      f.message = n.text;
    } else if (n.kind == NoteKind::InputNote) {
      f.rule = kInputNote;
      f.severity = severity_of(f.rule);
      f.message = n.text;
    } else if (n.kind == NoteKind::TextNumber) {
      if (!s.verbose) continue;
      f.rule = kTextNumber;
      f.severity = severity_of(f.rule);
      f.message = "'" + n.text + "' in " + where + " is stored as text; it was read as a number";
    } else {
      continue;
    }
    out.push_back(std::move(f));
  }
}

} // namespace fundbook::rules
