// The text account audited against the JSON on every workbook of the shared
// corpus and realworld sets (issue 17): the text never says a total was
// checked or agrees where the JSON checked none, never says everything was
// checked where the JSON leaves figures unchecked, never 'no table with
// totals' where the JSON names totals not checked. Skipped where ../shared
// (or FUNDBOOK_SHARED_DIR) is missing; samples/ and tests/data/ are audited
// by the unit test CoverageAccount.TheTextNeverClaimsMoreThanTheJson.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>

#include "support/account_audit.hpp"
#include "support/fixtures.hpp"

using namespace fundbook::test;

TEST(AccountAudit, TheTextNeverClaimsMoreThanTheJsonOnTheSharedWorkbooks) {
  const std::string shared = shared_dir();
  if (!std::filesystem::is_directory(shared + "/corpus/files"))
    GTEST_SKIP() << "no corpus at " << shared << " (set FUNDBOOK_SHARED_DIR)";
  std::size_t files = 0, wrong = 0;
  for (const char *set : {"/corpus/files", "/realworld/files"}) {
    for (const std::string &path : workbooks_under(shared + set)) {
      ++files;
      std::vector<std::string> claims = account_claims_beyond_json(path);
      wrong += !claims.empty();
      for (auto &c : claims) ADD_FAILURE() << path << ": " << c;
    }
  }
  std::cout << "account audit: " << files << " shared workbooks, " << wrong
            << " whose text claims more than the JSON\n";
  EXPECT_GT(files, 0u);
}
