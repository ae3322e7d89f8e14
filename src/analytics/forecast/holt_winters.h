// Additive Holt-Winters (level, trend, season of length m) with smoothing
// parameters fitted by least squares on the one-step-ahead errors, and
// prediction intervals from the residual variance (Hyndman et al. 2008,
// "Forecasting with exponential smoothing", class 1 variance formula).
#pragma once

#include <vector>

namespace starcart::forecast {

struct HwParams {
  double alpha = 0.3, beta = 0.1, gamma = 0.1;
};

struct HwRun {
  std::vector<double> fitted;  // one-step-ahead forecasts for t = m .. n-1 (index t − m)
  double sse = 0;
  double level = 0, trend = 0;
  std::vector<double> season;  // the last m seasonal states, season[t mod m]
  int n = 0, m = 0;
};

// Runs the recursions with fixed parameters. Needs n ≥ 2m. Initial state
// from the first two seasons: level = mean of season 1, trend = (mean of
// season 2 − mean of season 1) / m, seasonal_i = y_i − (level + (i − (m−1)/2)·trend);
// the recursion starts at t = m from the state at the end of season 1.
HwRun holt_winters_run(const std::vector<double>& y, int m, const HwParams& p);

// Forecast h = 1.. steps after the series.
double holt_winters_forecast(const HwRun& run, int h);

// Variance of the h-step error over σ²: 1 + Σ_{j=1}^{h−1} (α(1 + jβ) + γ·[j mod m = 0])².
double holt_winters_variance_factor(const HwParams& p, int m, int h);

struct HwFit {
  HwParams params;
  HwRun run;
  double sigma = 0;  // residual standard deviation
  bool converged = false;
};
HwFit fit_holt_winters(const std::vector<double>& y, int m);

// Robust z-scores: 0.6745 (r − median) / MAD; 0 everywhere when MAD is 0.
std::vector<double> robust_z(const std::vector<double>& r);

}  // namespace starcart::forecast
