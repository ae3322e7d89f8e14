// Revenue and order forecasts with prediction intervals under the current
// filter, a backtest, seasonality and anomaly flags:
//   (1) the series: monthly with a yearly season when the selection spans
//       32 months or more (two seasons, two more months and a 6-month
//       backtest), else daily with a weekly season;
//   (2) backtest: additive and (strictly positive series) multiplicative
//       Holt-Winters fitted without the last `horizon` points, their
//       forecasts of them scored by MAPE and sMAPE;
//   (3) the fit on the whole series, the forecast with 95 % intervals, by
//       the model with the lower backtest sMAPE (additive without a backtest);
//   (4) anomalies: points whose ADDITIVE one-step residual has a robust z-score
//       above 3.5; the seasonal profile from the final seasonal states;
//   (5) the classical additive decomposition (trend, seasonal, residual;
//       decomposition.h), except on the revenue-only path.
#pragma once

#include <limits>
#include <string>
#include <vector>

#include "analytics/daily_revenue.h"
#include "analytics/fact_index.h"
#include "analytics/forecast/decomposition.h"
#include "analytics/filter.h"
#include "analytics/forecast/holt_winters.h"

namespace starcart::forecast {

struct Anomaly {
  int index = 0;        // into actual
  double actual = 0, expected = 0, z = 0;
};

struct SeriesForecast {
  std::vector<double> actual;
  std::vector<double> fitted;  // the additive fit's, per point; NaN for the first season (initialisation)
  std::vector<double> forecast, lower, upper;  // per future period
  // The model that forecasts: "additive", or "multiplicative" when the
  // backtest ran, the series is strictly positive and its sMAPE is lower
  // (ties: additive). params, sigma and the backtest figures are its; sigma
  // is of relative errors for the multiplicative model (its interval is
  // forecast × (1 ± 1.96 σ √v_h), holt_winters_multiplicative.h).
  std::string model = "additive";
  HwParams params;
  double sigma = 0;
  double backtest_mape = 0, backtest_smape = 0;  // percent; NaN when a held-out actual is 0 (MAPE)
  // Both models' backtest sMAPE (percent); NaN without the backtest, and the
  // multiplicative one NaN for a series with a value ≤ 0.
  double additive_smape = std::numeric_limits<double>::quiet_NaN();
  double multiplicative_smape = std::numeric_limits<double>::quiet_NaN();
  std::vector<Anomaly> anomalies;
  std::vector<double> seasonal;  // m values: the effect of each day of week / month of year
  Decomposition decomposition;   // (5); empty on the revenue-only path (ForecastParts::orders and backtest false)
};

struct Forecast {
  bool fitted = false;
  std::string note;
  bool monthly = false;
  int season = 0, horizon = 0;
  std::vector<std::string> labels;         // per actual point: "2024-03-05" or "2024-03"
  std::vector<Day> days;                   // per actual point: its day, or its month's first day
  std::vector<std::string> future_labels;  // per forecast period
  std::vector<std::string> season_labels;  // "Mon".. or "Jan".., aligned with SeriesForecast::seasonal
  SeriesForecast revenue, orders;
  double compute_ms = 0;
};

// Which parts to compute. The Trends and Predict tabs show everything; the
// Overview's insights need only the revenue fit's residuals (its anomalies),
// a quarter of the Holt-Winters fits, on a filter change at 1M lines.
struct ForecastParts {
  bool orders = true;    // the orders series (else f.orders stays empty)
  bool backtest = true;  // (2) (else backtest_mape and backtest_smape are NaN)
  // (5) runs unless both are false: that is the Overview insights' path,
  // which reads only the anomalies and is on the filter-change budget.
};

Forecast analyze_forecast(const FactIndex& index, const Selection& selection, ForecastParts parts = {});

// The revenue part alone (ForecastParts::orders false) from the selection's
// daily sums taken already (daily_revenue(index, selection), or a pass that
// summed them on the way): analyze_forecast without its pass over the lines.
Forecast analyze_revenue_forecast(const FactIndex& index, const Selection& selection, const DailyRevenue& daily,
                                  bool backtest);

// (2)-(4) on one series (exposed for tests).
SeriesForecast forecast_series(const std::vector<double>& y, int season, int horizon, bool backtest = true);

}  // namespace starcart::forecast
