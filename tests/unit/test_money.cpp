#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

#include "core/money.hpp"

using fundbook::Money;

TEST(Money, SumsTenThousandTenthsExactly) {
  // 0.1 + 0.2 style figures (in £000) over 10,000 rows: binary floating
  // point drifts, pence do not.
  Money total;
  double drift = 0;
  for (int i = 0; i < 10000; ++i) {
    double v = (i % 2) ? 0.1 : 0.2;
    total += *Money::from_units(v, 100000);
    drift += v;
  }
  EXPECT_EQ(total.pence(), 1500LL * 100000);
  EXPECT_EQ(total.decimal(), "1500");
  EXPECT_NE(drift, 1500.0); // the double sum is not exact; ours is
}

TEST(Money, DecimalAndDisplay) {
  EXPECT_EQ(Money::thousands(-1941).decimal(), "-1941");
  EXPECT_EQ(Money::thousands(-1941).display(), "-1,941");
  EXPECT_EQ(Money::from_units(0.5, 100000)->decimal(), "0.5");
  EXPECT_EQ(Money::from_units(4139400, 100)->display(100), "4,139,400");
  EXPECT_EQ(Money::from_units(-0.00001, 100000)->decimal(), "-0.00001");
  EXPECT_EQ(Money().decimal(), "0");
  EXPECT_EQ(Money::thousands(1312).display(), "1,312");
}

TEST(Money, DecimalIsExactForEveryUnitAndTheExtremes) {
  // The decimal text worked out the long way (integer part, then each
  // decimal digit of the remainder, trailing zeros dropped) for pence at
  // the edges and pseudo-random ones, in pounds, £000 and £m.
  auto expected = [](std::int64_t p, std::int64_t unit) {
    bool neg = p < 0;
    std::uint64_t a = neg ? static_cast<std::uint64_t>(-(p + 1)) + 1 : static_cast<std::uint64_t>(p);
    std::uint64_t u = static_cast<std::uint64_t>(unit);
    std::string s = std::to_string(a / u), f;
    for (std::uint64_t d = u / 10; d > 0; d /= 10) f += char('0' + (a % u / d) % 10);
    while (!f.empty() && f.back() == '0') f.pop_back();
    if (!f.empty()) s += "." + f;
    return neg ? "-" + s : s;
  };
  std::vector<std::int64_t> pence = {0,
                                     1,
                                     -1,
                                     99,
                                     -100,
                                     100000,
                                     -100001,
                                     std::numeric_limits<std::int64_t>::max(),
                                     std::numeric_limits<std::int64_t>::min() + 1,
                                     Money::kMaxFigurePence,
                                     -Money::kMaxFigurePence};
  std::uint64_t x = 88172645463325252ULL;
  for (int i = 0; i < 20000; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    pence.push_back(static_cast<std::int64_t>(x >> (x % 60)) * ((x & 1) ? -1 : 1));
  }
  for (std::int64_t unit : {std::int64_t{1}, std::int64_t{100}, std::int64_t{100000}, std::int64_t{100000000},
                            std::int64_t{1000000000000000000}})
    for (std::int64_t p : pence) ASSERT_EQ(Money::from_pence(p).decimal(unit), expected(p, unit)) << p << " " << unit;
  EXPECT_EQ(Money::from_pence(-1234567).decimal(100000), "-12.34567");
  EXPECT_EQ(Money::from_pence(1230000).decimal(100000), "12.3");
}

TEST(Money, UnitsConvertExactly) {
  EXPECT_EQ(*Money::from_units(95133, 100), *Money::from_units(95.133, 100000));
  EXPECT_EQ(*Money::from_units(1.2, 100000000), Money::thousands(1200));
}

TEST(Money, FigureBeyondWhatACellCanHoldIsRefusedNotWrapped) {
  // 100,000,000,000,000 in a £000 column is 10^19 pence, past 2^63.
  EXPECT_FALSE(Money::from_units(1e14, 100000).has_value());
  EXPECT_FALSE(Money::from_units(-1e14, 100000).has_value());
  EXPECT_FALSE(Money::from_units(1e308, 100).has_value());
  EXPECT_FALSE(Money::from_units(std::numeric_limits<double>::infinity(), 100).has_value());
  EXPECT_FALSE(Money::from_units(std::numeric_limits<double>::quiet_NaN(), 100).has_value());
  // The limit is 2^53 pence: exact to the penny, and the largest figure taken.
  double limit_pounds = double(Money::kMaxFigurePence) / 100;
  ASSERT_TRUE(Money::from_units(limit_pounds, 100).has_value());
  EXPECT_EQ(Money::from_units(limit_pounds, 100)->pence(), Money::kMaxFigurePence);
  EXPECT_EQ(Money::from_units(-limit_pounds, 100)->pence(), -Money::kMaxFigurePence);
  EXPECT_FALSE(Money::from_units(limit_pounds * 1.01, 100).has_value());
  // A council's largest plausible figures are far inside it.
  EXPECT_EQ(Money::from_units(2.5e9, 100000)->decimal(), "2500000000"); // £2.5 trillion, in £000
}

TEST(Money, SumsThatOverflowSaySoAndStaySo) {
  Money big = Money::from_pence(std::numeric_limits<std::int64_t>::max() - 5);
  Money sum = big + Money::from_pence(10);
  EXPECT_TRUE(sum.is_too_large());
  EXPECT_TRUE((sum + Money::from_pence(-100)).is_too_large()); // never back into range
  EXPECT_TRUE((Money::from_pence(-100) + sum).is_too_large());
  EXPECT_TRUE((-big - Money::from_pence(10)).is_too_large());
  EXPECT_TRUE((-sum).is_too_large());
  EXPECT_TRUE(sum.abs().is_too_large());
  EXPECT_FALSE(sum.positive());
  EXPECT_FALSE(sum.negative());
  EXPECT_EQ(sum, Money::too_large());
  EXPECT_NE(sum, big);
  Money acc = big;
  acc += big;
  EXPECT_TRUE(acc.is_too_large());
  acc = -big;
  acc -= big;
  EXPECT_TRUE(acc.is_too_large());
  EXPECT_TRUE(Money::thousands(std::numeric_limits<std::int64_t>::max() / 1000).is_too_large());
  EXPECT_NE(sum.display().find("more than fundbook can add up"), std::string::npos);
  // The most negative count of pence is the marker itself, so every other
  // amount negates and takes its absolute value safely.
  Money low = Money::from_pence(std::numeric_limits<std::int64_t>::min() + 1);
  EXPECT_FALSE(low.is_too_large());
  EXPECT_EQ((-low).pence(), std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(low.abs().pence(), std::numeric_limits<std::int64_t>::max());
}

TEST(Money, AThousandLargestFiguresStillAddUpExactly) {
  Money m = Money::from_pence(Money::kMaxFigurePence), total;
  for (int i = 0; i < 1023; ++i) total += m;
  EXPECT_FALSE(total.is_too_large());
  EXPECT_EQ(total.pence(), Money::kMaxFigurePence * 1023);
}

TEST(Money, DisplayShowsAtLeastTheTablesDecimals) {
  // A table written to the penny: pence are two digits, whole pounds get ".00".
  EXPECT_EQ(Money::from_pence(46827442).display(100, 2), "468,274.42");
  EXPECT_EQ(Money::from_pence(46827440).display(100, 2), "468,274.40");
  EXPECT_EQ(Money::from_pence(-46827400).display(100, 2), "-468,274.00");
  EXPECT_EQ(Money::from_pence(46827440).display(100), "468,274.4");
  // Finer than asked stays as it is.
  EXPECT_EQ(Money::from_pence(1234567).display(10000, 2), "123.4567");
  EXPECT_EQ(Money::from_pence(5).display(10, 1), "0.5");
}
