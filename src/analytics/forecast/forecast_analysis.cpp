#include "analytics/forecast/forecast_analysis.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "analytics/forecast/holt_winters_multiplicative.h"

namespace starcart::forecast {

namespace {

// The backtest's MAPE and sMAPE (percent) of forecasts f(k), k = 1..h, of
// the last h points of y; MAPE NaN when one of them is 0.
template <class F>
void score(const std::vector<double>& y, int h, F f, double& mape, double& smape) {
  double ape = 0, sape = 0;
  bool zero = false;
  for (int k = 1; k <= h; ++k) {
    const double a = y[y.size() - h + k - 1], v = f(k);
    if (a == 0) zero = true;
    else ape += std::fabs(v - a) / std::fabs(a);
    sape += std::fabs(a) + std::fabs(v) > 0 ? 2 * std::fabs(v - a) / (std::fabs(a) + std::fabs(v)) : 0;
  }
  mape = zero ? std::numeric_limits<double>::quiet_NaN() : 100 * ape / h;
  smape = 100 * sape / h;
}

}  // namespace

SeriesForecast forecast_series(const std::vector<double>& y, int m, int h, bool backtest) {
  SeriesForecast s;
  s.actual = y;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  // (2) Backtest on the last h points: the additive model, and the
  // multiplicative one when the series is strictly positive.
  s.backtest_mape = s.backtest_smape = nan;
  double mul_mape = nan;
  if (backtest) {
    const std::vector<double> head(y.begin(), y.end() - h);
    const HwFit back = fit_holt_winters(head, m);
    score(y, h, [&](int k) { return holt_winters_forecast(back.run, k); }, s.backtest_mape, s.backtest_smape);
    s.additive_smape = s.backtest_smape;
    if (strictly_positive(y)) {
      const HwFit mul = fit_holt_winters_mul(head, m);
      if (!mul.run.season.empty())
        score(y, h, [&](int k) { return holt_winters_mul_forecast(mul.run, k); }, mul_mape, s.multiplicative_smape);
    }
  }
  // (3) The whole series. The additive fit always: its one-step residuals
  // are the anomalies' (4), which the Overview insights read.
  const HwFit fit = fit_holt_winters(y, m);
  s.fitted.assign(m, nan);
  s.fitted.insert(s.fitted.end(), fit.run.fitted.begin(), fit.run.fitted.end());
  // The multiplicative model forecasts when its backtest sMAPE is lower (ties: additive).
  HwFit mul;
  if (s.multiplicative_smape < s.additive_smape) mul = fit_holt_winters_mul(y, m);
  if (!mul.run.season.empty()) {
    s.model = "multiplicative";
    s.backtest_mape = mul_mape;
    s.backtest_smape = s.multiplicative_smape;
    s.params = mul.params;
    s.sigma = mul.sigma;
    for (int k = 1; k <= h; ++k) {
      const double f = holt_winters_mul_forecast(mul.run, k);
      const double half = 1.96 * mul.sigma * std::sqrt(holt_winters_variance_factor(mul.params, m, k));
      s.forecast.push_back(f);
      s.lower.push_back(f * (1 - half));
      s.upper.push_back(f * (1 + half));
    }
  } else {
    s.params = fit.params;
    s.sigma = fit.sigma;
    for (int k = 1; k <= h; ++k) {
      const double f = holt_winters_forecast(fit.run, k);
      const double half = 1.96 * fit.sigma * std::sqrt(holt_winters_variance_factor(fit.params, m, k));
      s.forecast.push_back(f);
      s.lower.push_back(f - half);
      s.upper.push_back(f + half);
    }
  }
  // (4) Anomalies and the seasonal profile (season[t mod m] by calendar slot).
  std::vector<double> residual;
  for (size_t t = m; t < y.size(); ++t) residual.push_back(y[t] - s.fitted[t]);
  const std::vector<double> z = robust_z(residual);
  for (size_t i = 0; i < z.size(); ++i)
    if (std::fabs(z[i]) > 3.5) s.anomalies.push_back(Anomaly{static_cast<int>(i) + m, y[i + m], s.fitted[i + m], z[i]});
  s.seasonal = fit.run.season;  // the additive fit's, whichever model forecasts
  return s;
}

namespace {

// (1)'s frame: daily or monthly, the season and horizon, from the sale
// span; false (and a note) when there is no sale or too short a history.
struct SeriesFrame {
  Day first = 0, last = 0;
  int n = 0;  // points
  int slot(Day d, bool monthly) const { return monthly ? month_index(d) - month_index(first) : d - first; }
};

bool frame_series(const SaleSpan& span, Forecast& f, SeriesFrame& fr) {
  if (span.first == kNoDay) {
    f.note = "no sales in the selection";
    return false;
  }
  fr.first = span.first;
  fr.last = span.last;
  // Monthly when there are enough months for a yearly season and a backtest.
  f.monthly = month_index(fr.last) - month_index(fr.first) + 1 >= 2 * 12 + 2 + 6;
  f.season = f.monthly ? 12 : 7;
  f.horizon = f.monthly ? 6 : 28;
  fr.n = fr.slot(fr.last, f.monthly) + 1;
  if (fr.n < 2 * f.season + 2 + f.horizon) {
    f.note = "too short a history: " + std::to_string(fr.n) + (f.monthly ? " months" : " days") + ", at least " +
             std::to_string(2 * f.season + 2 + f.horizon) + " needed for a fit and a backtest";
    return false;
  }
  return true;
}

void finish(Forecast& f, const SeriesFrame& fr, const std::vector<Money>& cents, const std::vector<double>& orders,
            const ForecastParts& parts, std::chrono::steady_clock::time_point start);

}  // namespace

Forecast analyze_forecast(const FactIndex& index, const Selection& selection, ForecastParts parts) {
  if (!parts.orders) return analyze_revenue_forecast(index, selection, daily_revenue(index, selection), parts.backtest);
  const auto start = std::chrono::steady_clock::now();
  const FactStore& st = index.facts();
  Forecast f;
  SeriesFrame fr;
  if (!frame_series(sale_span(st, selection.lines), f, fr)) return f;
  const bool monthly = f.monthly;
  // Revenue summed exactly in money units per point, then converted once:
  // no floating-point rounding per line (nor a chain of dependent
  // floating-point additions a million long).
  std::vector<Money> cents(fr.n, 0);
  std::vector<double> orders(fr.n, 0.0);
  std::vector<uint8_t> seen(st.orders.size(), 0);
  for (uint32_t i : selection.lines) {
    if (st.kind[i] != LineKind::kSale) continue;
    const int k = fr.slot(st.day[i], monthly);
    cents[k] += st.value[i];
    if (!seen[st.order[i]]) {
      seen[st.order[i]] = 1;
      orders[k] += 1;
    }
  }
  finish(f, fr, cents, orders, parts, start);
  return f;
}

Forecast analyze_revenue_forecast(const FactIndex& index, const Selection& selection, const DailyRevenue& daily,
                                  bool backtest) {
  const auto start = std::chrono::steady_clock::now();
  Forecast f;
  SeriesFrame fr;
  if (!frame_series(sale_span(index.facts(), selection.lines), f, fr)) return f;
  // The days of the sale span, each added to its point (a month of days
  // when monthly).
  std::vector<Money> cents(fr.n, 0);
  for (Day d = fr.first; d <= fr.last; ++d) cents[fr.slot(d, f.monthly)] += daily.cents[static_cast<size_t>(d - daily.origin)];
  ForecastParts parts;
  parts.orders = false;
  parts.backtest = backtest;
  finish(f, fr, cents, {}, parts, start);
  return f;
}

namespace {

void finish(Forecast& f, const SeriesFrame& fr, const std::vector<Money>& cents, const std::vector<double>& orders,
            const ForecastParts& parts, std::chrono::steady_clock::time_point start) {
  const int n = fr.n;
  const Day first = fr.first, last = fr.last;
  std::vector<double> revenue(n);
  for (int k = 0; k < n; ++k) revenue[k] = money_to_double(cents[k]);
  for (int k = 0; k < n; ++k) {
    f.labels.push_back(f.monthly ? format_month_key(month_index(first) + k) : format_iso_date(first + k));
    f.days.push_back(f.monthly ? month_first_day(month_index(first) + k) : first + k);
  }
  for (int k = 1; k <= f.horizon; ++k)
    f.future_labels.push_back(f.monthly ? format_month_key(month_index(first) + n - 1 + k)
                                        : format_iso_date(last + k));
  static const char* kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  // Seasonal state k belongs to the points t with t mod m = k.
  for (int k = 0; k < f.season; ++k) {
    if (f.monthly) f.season_labels.push_back(kMonths[(month_index(first) + k) % 12]);
    else f.season_labels.push_back(weekday_short_name(iso_weekday(first + k)));
  }
  f.revenue = forecast_series(revenue, f.season, f.horizon, parts.backtest);
  if (parts.orders) f.orders = forecast_series(orders, f.season, f.horizon, parts.backtest);
  if (parts.orders || parts.backtest) {
    f.revenue.decomposition = decompose_additive(revenue, f.season);
    if (parts.orders) f.orders.decomposition = decompose_additive(orders, f.season);
  }
  f.fitted = true;
  f.compute_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

}  // namespace starcart::forecast
