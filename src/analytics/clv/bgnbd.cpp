#include "analytics/clv/bgnbd.h"

#include <cmath>

#include "analytics/clv/nelder_mead.h"
#include "analytics/clv/special_functions.h"

namespace starcart::clv {

double bgnbd_log_likelihood(const BgNbdParams& p, const CustomerSummary& c) {
  const double x = c.x;
  const double ln_a1 = std::lgamma(p.r + x) - std::lgamma(p.r) + p.r * std::log(p.alpha);
  const double ln_a2 = log_beta(p.a, p.b + x) - log_beta(p.a, p.b);
  const double ln_a3 = -(p.r + x) * std::log(p.alpha + c.T);
  if (x <= 0) return ln_a1 + ln_a2 + ln_a3;
  const double ln_a4 = std::log(p.a) - std::log(p.b + x - 1) - (p.r + x) * std::log(p.alpha + c.t_x);
  // log(e^a3 + e^a4) without overflow.
  const double m = std::max(ln_a3, ln_a4);
  return ln_a1 + ln_a2 + m + std::log(std::exp(ln_a3 - m) + std::exp(ln_a4 - m));
}

double bgnbd_log_likelihood(const BgNbdParams& p, const std::vector<CustomerSummary>& data) {
  double sum = 0;
  for (const CustomerSummary& c : data) sum += bgnbd_log_likelihood(p, c);
  return sum;
}

BgNbdFit fit_bgnbd(const std::vector<CustomerSummary>& data) {
  auto params_of = [](const std::vector<double>& v) {
    return BgNbdParams{std::exp(v[0]), std::exp(v[1]), std::exp(v[2]), std::exp(v[3])};
  };
  auto objective = [&](const std::vector<double>& v) { return -bgnbd_log_likelihood(params_of(v), data); };
  MinimizeResult m = nelder_mead(objective, {0.0, 0.0, 0.0, 0.0});
  // A restart from the optimum guards against a collapsed simplex.
  m = nelder_mead(objective, m.x, 0.1);
  BgNbdFit fit;
  fit.params = params_of(m.x);
  fit.log_likelihood = -m.value;
  fit.iterations = m.iterations;
  fit.converged = m.converged;
  fit.customers = static_cast<int>(data.size());
  return fit;
}

double bgnbd_p_alive(const BgNbdParams& p, const CustomerSummary& c) {
  if (c.x <= 0) return 1.0;
  const double odds = p.a / (p.b + c.x - 1) * std::pow((p.alpha + c.T) / (p.alpha + c.t_x), p.r + c.x);
  return 1.0 / (1.0 + odds);
}

double bgnbd_expected_purchases(const BgNbdParams& p, double t, const CustomerSummary& c) {
  const double x = c.x;
  const double z = t / (p.alpha + c.T + t);
  const double f = hyp2f1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
  const double num = (p.a + p.b + x - 1) / (p.a - 1) *
                     (1 - std::pow((p.alpha + c.T) / (p.alpha + c.T + t), p.r + x) * f);
  double den = 1;
  if (x > 0) den += p.a / (p.b + x - 1) * std::pow((p.alpha + c.T) / (p.alpha + c.t_x), p.r + x);
  return num / den;
}

double bgnbd_expected_purchases_new(const BgNbdParams& p, double t) {
  const double z = t / (p.alpha + t);
  return (p.a + p.b - 1) / (p.a - 1) *
         (1 - std::pow(p.alpha / (p.alpha + t), p.r) * hyp2f1(p.r, p.b, p.a + p.b - 1, z));
}

}  // namespace starcart::clv
