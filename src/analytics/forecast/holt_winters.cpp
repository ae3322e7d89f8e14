#include "analytics/forecast/holt_winters.h"

#include <algorithm>
#include <cmath>

#include "analytics/clv/nelder_mead.h"

namespace starcart::forecast {

namespace {

// The recursions of holt_winters_run into caller-owned state: `season` (m
// values, the initial states in, the last ones out) and, when not null,
// `fitted` (n − m values). Returns the SSE. The parameter search calls it
// a few hundred times per fit with scratch state: no allocation per call.
double run_into(const std::vector<double>& y, int m, const HwParams& p, double* season, double* fitted,
                double& level_out, double& trend_out) {
  const int n = static_cast<int>(y.size());
  double s1 = 0, s2 = 0;
  for (int i = 0; i < m; ++i) s1 += y[i], s2 += y[m + i];
  const double l0 = s1 / m, b0 = (s2 - s1) / m / m;
  for (int i = 0; i < m; ++i) season[i] = y[i] - (l0 + (i - (m - 1) / 2.0) * b0);
  double lev = l0 + (m - 1) / 2.0 * b0, tr = b0, sse = 0;
  int k = 0;  // t mod m, without a division per point
  for (int t = m; t < n; ++t) {
    double& s = season[k];
    const double f = lev + tr + s;
    if (fitted) fitted[t - m] = f;
    sse += (y[t] - f) * (y[t] - f);
    const double level = p.alpha * (y[t] - s) + (1 - p.alpha) * (lev + tr);
    tr = p.beta * (level - lev) + (1 - p.beta) * tr;
    s = p.gamma * (y[t] - level) + (1 - p.gamma) * s;
    lev = level;
    if (++k == m) k = 0;
  }
  level_out = lev;
  trend_out = tr;
  return sse;
}

}  // namespace

HwRun holt_winters_run(const std::vector<double>& y, int m, const HwParams& p) {
  HwRun r;
  r.n = static_cast<int>(y.size());
  r.m = m;
  if (m < 1 || r.n < 2 * m) return r;
  r.season.resize(m);
  r.fitted.resize(r.n - m);
  r.sse = run_into(y, m, p, r.season.data(), r.fitted.data(), r.level, r.trend);
  return r;
}

double holt_winters_forecast(const HwRun& run, int h) {
  return run.level + h * run.trend + run.season[(run.n + h - 1) % run.m];
}

double holt_winters_variance_factor(const HwParams& p, int m, int h) {
  double v = 1;
  for (int j = 1; j < h; ++j) {
    const double c = p.alpha * (1 + j * p.beta) + (j % m == 0 ? p.gamma : 0.0);
    v += c * c;
  }
  return v;
}

HwFit fit_holt_winters(const std::vector<double>& y, int m) {
  HwFit f;
  if (static_cast<int>(y.size()) < 2 * m + 2) return f;
  // Parameters in (0, 1) through the logistic function.
  auto params_of = [](const std::vector<double>& v) {
    auto s = [](double x) { return 1 / (1 + std::exp(-x)); };
    return HwParams{s(v[0]), s(v[1]), s(v[2])};
  };
  std::vector<double> season(m);  // scratch state of every trial run
  auto sse = [&](const std::vector<double>& v) {
    double level, trend;
    return run_into(y, m, params_of(v), season.data(), nullptr, level, trend);
  };
  clv::MinimizeResult r = clv::nelder_mead(sse, {-1.0, -2.0, -2.0}, 1.0, 1e-10, 2000);
  f.params = params_of(r.x);
  f.converged = r.converged;
  f.run = holt_winters_run(y, m, f.params);
  const double dof = static_cast<double>(f.run.fitted.size());
  f.sigma = dof > 0 ? std::sqrt(f.run.sse / dof) : 0;
  return f;
}

std::vector<double> robust_z(const std::vector<double>& r) {
  std::vector<double> z(r.size(), 0.0);
  if (r.empty()) return z;
  auto median = [](std::vector<double> v) {
    const size_t n = v.size();
    std::nth_element(v.begin(), v.begin() + n / 2, v.end());
    const double hi = v[n / 2];
    if (n % 2) return hi;
    return (hi + *std::max_element(v.begin(), v.begin() + n / 2)) / 2;
  };
  const double med = median(r);
  std::vector<double> dev;
  for (double v : r) dev.push_back(std::fabs(v - med));
  const double mad = median(dev);
  if (mad <= 0) return z;
  for (size_t i = 0; i < r.size(); ++i) z[i] = 0.6745 * (r[i] - med) / mad;
  return z;
}

}  // namespace starcart::forecast
