// The same workbook as other programs save it gives the same schemes, the same
// findings at the same cells and the same totals: each sample against
// LibreOffice's .xls, .ods and .xlsx of it (tests/data/libreoffice, made by
// make_libreoffice_variants.sh) and the hand-made inline-string and ODS copies.
#include <gtest/gtest.h>

#include <sstream>

#include "engine/check.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {

// Everything a finance officer relies on, without the file's own name.
std::string digest(const CheckResult &r) {
  std::ostringstream o;
  for (std::size_t i = 0; i < r.schemes.size(); ++i) {
    const SchemeRecord &s = r.schemes[i];
    const SchemeResults &w = r.scheme_results.at(i);
    std::optional<Money> inv = investment_total(s), sav = saving_total(s);
    o << s.ref.value_or("-") << "|" << s.title << "|" << s.kind << "|" << s.source.sheet << "!" << a1(s.source.cell);
    for (auto &[y, v] : s.investment) o << "|i" << y << "=" << v.amount.decimal();
    for (auto &[y, v] : s.saving) o << "|s" << y << "=" << v.amount.decimal();
    o << "|" << (inv ? inv->decimal() : "") << "|" << (sav ? sav->decimal() : "");
    if (w.monitoring)
      o << "|" << w.monitoring->rag.value_or("") << "|"
        << (w.monitoring->spent_to_date ? w.monitoring->spent_to_date->decimal() : "");
    o << "\n";
  }
  for (auto &f : r.findings) {
    o << f.rule << "|" << f.sheet.value_or("") << "|" << (f.cell ? a1(*f.cell) : "") << "|"
      << (f.stated ? f.stated->decimal() : "") << "|" << (f.computed ? f.computed->decimal() : "") << "\n";
  }
  for (auto &[ws, t] : r.totals.by_workstream) {
    o << ws;
    for (auto &[y, v] : t.investment) o << "|i" << y << "=" << v.decimal();
    for (auto &[y, v] : t.saving) o << "|s" << y << "=" << v.decimal();
    o << "\n";
  }
  return o.str();
}

class Writers : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST_P(Writers, LibreOfficeCopiesReadTheSame) {
  std::string base = GetParam();
  std::string original = digest(run_check({source_dir() + "/samples/" + base + ".xlsx"}, {}));
  ASSERT_FALSE(original.empty());
  for (const char *ext : {".xls", ".ods", ".lo.xlsx"}) {
    std::string copy = source_dir() + "/tests/data/libreoffice/" + base + ext;
    EXPECT_EQ(digest(run_check({copy}, {})), original) << copy;
  }
}

INSTANTIATE_TEST_SUITE_P(Samples, Writers,
                         ::testing::Values("baseline-2017-06-transformation-fund",
                                           "gpc-2016-10-transformation-fund-bids",
                                           "gpc-2016-12-transformation-fund-bids", "gpc-2018-03-monitoring-q3-2017-18",
                                           "business-cases-2018-19-childrens"),
                         [](const auto &info) {
                           std::string n = info.param;
                           for (auto &c : n)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return n;
                         });

TEST(Writers, HandMadeInlineStringAndOdsCopiesReadTheSame) {
  std::string original = digest(run_check({source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx"}, {}));
  EXPECT_EQ(digest(run_check({source_dir() + "/tests/data/baseline-inline-absolute.xlsx"}, {})), original);
  EXPECT_EQ(digest(run_check({source_dir() + "/tests/data/baseline-copy.ods"}, {})), original);
}
