// Holt-Winters recursions, intervals and robust z-scores against hand work.
#include <doctest.h>

#include <cmath>

#include "analytics/forecast/holt_winters.h"

using namespace starcart::forecast;

TEST_CASE("Holt-Winters recursion worked by hand (m = 2)") {
  // y = 1, 3, 2, 4, 4 with α = β = γ = 0.5.
  // Init: level₀ = 2, trend₀ = (3 − 2) / 2 = 0.5, S₀ = 1 − 1.75 = −0.75,
  // S₁ = 3 − 2.25 = 0.75; state at t = 1: level 2.25, trend 0.5.
  // t=2: f = 2.25 + 0.5 − 0.75 = 2; level 2.75, trend 0.5, S₀ = −0.75.
  // t=3: f = 2.75 + 0.5 + 0.75 = 4; level 3.25, trend 0.5, S₁ = 0.75.
  // t=4: f = 3.25 + 0.5 − 0.75 = 3 (y = 4, error 1); level = 0.5·4.75 + 0.5·3.75 = 4.25,
  //      trend = 0.5·1 + 0.5·0.5 = 0.75, S₀ = 0.5·(−0.25) + 0.5·(−0.75) = −0.5.
  // Forecasts: h=1: 4.25 + 0.75 + S₁ 0.75 = 5.75; h=2: 4.25 + 1.5 + S₀ −0.5 = 5.25.
  HwRun r = holt_winters_run({1, 3, 2, 4, 4}, 2, HwParams{0.5, 0.5, 0.5});
  REQUIRE(r.fitted.size() == 3);
  CHECK(r.fitted[0] == doctest::Approx(2.0));
  CHECK(r.fitted[1] == doctest::Approx(4.0));
  CHECK(r.fitted[2] == doctest::Approx(3.0));
  CHECK(r.sse == doctest::Approx(1.0));
  CHECK(holt_winters_forecast(r, 1) == doctest::Approx(5.75));
  CHECK(holt_winters_forecast(r, 2) == doctest::Approx(5.25));
}

TEST_CASE("Holt-Winters reproduces a noiseless trend plus season exactly") {
  // y_t = 10 + 2t + s[t mod 4], s = 3, −1, −4, 2: the initial state is exact,
  // so every one-step error is 0 and the forecast continues the formula.
  const double s[4] = {3, -1, -4, 2};
  std::vector<double> y;
  for (int t = 0; t < 24; ++t) y.push_back(10 + 2 * t + s[t % 4]);
  HwFit f = fit_holt_winters(y, 4);
  CHECK(f.run.sse == doctest::Approx(0.0).epsilon(1e-18));
  CHECK(f.sigma == doctest::Approx(0.0));
  for (int h = 1; h <= 8; ++h) CHECK(holt_winters_forecast(f.run, h) == doctest::Approx(10 + 2 * (23 + h) + s[(23 + h) % 4]));
}

TEST_CASE("Holt-Winters interval variance factor by hand") {
  const HwParams p{0.5, 0.2, 0.1};
  CHECK(holt_winters_variance_factor(p, 4, 1) == doctest::Approx(1.0));
  CHECK(holt_winters_variance_factor(p, 4, 2) == doctest::Approx(1.36));  // 1 + 0.6²
  // c_j = 0.5(1 + 0.2j) (+0.1 at j = 4): 0.6, 0.7, 0.8, 1.0 → 1 + 0.36 + 0.49 + 0.64 + 1.
  CHECK(holt_winters_variance_factor(p, 4, 5) == doctest::Approx(3.49));
}

TEST_CASE("robust z-scores by hand") {
  // median 0.5; |r − 0.5| = 0.5 1.5 1.5 2.5 0.5 19.5, MAD 1.5; z(20) = 0.6745·19.5/1.5.
  std::vector<double> z = robust_z({1, -1, 2, -2, 0, 20});
  CHECK(z[5] == doctest::Approx(0.6745 * 19.5 / 1.5));
  CHECK(z[0] == doctest::Approx(0.6745 * 0.5 / 1.5));
  for (int i = 0; i < 5; ++i) CHECK(std::fabs(z[i]) < 3.5);
}
