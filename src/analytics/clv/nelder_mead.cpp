#include "analytics/clv/nelder_mead.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace starcart::clv {

MinimizeResult nelder_mead(const std::function<double(const std::vector<double>&)>& f, std::vector<double> start,
                           double step, double tolerance, int max_iterations) {
  const size_t n = start.size();
  std::vector<std::vector<double>> simplex(n + 1, start);
  for (size_t i = 0; i < n; ++i) simplex[i + 1][i] += step;
  std::vector<double> values(n + 1);
  auto eval = [&](const std::vector<double>& x) {
    double v = f(x);
    return std::isfinite(v) ? v : 1e300;  // outside the domain: worse than anything
  };
  for (size_t i = 0; i <= n; ++i) values[i] = eval(simplex[i]);
  std::vector<size_t> order(n + 1);
  MinimizeResult r;
  for (r.iterations = 0; r.iterations < max_iterations; ++r.iterations) {
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    const size_t best = order[0], worst = order[n], second = order[n - 1];
    // Converged when the values and the simplex have both collapsed.
    double spread = std::fabs(values[worst] - values[best]);
    double size = 0;
    for (size_t i = 0; i <= n; ++i)
      for (size_t k = 0; k < n; ++k) size = std::max(size, std::fabs(simplex[i][k] - simplex[best][k]));
    if (spread <= tolerance * (std::fabs(values[best]) + 1e-30) && size < 1e-7) {
      r.converged = true;
      break;
    }
    std::vector<double> centroid(n, 0.0);
    for (size_t i = 0; i <= n; ++i)
      if (i != worst)
        for (size_t k = 0; k < n; ++k) centroid[k] += simplex[i][k] / static_cast<double>(n);
    auto along = [&](double t) {
      std::vector<double> x(n);
      for (size_t k = 0; k < n; ++k) x[k] = centroid[k] + t * (simplex[worst][k] - centroid[k]);
      return x;
    };
    std::vector<double> reflected = along(-1.0);
    double fr = eval(reflected);
    if (fr < values[best]) {
      std::vector<double> expanded = along(-2.0);
      double fe = eval(expanded);
      if (fe < fr) { simplex[worst] = expanded; values[worst] = fe; }
      else { simplex[worst] = reflected; values[worst] = fr; }
      continue;
    }
    if (fr < values[second]) {
      simplex[worst] = reflected;
      values[worst] = fr;
      continue;
    }
    // Contract towards the better of the worst point and its reflection.
    bool outside = fr < values[worst];
    std::vector<double> contracted = along(outside ? -0.5 : 0.5);
    double fc = eval(contracted);
    if (fc < (outside ? fr : values[worst])) {
      simplex[worst] = contracted;
      values[worst] = fc;
      continue;
    }
    // Shrink everything towards the best point.
    for (size_t i = 0; i <= n; ++i) {
      if (i == best) continue;
      for (size_t k = 0; k < n; ++k) simplex[i][k] = simplex[best][k] + 0.5 * (simplex[i][k] - simplex[best][k]);
      values[i] = eval(simplex[i]);
    }
  }
  size_t best = static_cast<size_t>(std::min_element(values.begin(), values.end()) - values.begin());
  r.x = simplex[best];
  r.value = values[best];
  return r;
}

}  // namespace starcart::clv
