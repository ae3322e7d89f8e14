#include "analytics/churn/logistic.h"
#include "core/sort_rows.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace starcart::churn {

namespace {

// Solves A z = b for a small symmetric positive definite A (k × k) by
// Cholesky; false when A is not positive definite.
bool solve_spd(std::vector<double> a, std::vector<double>& b, int k) {
  for (int j = 0; j < k; ++j) {
    double d = a[j * k + j];
    for (int m = 0; m < j; ++m) d -= a[j * k + m] * a[j * k + m];
    if (!(d > 0)) return false;
    d = std::sqrt(d);
    a[j * k + j] = d;
    for (int i = j + 1; i < k; ++i) {
      double s = a[i * k + j];
      for (int m = 0; m < j; ++m) s -= a[i * k + m] * a[j * k + m];
      a[i * k + j] = s / d;
    }
  }
  for (int i = 0; i < k; ++i) {  // L y = b
    for (int m = 0; m < i; ++m) b[i] -= a[i * k + m] * b[m];
    b[i] /= a[i * k + i];
  }
  for (int i = k - 1; i >= 0; --i) {  // Lᵀ z = y
    for (int m = i + 1; m < k; ++m) b[i] -= a[m * k + i] * b[m];
    b[i] /= a[i * k + i];
  }
  return true;
}

double log_likelihood(const std::vector<double>& x, const std::vector<int>& y, int k, const std::vector<double>& beta) {
  double ll = 0;
  for (size_t i = 0; i < y.size(); ++i) {
    const double eta = std::inner_product(beta.begin(), beta.end(), x.begin() + static_cast<long>(i) * k, 0.0);
    // log σ(η) = −log(1 + e^−η), log(1 − σ(η)) = −log(1 + e^η), without overflow.
    const double z = y[i] ? -eta : eta;
    ll -= z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
  }
  return ll;
}

}  // namespace

double logistic_probability(const std::vector<double>& beta, const double* row) {
  double eta = 0;
  for (size_t j = 0; j < beta.size(); ++j) eta += beta[j] * row[j];
  return 1 / (1 + std::exp(-eta));
}

LogisticFit fit_logistic(const std::vector<double>& x, const std::vector<int>& y, int k, double ridge,
                         int max_iterations) {
  LogisticFit f;
  f.beta.assign(k, 0.0);
  const size_t n = y.size();
  std::vector<double> h(static_cast<size_t>(k) * k), g(k);
  for (f.iterations = 0; f.iterations < max_iterations; ++f.iterations) {
    // Gradient g = Xᵀ(y − p) − λβ and Hessian H = XᵀWX + λI, W = p(1 − p).
    std::fill(h.begin(), h.end(), 0.0);
    for (int j = 0; j < k; ++j) g[j] = -ridge * f.beta[j];
    for (size_t i = 0; i < n; ++i) {
      const double* row = &x[i * k];
      const double p = logistic_probability(f.beta, row);
      const double w = std::max(p * (1 - p), 1e-12), r = y[i] - p;
      for (int a = 0; a < k; ++a) {
        g[a] += row[a] * r;
        for (int b = 0; b <= a; ++b) h[a * k + b] += w * row[a] * row[b];
      }
    }
    for (int a = 0; a < k; ++a) {
      h[a * k + a] += ridge;
      for (int b = 0; b < a; ++b) h[b * k + a] = h[a * k + b];
    }
    std::vector<double> step = g;
    if (!solve_spd(h, step, k)) break;
    double largest = 0;
    for (int j = 0; j < k; ++j) {
      f.beta[j] += step[j];
      largest = std::max(largest, std::fabs(step[j]));
    }
    if (largest < 1e-10) {
      f.converged = true;
      ++f.iterations;
      break;
    }
  }
  f.log_likelihood = log_likelihood(x, y, k, f.beta);
  return f;
}

double roc_auc(const std::vector<double>& score, const std::vector<int>& label) {
  std::vector<size_t> order(score.size());
  std::iota(order.begin(), order.end(), 0);
  sort_rows(order, [&](size_t a, size_t b) { return score[a] < score[b]; });
  // Sum of the positives' ranks, ties sharing their average rank.
  double rank_sum = 0, positives = 0;
  for (size_t i = 0; i < order.size();) {
    size_t j = i;
    while (j < order.size() && score[order[j]] == score[order[i]]) ++j;
    const double rank = (static_cast<double>(i) + 1 + static_cast<double>(j)) / 2;
    for (size_t m = i; m < j; ++m)
      if (label[order[m]]) rank_sum += rank, positives += 1;
    i = j;
  }
  const double negatives = static_cast<double>(score.size()) - positives;
  if (positives == 0 || negatives == 0) return std::numeric_limits<double>::quiet_NaN();
  return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives);
}

Confusion confusion_at(const std::vector<double>& score, const std::vector<int>& label, double threshold) {
  Confusion c;
  for (size_t i = 0; i < score.size(); ++i) {
    const bool predicted = score[i] >= threshold;
    if (predicted && label[i]) ++c.true_positive;
    else if (predicted) ++c.false_positive;
    else if (label[i]) ++c.false_negative;
    else ++c.true_negative;
  }
  return c;
}

double Confusion::precision() const {
  const int p = true_positive + false_positive;
  return p > 0 ? static_cast<double>(true_positive) / p : std::numeric_limits<double>::quiet_NaN();
}

double Confusion::recall() const {
  const int p = true_positive + false_negative;
  return p > 0 ? static_cast<double>(true_positive) / p : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace starcart::churn
