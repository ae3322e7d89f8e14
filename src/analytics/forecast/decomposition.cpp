#include "analytics/forecast/decomposition.h"

#include <limits>

namespace starcart::forecast {

Decomposition decompose_additive(const std::vector<double>& y, int m) {
  Decomposition d;
  const int n = static_cast<int>(y.size());
  if (m < 2 || n < 2 * m) return d;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const int half = m / 2;
  d.trend.assign(n, nan);
  // The window sum slides by one point; an even m adds half of each of the
  // two points just beyond the m − 1 inner ones (the 2×m MA).
  for (int t = half; t < n - half; ++t) {
    double s = 0;
    if (m % 2) {
      for (int j = -half; j <= half; ++j) s += y[t + j];
    } else {
      for (int j = -half + 1; j <= half - 1; ++j) s += y[t + j];
      s += 0.5 * (y[t - half] + y[t + half]);
    }
    d.trend[t] = s / m;
  }
  std::vector<double> sum(m, 0.0);
  std::vector<int> count(m, 0);
  for (int t = half; t < n - half; ++t) {
    sum[t % m] += y[t] - d.trend[t];
    ++count[t % m];
  }
  d.index.resize(m);
  double mean = 0;
  for (int k = 0; k < m; ++k) mean += d.index[k] = sum[k] / count[k];
  mean /= m;
  for (double& v : d.index) v -= mean;
  d.seasonal.resize(n);
  d.residual.assign(n, nan);
  for (int t = 0; t < n; ++t) {
    d.seasonal[t] = d.index[t % m];
    if (t >= half && t < n - half) d.residual[t] = y[t] - d.trend[t] - d.seasonal[t];
  }
  return d;
}

}  // namespace starcart::forecast
