#include "analytics/clv/gamma_gamma.h"

#include <cmath>

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
  auto objective = [&](const std::vector<double>& v) {
    GammaGammaParams g = params_of(v);
    double sum = 0;
    for (const CustomerSummary* c : repeaters) sum += gamma_gamma_log_likelihood(g, *c);
    return -sum;
  };
  MinimizeResult m = nelder_mead(objective, {0.0, 0.0, 0.0});
  m = nelder_mead(objective, m.x, 0.1);
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
