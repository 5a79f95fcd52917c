// The report past Excel's 1,048,576 rows, at the real limit: 180,000 schemes
// of six years are 1,080,000 Data rows, which go on in "Data (2)" with none
// left out. Slow (a million-row sheet written and read back): label `slow`.
#include <gtest/gtest.h>

#include "export/report/report.hpp"
#include "import/open.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

TEST(ReportLimit, DataPastExcelsRowsContinuesOnDataTwo) {
  const std::uint32_t schemes = 180000;
  const char *years[] = {"2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22"};
  CheckResult r;
  r.inputs.push_back({"tracker.xlsx", "xlsx", true, ""});
  SharedText path(std::string("tracker.xlsx"));
  for (std::uint32_t i = 0; i < schemes; ++i) {
    SchemeRecord s;
    s.kind = SchemeKind::Planning;
    s.ref = "C/R." + std::to_string(1 + i / 1000) + "." + std::to_string(i % 1000);
    s.title = "Scheme " + std::to_string(i + 1);
    s.source.path = path;
    s.source.sheet = "Tracker";
    s.source.cell = {i + 1, 0};
    for (std::uint32_t k = 0; k < 6; ++k) s.saving[years[k]] = Figure{Money::thousands(-1), {i + 1, 3 + k}};
    r.schemes.push_back(std::move(s));
    r.scheme_results.emplace_back(); // its saving total is its years' sum, -6
  }
  ReportStyle style = ReportStyle::load({});
  style.sheets = {"Data"};
  std::string out = temp_dir() + "/limit.xlsx";
  write_report(r, style, out, 1700000000);
  Workbook wb = open_workbook(out);
  ASSERT_EQ(wb.sheets.size(), 2u);
  EXPECT_EQ(wb.sheets[0].name, "Data");
  EXPECT_EQ(wb.sheets[1].name, "Data (2)");
  std::size_t data_rows = 0;
  for (auto &sh : wb.sheets) {
    std::uint32_t last = 0;
    std::size_t amounts = 0;
    for (auto &c : sh.cells) {
      last = std::max(last, c.row);
      if (c.col == 5 && c.row > 0) ++amounts;
    }
    EXPECT_LT(last, 1048576u) << sh.name;
    data_rows += amounts;
  }
  EXPECT_EQ(data_rows, std::size_t(schemes) * 6);
  EXPECT_EQ(wb.sheets[0].cells.back().row, 1048575u); // the first sheet full to Excel's last row
}
