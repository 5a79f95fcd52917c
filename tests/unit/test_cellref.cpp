#include <gtest/gtest.h>

#include "core/cellref.hpp"
#include "core/text_share.hpp"
#include "import/grid.hpp"

using namespace fundbook;

TEST(CellRef, RoundTrips) {
  EXPECT_EQ(a1(0, 0), "A1");
  EXPECT_EQ(a1(40, 8), "I41");
  EXPECT_EQ(a1(1048575, 16383), "XFD1048576");
  auto r = parse_a1("$AB$12");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->row, 11u);
  EXPECT_EQ(r->col, 27u);
  EXPECT_FALSE(parse_a1("XFE1"));
  EXPECT_FALSE(parse_a1("A0"));
  EXPECT_FALSE(parse_a1("A1048577"));
  EXPECT_FALSE(parse_a1("1A"));
}

TEST(Dates, SerialsInBothSystems) {
  EXPECT_EQ(serial_to_iso(42736, false), "2017-01-01T00:00:00");
  EXPECT_EQ(serial_to_iso(42736 - 1462, true), "2017-01-01T00:00:00");
  EXPECT_EQ(serial_to_iso(1, false), "1900-01-01T00:00:00");
  EXPECT_EQ(serial_to_iso(61, false), "1900-03-01T00:00:00");
  EXPECT_EQ(serial_to_iso(42736.5, false), "2017-01-01T12:00:00");
}

TEST(TextShare, RepeatsShareOneCopyAndDistinctTextsPastTheBoundStillRead) {
  TextShare share;
  SharedText a = share.get("Children's services"), b = share.get("Children's services");
  SharedText c = share.get("Contracts, procurement and commercial");
  EXPECT_EQ(&a.str(), &b.str()); // the same copy
  EXPECT_NE(&a.str(), &c.str());
  EXPECT_EQ(c.str(), "Contracts, procurement and commercial");
  for (int i = 0; i < 3000; ++i) EXPECT_EQ(share.get("ws " + std::to_string(i)).str(), "ws " + std::to_string(i));
  EXPECT_EQ(&share.get("Children's services").str(), &a.str()); // kept from before the bound was reached
  EXPECT_EQ(share.get("").str(), "");
  EXPECT_EQ(SharedText().str(), ""); // empty without a copy of its own
}
