#pragma once
// The text account of a check audited against its JSON (issue 17): the text
// never claims more than the document says was checked.
#include <string>
#include <vector>

namespace fundbook::test {

// What the text output of checking `path` (a file, or a folder as one run)
// claims beyond its JSON document:
// a total checked or agreeing where the JSON checked none, counts other than
// the JSON's, figures left unchecked not said, 'no table with totals' where
// the JSON names totals not checked. Empty when the two agree.
std::vector<std::string> account_claims_beyond_json(const std::string &path);

// Every workbook (xlsx, xlsm, xls, ods, csv) under dir, sorted.
std::vector<std::string> workbooks_under(const std::string &dir);

} // namespace fundbook::test
