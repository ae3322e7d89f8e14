#include "analytics/clv/gamma_gamma.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "analytics/clv/nelder_mead.h"

namespace starcart::clv {

double gamma_gamma_log_likelihood(const GammaGammaParams& g, const CustomerSummary& c) {
  const double x = c.x, m = c.mean_value;
  return std::lgamma(g.p * x + g.q) - std::lgamma(g.p * x) - std::lgamma(g.q) + g.q * std::log(g.gamma) +
         (g.p * x - 1) * std::log(m) + g.p * x * std::log(x) - (g.p * x + g.q) * std::log(g.gamma + x * m);
}

GammaGammaFit fit_gamma_gamma(const std::vector<CustomerSummary>& data) {
  std::vector<const CustomerSummary*> repeaters;
  for (const CustomerSummary& c : data)
    if (c.x > 0 && c.mean_value > 0) repeaters.push_back(&c);
  auto params_of = [](const std::vector<double>& v) {
    return GammaGammaParams{std::exp(v[0]), std::exp(v[1]), std::exp(v[2])};
  };
  // The same sum as gamma_gamma_log_likelihood per customer, with the terms
  // of x alone once per distinct x and the logs of the data once per fit.
  std::vector<double> xs;
  for (const CustomerSummary* c : repeaters) xs.push_back(c->x);
  std::sort(xs.begin(), xs.end());
  xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
  std::vector<uint32_t> xi;
  std::vector<double> log_m, x_log_x;
  for (const CustomerSummary* c : repeaters) {
    xi.push_back(static_cast<uint32_t>(std::lower_bound(xs.begin(), xs.end(), c->x) - xs.begin()));
    log_m.push_back(std::log(c->mean_value));
    x_log_x.push_back(c->x * std::log(c->x));
  }
  std::vector<double> per_x(xs.size());
  auto objective = [&](const std::vector<double>& v) {
    const GammaGammaParams g = params_of(v);
    const double lg_q = std::lgamma(g.q), ln_gamma = std::log(g.gamma);
    for (size_t k = 0; k < xs.size(); ++k)
      per_x[k] = std::lgamma(g.p * xs[k] + g.q) - std::lgamma(g.p * xs[k]) - lg_q + g.q * ln_gamma;
    double sum = 0;
    for (size_t i = 0; i < repeaters.size(); ++i) {
      const double x = repeaters[i]->x, px = g.p * x;
      sum += per_x[xi[i]] + (px - 1) * log_m[i] + g.p * x_log_x[i] -
             (px + g.q) * std::log(g.gamma + x * repeaters[i]->mean_value);
    }
    return -sum;
  };
  // Bounded and capped like the BG/NBD fit (bgnbd.cpp).
  auto bounded = [&](const std::vector<double>& v) {
    for (double x : v)
      if (std::fabs(x) > 15) return 1e300;
    return objective(v);
  };
  MinimizeResult m = nelder_mead(bounded, {0.0, 0.0, 0.0}, 0.5, 1e-12, 3000);
  m = nelder_mead(bounded, m.x, 0.1, 1e-12, 3000);
  GammaGammaFit fit;
  fit.params = params_of(m.x);
  fit.log_likelihood = -m.value;
  fit.iterations = m.iterations;
  fit.converged = m.converged;
  fit.customers = static_cast<int>(repeaters.size());
  return fit;
}

double gamma_gamma_expected_value(const GammaGammaParams& g, const CustomerSummary& c) {
  return (g.gamma + c.x * c.mean_value) * g.p / (g.p * c.x + g.q - 1);
}

}  // namespace starcart::clv
