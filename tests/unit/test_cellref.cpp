#include <gtest/gtest.h>

#include "core/cellref.hpp"
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
