#include "analytics/clv/nelder_mead.h"
#include "core/sort_rows.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace starcart::clv {

NelderMead::NelderMead(Objective f, std::vector<double> start, double step, double tolerance, int max_iterations)
    : f_(std::move(f)), tolerance_(tolerance), max_iterations_(max_iterations) {
  const size_t n = start.size();
  simplex_.assign(n + 1, start);
  for (size_t i = 0; i < n; ++i) simplex_[i + 1][i] += step;
  values_.resize(n + 1);
  for (size_t i = 0; i <= n; ++i) values_[i] = eval(simplex_[i]);
  done_ = max_iterations <= 0;
}

double NelderMead::eval(const std::vector<double>& x) const {
  double v = f_(x);
  return std::isfinite(v) ? v : 1e300;  // outside the domain: worse than anything
}

bool NelderMead::step(int iterations) {
  const size_t n = simplex_.size() - 1;
  std::vector<std::vector<double>>& simplex = simplex_;
  std::vector<double>& values = values_;
  std::vector<size_t> order(n + 1);
  MinimizeResult& r = result_;
  for (int k = 0; k < iterations && !done_; ++k) {
    if (r.iterations >= max_iterations_) {
      done_ = true;
      break;
    }
    std::iota(order.begin(), order.end(), 0);
    sort_rows(order, [&](size_t a, size_t b) { return values[a] < values[b]; });
    const size_t best = order[0], worst = order[n], second = order[n - 1];
    // Converged when the values and the simplex have both collapsed.
    double spread = std::fabs(values[worst] - values[best]);
    double size = 0;
    for (size_t i = 0; i <= n; ++i)
      for (size_t j = 0; j < n; ++j) size = std::max(size, std::fabs(simplex[i][j] - simplex[best][j]));
    if (spread <= tolerance_ * (std::fabs(values[best]) + 1e-30) && size < 1e-7) {
      r.converged = true;
      done_ = true;
      break;
    }
    ++r.iterations;
    std::vector<double> centroid(n, 0.0);
    for (size_t i = 0; i <= n; ++i)
      if (i != worst)
        for (size_t j = 0; j < n; ++j) centroid[j] += simplex[i][j] / static_cast<double>(n);
    auto along = [&](double t) {
      std::vector<double> x(n);
      for (size_t j = 0; j < n; ++j) x[j] = centroid[j] + t * (simplex[worst][j] - centroid[j]);
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
      for (size_t j = 0; j < n; ++j) simplex[i][j] = simplex[best][j] + 0.5 * (simplex[i][j] - simplex[best][j]);
      values[i] = eval(simplex[i]);
    }
  }
  if (r.iterations >= max_iterations_) done_ = true;
  return done_;
}

MinimizeResult NelderMead::result() const {
  MinimizeResult r = result_;
  size_t best = static_cast<size_t>(std::min_element(values_.begin(), values_.end()) - values_.begin());
  r.x = simplex_[best];
  r.value = values_[best];
  return r;
}

MinimizeResult nelder_mead(const std::function<double(const std::vector<double>&)>& f, std::vector<double> start,
                           double step, double tolerance, int max_iterations) {
  NelderMead m(f, std::move(start), step, tolerance, max_iterations);
  while (!m.step(1 << 30)) {
  }
  return m.result();
}

}  // namespace starcart::clv
