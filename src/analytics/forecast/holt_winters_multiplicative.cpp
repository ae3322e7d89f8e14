#include "analytics/forecast/holt_winters_multiplicative.h"

#include <cmath>
#include <limits>

#include "analytics/clv/nelder_mead.h"

namespace starcart::forecast {

namespace {

// The recursions into caller-owned state, as holt_winters.cpp's run_into;
// `rel_sse` the sum of squared relative errors. A level or one-step
// forecast at or below 0 (parameters that drive the level through zero)
// makes the SSE infinite: the search moves away from them.
double run_into(const std::vector<double>& y, int m, const HwParams& p, double* season, double* fitted,
                double& level_out, double& trend_out, double& rel_sse) {
  const int n = static_cast<int>(y.size());
  const double inf = std::numeric_limits<double>::infinity();
  double s1 = 0, s2 = 0;
  for (int i = 0; i < m; ++i) s1 += y[i], s2 += y[m + i];
  const double l0 = s1 / m, b0 = (s2 - s1) / m / m;
  for (int i = 0; i < m; ++i) {
    const double base = l0 + (i - (m - 1) / 2.0) * b0;
    if (base <= 0) return inf;
    season[i] = y[i] / base;
  }
  double lev = l0 + (m - 1) / 2.0 * b0, tr = b0, sse = 0;
  rel_sse = 0;
  int k = 0;
  for (int t = m; t < n; ++t) {
    double& s = season[k];
    const double f = (lev + tr) * s;
    if (!(f > 0)) return rel_sse = inf;
    if (fitted) fitted[t - m] = f;
    sse += (y[t] - f) * (y[t] - f);
    rel_sse += (y[t] - f) / f * ((y[t] - f) / f);
    const double level = p.alpha * (y[t] / s) + (1 - p.alpha) * (lev + tr);
    if (!(level > 0)) return rel_sse = inf;
    tr = p.beta * (level - lev) + (1 - p.beta) * tr;
    s = p.gamma * (y[t] / level) + (1 - p.gamma) * s;
    lev = level;
    if (++k == m) k = 0;
  }
  level_out = lev;
  trend_out = tr;
  return sse;
}

}  // namespace

bool strictly_positive(const std::vector<double>& y) {
  for (double v : y)
    if (!(v > 0)) return false;
  return !y.empty();
}

HwRun holt_winters_mul_run(const std::vector<double>& y, int m, const HwParams& p) {
  HwRun r;
  r.n = static_cast<int>(y.size());
  r.m = m;
  if (m < 1 || r.n < 2 * m || !strictly_positive(y)) return r;
  r.season.resize(m);
  r.fitted.resize(r.n - m);
  double rel;
  r.sse = run_into(y, m, p, r.season.data(), r.fitted.data(), r.level, r.trend, rel);
  return r;
}

double holt_winters_mul_forecast(const HwRun& run, int h) {
  return (run.level + h * run.trend) * run.season[(run.n + h - 1) % run.m];
}

HwFit fit_holt_winters_mul(const std::vector<double>& y, int m) {
  HwFit f;
  if (static_cast<int>(y.size()) < 2 * m + 2 || !strictly_positive(y)) return f;
  auto params_of = [](const std::vector<double>& v) {
    auto s = [](double x) { return 1 / (1 + std::exp(-x)); };
    return HwParams{s(v[0]), s(v[1]), s(v[2])};
  };
  std::vector<double> season(m);
  auto sse = [&](const std::vector<double>& v) {
    double level, trend, rel;
    return run_into(y, m, params_of(v), season.data(), nullptr, level, trend, rel);
  };
  // The additive model's start and tolerances.
  clv::MinimizeResult r = clv::nelder_mead(sse, {-1.0, -2.0, -2.0}, 1.0, 1e-10, 2000);
  f.params = params_of(r.x);
  f.converged = r.converged && std::isfinite(r.value);
  f.run.n = static_cast<int>(y.size());
  f.run.m = m;
  f.run.season.resize(m);
  f.run.fitted.resize(y.size() - m);
  double rel = 0;
  f.run.sse = run_into(y, m, f.params, f.run.season.data(), f.run.fitted.data(), f.run.level, f.run.trend, rel);
  if (!std::isfinite(f.run.sse)) {
    f.run = HwRun{};
    f.converged = false;
    return f;
  }
  const double dof = static_cast<double>(f.run.fitted.size());
  f.sigma = dof > 0 ? std::sqrt(rel / dof) : 0;
  return f;
}

}  // namespace starcart::forecast
