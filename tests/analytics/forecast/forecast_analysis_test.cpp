// The forecast section on a small shop: series granularity and labels.
#include <doctest.h>

#include <cmath>
#include <string>

#include "analytics/forecast/forecast_analysis.h"
#include "core/date.h"
#include "support/test_data.h"

using namespace starcart;
using namespace starcart::forecast;

namespace {

// One order a day of 10 (20 on Saturdays), 2024-01-01 (a Monday) .. 2024-03-10.
std::string seventy_days_csv() {
  std::string csv = "order_id,order_date,customer_id,sku,quantity,unit_price\n";
  const Day first = days_from_civil(2024, 1, 1);
  for (int t = 0; t < 70; ++t)
    csv += std::to_string(t + 1) + "," + format_iso_date(first + t) + ",K" + std::to_string(t % 9) + ",A,1," +
           (t % 7 == 5 ? "20" : "10") + "\n";
  return csv;
}

}  // namespace

TEST_CASE("forecast on 70 days of orders: daily series, weekly season") {
  auto s = test::load_csv("daily.csv", seventy_days_csv());
  REQUIRE(s.ok());
  FactIndex x = build_fact_index(*s);
  Forecast f = analyze_forecast(x, select_lines(*s, Filter{}));
  REQUIRE(f.fitted);
  CHECK_FALSE(f.monthly);
  CHECK(f.season == 7);
  CHECK(f.horizon == 28);
  CHECK(f.labels.size() == 70);
  CHECK(f.labels[0] == "2024-01-01");
  CHECK(f.future_labels[0] == "2024-03-11");
  CHECK(f.season_labels[0] == "Mon");
  CHECK(f.revenue.actual[5] == doctest::Approx(20.0));
  CHECK(f.orders.actual[5] == doctest::Approx(1.0));
  // The series repeats exactly: the forecast repeats it too.
  CHECK(f.revenue.forecast[5] == doctest::Approx(20.0).epsilon(1e-6));  // 2024-03-16, a Saturday
  CHECK(f.revenue.forecast[0] == doctest::Approx(10.0).epsilon(1e-6));
  CHECK(f.revenue.seasonal[5] > f.revenue.seasonal[0]);
}

TEST_CASE("forecast needs enough history") {
  auto s = test::load_csv("short.csv", "order_id,order_date,customer_id,sku,quantity,unit_price\n"
                                       "1,2024-01-01,K,A,1,10\n2,2024-01-05,K,A,1,10\n");
  REQUIRE(s.ok());
  FactIndex x = build_fact_index(*s);
  Forecast f = analyze_forecast(x, select_lines(*s, Filter{}));
  CHECK_FALSE(f.fitted);
  CHECK(f.note.find("too short") != std::string::npos);
}

TEST_CASE("forecast flags a planted spike and backtests a clean series") {
  // Trend + weekly season + a small deterministic wobble; +100 on day 40.
  const double s[7] = {5, -2, -3, 0, 1, 4, -5};
  std::vector<double> y;
  for (int t = 0; t < 84; ++t) y.push_back(50 + 0.5 * t + s[t % 7] + 0.5 * ((t * 3) % 5 - 2));
  SeriesForecast clean = forecast_series(y, 7, 14);
  CHECK(clean.anomalies.empty());
  CHECK(clean.backtest_smape < 5.0);  // a few percent on a series this regular
  REQUIRE(clean.forecast.size() == 14);
  for (int k = 0; k < 14; ++k) {
    CHECK(clean.lower[k] <= clean.forecast[k]);
    CHECK(clean.upper[k] >= clean.forecast[k]);
  }
  // Intervals widen with the horizon.
  CHECK(clean.upper[13] - clean.lower[13] > clean.upper[0] - clean.lower[0]);
  y[40] += 100;
  SeriesForecast spiked = forecast_series(y, 7, 14);
  REQUIRE(!spiked.anomalies.empty());
  const Anomaly* top = &spiked.anomalies[0];
  for (const Anomaly& a : spiked.anomalies)
    if (std::fabs(a.z) > std::fabs(top->z)) top = &a;
  CHECK(top->index == 40);
  CHECK(top->z > 3.5);
}

TEST_CASE("without the backtest a series is fitted on all of it: the same fit, the same anomalies") {
  // The spiked series above: the planted day is found either way, and the
  // fit on the whole series (3) does not depend on the backtest (2).
  const double s[7] = {5, -2, -3, 0, 1, 4, -5};
  std::vector<double> y;
  for (int t = 0; t < 84; ++t) y.push_back(50 + 0.5 * t + s[t % 7] + 0.5 * ((t * 3) % 5 - 2));
  y[40] += 100;
  const SeriesForecast full = forecast_series(y, 7, 14);
  const SeriesForecast part = forecast_series(y, 7, 14, /*backtest=*/false);
  CHECK(std::isnan(part.backtest_mape));
  CHECK(std::isnan(part.backtest_smape));
  CHECK_FALSE(std::isnan(full.backtest_smape));
  REQUIRE(part.anomalies.size() == full.anomalies.size());
  for (size_t i = 0; i < full.anomalies.size(); ++i) {
    CHECK(part.anomalies[i].index == full.anomalies[i].index);
    CHECK(part.anomalies[i].z == full.anomalies[i].z);
  }
  CHECK(part.forecast == full.forecast);
  CHECK(part.params.alpha == full.params.alpha);
}

TEST_CASE("the revenue-only forecast leaves the orders series out") {
  auto st = test::load_csv("daily.csv", seventy_days_csv());
  REQUIRE(st.ok());
  FactIndex x = build_fact_index(*st);
  ForecastParts parts;
  parts.orders = false;
  parts.backtest = false;
  Forecast f = analyze_forecast(x, select_lines(*st, Filter{}), parts);
  REQUIRE(f.fitted);
  CHECK(f.orders.actual.empty());
  CHECK(f.revenue.actual.size() == 70);
  CHECK(f.revenue.forecast[5] == doctest::Approx(20.0).epsilon(1e-6));  // 2024-03-16, a Saturday
}

TEST_CASE("the revenue forecast from daily sums is the full forecast's revenue part") {
  // analyze_forecast with the orders sums revenue per point in its own pass
  // over the lines; the revenue-only forecast reads the daily sums.
  const FactStore& s = test::demo_store();
  FactIndex x = build_fact_index(s);
  Filter year;
  year.from = s.last_day - 364;
  for (const Filter& f : {Filter{}, year}) {
    const Selection sel = select_lines(s, f);
    const Forecast full = analyze_forecast(x, sel);
    const Forecast part = analyze_revenue_forecast(x, sel, daily_revenue(x, sel), true);
    REQUIRE(full.fitted);
    REQUIRE(part.fitted);
    CHECK(part.monthly == full.monthly);
    CHECK(part.labels == full.labels);
    CHECK(part.revenue.actual == full.revenue.actual);
    CHECK(part.revenue.forecast == full.revenue.forecast);
    CHECK(part.revenue.backtest_smape == full.revenue.backtest_smape);
    CHECK(part.orders.actual.empty());
  }
}

TEST_CASE("forecast decomposes the series except on the revenue-only path") {
  auto s = test::load_csv("daily.csv", seventy_days_csv());
  REQUIRE(s.ok());
  FactIndex x = build_fact_index(*s);
  const Selection sel = select_lines(*s, Filter{});
  Forecast f = analyze_forecast(x, sel);
  REQUIRE(f.fitted);
  // 10 a day, 20 on Saturdays (slot 5 from a Monday): the 7-day MA is
  // (6·10 + 20) / 7 = 80/7 everywhere; Saturday's index 20 − 80/7 = 60/7,
  // the others' 10 − 80/7 = −10/7 (they sum to 0); residuals 0.
  REQUIRE(f.revenue.decomposition.index.size() == 7);
  CHECK(f.revenue.decomposition.index[5] == doctest::Approx(60.0 / 7));
  CHECK(f.revenue.decomposition.index[0] == doctest::Approx(-10.0 / 7));
  CHECK(std::isnan(f.revenue.decomposition.trend[2]));
  CHECK(f.revenue.decomposition.trend[3] == doctest::Approx(80.0 / 7));
  CHECK(f.revenue.decomposition.residual[40] == doctest::Approx(0.0));
  CHECK(f.orders.decomposition.trend.size() == 70);
  ForecastParts revenue_only;
  revenue_only.orders = revenue_only.backtest = false;
  Forecast quick = analyze_forecast(x, sel, revenue_only);
  REQUIRE(quick.fitted);
  CHECK(quick.revenue.decomposition.trend.empty());
}
