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

// The log-likelihood's data, prepared once per fit: the terms of x alone
// once per distinct x, and the logs of the data once.
struct GammaGammaFitter::State {
  std::vector<const CustomerSummary*> repeaters;
  std::vector<double> xs;  // distinct x
  std::vector<uint32_t> xi;
  std::vector<double> log_m, x_log_x;
  std::vector<double> per_x;
  // Two searches, the second restarted from the first's best with a smaller
  // simplex (a collapsed simplex can stop short of the optimum).
  std::unique_ptr<NelderMead> search;
  bool second = false;

  static GammaGammaParams params_of(const std::vector<double>& v) {
    return GammaGammaParams{std::exp(v[0]), std::exp(v[1]), std::exp(v[2])};
  }
  // The same sum as gamma_gamma_log_likelihood over the repeaters, negated.
  double objective(const std::vector<double>& v) {
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
  }
  // Bounded and capped like the BG/NBD fit (bgnbd.cpp).
  NelderMead::Objective bounded() {
    return [this](const std::vector<double>& v) {
      for (double x : v)
        if (std::fabs(x) > 15) return 1e300;
      return objective(v);
    };
  }
};

GammaGammaFitter::GammaGammaFitter(const std::vector<CustomerSummary>& data) : s_(std::make_unique<State>()) {
  State& s = *s_;
  for (const CustomerSummary& c : data)
    if (c.x > 0 && c.mean_value > 0) s.repeaters.push_back(&c);
  for (const CustomerSummary* c : s.repeaters) s.xs.push_back(c->x);
  std::sort(s.xs.begin(), s.xs.end());
  s.xs.erase(std::unique(s.xs.begin(), s.xs.end()), s.xs.end());
  for (const CustomerSummary* c : s.repeaters) {
    s.xi.push_back(static_cast<uint32_t>(std::lower_bound(s.xs.begin(), s.xs.end(), c->x) - s.xs.begin()));
    s.log_m.push_back(std::log(c->mean_value));
    s.x_log_x.push_back(c->x * std::log(c->x));
  }
  s.per_x.resize(s.xs.size());
  s.search = std::make_unique<NelderMead>(s.bounded(), std::vector<double>{0.0, 0.0, 0.0}, 0.5, 1e-12, 3000);
}

GammaGammaFitter::~GammaGammaFitter() = default;
GammaGammaFitter::GammaGammaFitter(GammaGammaFitter&&) noexcept = default;
GammaGammaFitter& GammaGammaFitter::operator=(GammaGammaFitter&&) noexcept = default;

bool GammaGammaFitter::step(int iterations) {
  State& s = *s_;
  if (!s.search->step(iterations)) return false;
  if (s.second) return true;
  s.second = true;
  s.search = std::make_unique<NelderMead>(s.bounded(), s.search->result().x, 0.1, 1e-12, 3000);
  return s.search->done();
}

GammaGammaFit GammaGammaFitter::result() const {
  const MinimizeResult m = s_->search->result();
  GammaGammaFit fit;
  fit.params = State::params_of(m.x);
  fit.log_likelihood = -m.value;
  fit.iterations = m.iterations;  // of the second search, as before
  fit.converged = m.converged;
  fit.customers = static_cast<int>(s_->repeaters.size());
  return fit;
}

GammaGammaFit fit_gamma_gamma(const std::vector<CustomerSummary>& data) {
  GammaGammaFitter f(data);
  while (!f.step(1 << 30)) {
  }
  return f.result();
}

double gamma_gamma_expected_value(const GammaGammaParams& g, const CustomerSummary& c) {
  return (g.gamma + c.x * c.mean_value) * g.p / (g.p * c.x + g.q - 1);
}

}  // namespace starcart::clv
