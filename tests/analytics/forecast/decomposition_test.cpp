// Classical additive decomposition against hand work, and a noiseless
// trend plus season recovered exactly.
#include <doctest.h>

#include <cmath>

#include "analytics/forecast/decomposition.h"

using namespace starcart::forecast;

TEST_CASE("classical decomposition worked by hand (m = 4, 12 points)") {
  // y = 2 6 4 8 | 4 8 6 14 | 6 11 8 12, m = 4 (even: a 2×4 MA),
  // trend_t = (½y[t−2] + y[t−1] + y[t] + y[t+1] + ½y[t+2]) / 4, t = 2..9:
  //   t=2: (1 + 6 + 4 + 8 + 2) / 4 = 21/4 = 5.25
  //   t=3: (3 + 4 + 8 + 4 + 4) / 4 = 23/4 = 5.75
  //   t=4: (2 + 8 + 4 + 8 + 3) / 4 = 25/4 = 6.25
  //   t=5: (4 + 4 + 8 + 6 + 7) / 4 = 29/4 = 7.25
  //   t=6: (2 + 8 + 6 + 14 + 3) / 4 = 33/4 = 8.25
  //   t=7: (4 + 6 + 14 + 6 + 5.5) / 4 = 35.5/4 = 8.875
  //   t=8: (3 + 14 + 6 + 11 + 4) / 4 = 38/4 = 9.5
  //   t=9: (7 + 6 + 11 + 8 + 6) / 4 = 38/4 = 9.5
  // y − trend: t2 −1.25 (slot 2), t3 2.25 (3), t4 −2.25 (0), t5 0.75 (1),
  //            t6 −2.25 (2), t7 5.125 (3), t8 −3.5 (0), t9 1.5 (1).
  // Slot means: s0 = −2.875, s1 = 1.125, s2 = −1.75, s3 = 3.6875; their sum
  // 0.1875, mean 0.046875; centred: −2.921875, 1.078125, −1.796875, 3.640625.
  // Residuals: t2 = 4 − 5.25 + 1.796875 = 0.546875; t4 = 4 − 6.25 + 2.921875 =
  // 0.671875; t7 = 14 − 8.875 − 3.640625 = 1.484375.
  const Decomposition d = decompose_additive({2, 6, 4, 8, 4, 8, 6, 14, 6, 11, 8, 12}, 4);
  REQUIRE(d.trend.size() == 12);
  REQUIRE(d.index.size() == 4);
  for (int t : {0, 1, 10, 11}) {
    CHECK(std::isnan(d.trend[t]));
    CHECK(std::isnan(d.residual[t]));
  }
  const double trend[8] = {5.25, 5.75, 6.25, 7.25, 8.25, 8.875, 9.5, 9.5};
  for (int t = 2; t <= 9; ++t) CHECK(d.trend[t] == doctest::Approx(trend[t - 2]));
  CHECK(d.index[0] == doctest::Approx(-2.921875));
  CHECK(d.index[1] == doctest::Approx(1.078125));
  CHECK(d.index[2] == doctest::Approx(-1.796875));
  CHECK(d.index[3] == doctest::Approx(3.640625));
  CHECK(d.seasonal[11] == doctest::Approx(3.640625));  // slot 3, even where the trend is undefined
  CHECK(d.residual[2] == doctest::Approx(0.546875));
  CHECK(d.residual[4] == doctest::Approx(0.671875));
  CHECK(d.residual[7] == doctest::Approx(1.484375));
}

TEST_CASE("classical decomposition recovers a noiseless trend plus season exactly") {
  // A centred MA of one whole season (2×m when m is even) removes a season
  // that sums to 0 and keeps a linear trend: the components come back exact.
  for (int m : {4, 7, 12}) {
    std::vector<double> s(m);
    double sum = 0;
    for (int k = 0; k < m; ++k) sum += s[k] = (k * 37 % 11) - 3.0;
    for (double& v : s) v -= sum / m;
    std::vector<double> y;
    for (int t = 0; t < 5 * m + 3; ++t) y.push_back(100 + 2.5 * t + s[t % m]);
    const Decomposition d = decompose_additive(y, m);
    REQUIRE(d.index.size() == static_cast<size_t>(m));
    for (int k = 0; k < m; ++k) CHECK(d.index[k] == doctest::Approx(s[k]).epsilon(1e-9));
    for (int t = m / 2; t < static_cast<int>(y.size()) - m / 2; ++t) {
      CHECK(d.trend[t] == doctest::Approx(100 + 2.5 * t).epsilon(1e-9));
      CHECK(std::fabs(d.residual[t]) < 1e-9);
    }
  }
}

TEST_CASE("classical decomposition needs two seasons") {
  CHECK(decompose_additive({1, 2, 3, 4, 5, 6, 7}, 4).trend.empty());
  CHECK(decompose_additive({1, 2, 3}, 1).trend.empty());
}
