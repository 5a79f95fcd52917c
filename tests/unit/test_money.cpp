#include <gtest/gtest.h>

#include "core/money.hpp"

using fundbook::Money;

TEST(Money, SumsTenThousandTenthsExactly) {
  // 0.1 + 0.2 style figures (in £000) over 10,000 rows: binary floating
  // point drifts, pence do not.
  Money total;
  double drift = 0;
  for (int i = 0; i < 10000; ++i) {
    double v = (i % 2) ? 0.1 : 0.2;
    total += Money::from_units(v, 100000);
    drift += v;
  }
  EXPECT_EQ(total.pence(), 1500LL * 100000);
  EXPECT_EQ(total.decimal(), "1500");
  EXPECT_NE(drift, 1500.0); // the double sum is not exact; ours is
}

TEST(Money, DecimalAndDisplay) {
  EXPECT_EQ(Money::thousands(-1941).decimal(), "-1941");
  EXPECT_EQ(Money::thousands(-1941).display(), "-1,941");
  EXPECT_EQ(Money::from_units(0.5, 100000).decimal(), "0.5");
  EXPECT_EQ(Money::from_units(4139400, 100).display(100), "4,139,400");
  EXPECT_EQ(Money::from_units(-0.00001, 100000).decimal(), "-0.00001");
  EXPECT_EQ(Money().decimal(), "0");
  EXPECT_EQ(Money::thousands(1312).display(), "1,312");
}

TEST(Money, UnitsConvertExactly) {
  EXPECT_EQ(Money::from_units(95133, 100), Money::from_units(95.133, 100000));
  EXPECT_EQ(Money::from_units(1.2, 100000000), Money::thousands(1200));
}
