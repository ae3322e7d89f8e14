// Multiplicative Holt-Winters against hand work, and the model choice by
// backtest sMAPE (forecast_series).
#include <doctest.h>

#include <cmath>

#include "analytics/forecast/forecast_analysis.h"
#include "analytics/forecast/holt_winters_multiplicative.h"

using namespace starcart::forecast;

TEST_CASE("multiplicative Holt-Winters recursion worked by hand (m = 2)") {
  // y = 2, 6, 3, 9, 5 with α = β = γ = ½, in exact fractions.
  // Init: level₀ = (2 + 6)/2 = 4, trend₀ = ((3 + 9) − (2 + 6)) / 2 / 2 = 1,
  //   S₀ = 2 / (4 − ½) = 4/7, S₁ = 6 / (4 + ½) = 4/3; state at t = 1: level 9/2, trend 1.
  // t=2: ŷ = (9/2 + 1)·4/7 = 22/7; ℓ = ½·3/(4/7) + ½·11/2 = 21/8 + 11/4 = 43/8;
  //      b = ½(43/8 − 9/2) + ½ = 7/16 + 8/16 = 15/16; S₀ = ½·3/(43/8) + ½·4/7 = 12/43 + 2/7 = 170/301.
  // t=3: ŷ = (43/8 + 15/16)·4/3 = (101/16)·4/3 = 101/12;
  //      ℓ = ½·9/(4/3) + ½·101/16 = 27/8 + 101/32 = 209/32;
  //      b = ½(209/32 − 172/32) + ½·15/16 = 37/64 + 30/64 = 67/64;
  //      S₁ = ½·9/(209/32) + ½·4/3 = 144/209 + 2/3 = 850/627.
  // t=4: ŷ = (209/32 + 67/64)·170/301 = (485/64)·(170/301) = 82450/19264 = 41225/9632;
  //      ℓ = ½·5/(170/301) + ½·485/64 = 301/68 + 485/128 = 17877/2176;
  //      b = ½(17877/2176 − 209/32) + ½·67/64 = ½·3665/2176 + 67/128 = 5943/4352;
  //      S₀ = ½·5/(17877/2176) + ½·170/301 = 5440/17877 + 85/301 = 3156985/5380977.
  // Forecasts: h=1: (ℓ + b)·S₁ = (41697/4352)·(850/627) = 347475/26752;
  //            h=2: (ℓ + 2b)·S₀ = (47640/4352)·S₀ = 368624425/57397088.
  HwRun r = holt_winters_mul_run({2, 6, 3, 9, 5}, 2, HwParams{0.5, 0.5, 0.5});
  REQUIRE(r.fitted.size() == 3);
  CHECK(r.fitted[0] == doctest::Approx(22.0 / 7));
  CHECK(r.fitted[1] == doctest::Approx(101.0 / 12));
  CHECK(r.fitted[2] == doctest::Approx(41225.0 / 9632));
  CHECK(r.level == doctest::Approx(17877.0 / 2176));
  CHECK(r.trend == doctest::Approx(5943.0 / 4352));
  const double e0 = 3 - 22.0 / 7, e1 = 9 - 101.0 / 12, e2 = 5 - 41225.0 / 9632;
  CHECK(r.sse == doctest::Approx(e0 * e0 + e1 * e1 + e2 * e2));
  CHECK(holt_winters_mul_forecast(r, 1) == doctest::Approx(347475.0 / 26752));
  CHECK(holt_winters_mul_forecast(r, 2) == doctest::Approx(368624425.0 / 57397088));
}

TEST_CASE("multiplicative Holt-Winters needs a strictly positive series") {
  CHECK(strictly_positive({1, 2, 3}));
  CHECK_FALSE(strictly_positive({1, 0, 3}));
  CHECK(fit_holt_winters_mul({1, 2, 0, 4, 1, 2, 3, 4, 5, 6}, 2).run.season.empty());
  // A series with a 0: the additive model forecasts, no multiplicative sMAPE.
  std::vector<double> y;
  for (int t = 0; t < 60; ++t) y.push_back(t % 7 == 6 ? 0.0 : 10.0 + t % 7);
  const SeriesForecast s = forecast_series(y, 7, 14);
  CHECK(s.model == "additive");
  CHECK(std::isnan(s.multiplicative_smape));
  CHECK_FALSE(std::isnan(s.additive_smape));
}

namespace {

// 12 weeks with a weekly season and a small deterministic wobble: the
// season multiplies the level (its amplitude grows with it) or adds to it.
std::vector<double> weekly(bool multiplicative) {
  const double ratio[7] = {1.3, 0.8, 0.7, 1.0, 1.1, 1.4, 0.7};  // mean 1
  const double add[7] = {15, -10, -15, 0, 5, 20, -15};           // sum 0
  std::vector<double> y;
  for (int t = 0; t < 84; ++t) {
    const double level = 50 + 3 * t, wobble = 0.4 * ((t * 3) % 5 - 2);
    y.push_back(multiplicative ? level * ratio[t % 7] + wobble : level + add[t % 7] + wobble);
  }
  return y;
}

}  // namespace

TEST_CASE("a growing seasonal amplitude picks the multiplicative model, a constant one the additive") {
  const SeriesForecast grow = forecast_series(weekly(true), 7, 14);
  CHECK(grow.model == "multiplicative");
  CHECK(grow.multiplicative_smape < grow.additive_smape);
  CHECK(grow.backtest_smape == grow.multiplicative_smape);
  // Its interval: forecast × (1 ± 1.96 σ_rel √v_h), around the forecast and widening.
  for (size_t k = 0; k < grow.forecast.size(); ++k) {
    CHECK(grow.lower[k] < grow.forecast[k]);
    CHECK(grow.upper[k] > grow.forecast[k]);
    CHECK((grow.upper[k] - grow.forecast[k]) / grow.forecast[k] ==
          doctest::Approx(1.96 * grow.sigma * std::sqrt(holt_winters_variance_factor(grow.params, 7, static_cast<int>(k) + 1))));
  }
  const SeriesForecast flat = forecast_series(weekly(false), 7, 14);
  CHECK(flat.model == "additive");
  CHECK(flat.additive_smape <= flat.multiplicative_smape);
  CHECK(flat.backtest_smape == flat.additive_smape);
  // Without a backtest there is no choice: additive.
  CHECK(forecast_series(weekly(true), 7, 14, false).model == "additive");
}

TEST_CASE("the anomalies stay on the additive fit whichever model forecasts") {
  std::vector<double> y = weekly(true);
  y[40] += 150;
  const SeriesForecast full = forecast_series(y, 7, 14);
  const SeriesForecast additive_only = forecast_series(y, 7, 14, false);
  REQUIRE(full.anomalies.size() == additive_only.anomalies.size());
  for (size_t i = 0; i < full.anomalies.size(); ++i) {
    CHECK(full.anomalies[i].index == additive_only.anomalies[i].index);
    CHECK(full.anomalies[i].z == additive_only.anomalies[i].z);
  }
  REQUIRE(full.fitted.size() == additive_only.fitted.size());
  for (size_t t = 7; t < full.fitted.size(); ++t) CHECK(full.fitted[t] == additive_only.fitted[t]);  // NaN before
}
