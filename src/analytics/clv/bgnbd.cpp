#include "analytics/clv/bgnbd.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>

#include "analytics/clv/nelder_mead.h"
#include "analytics/clv/special_functions.h"
#include "core/sort_rows.h"

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

namespace {

// The likelihood depends on (x, t_x, T) only: customers with equal triples
// are one weighted group (tens of thousands of customers are a few thousand
// groups), and the terms that depend on x alone, or on t_x or T alone (day
// counts: a few hundred distinct values), are computed once per distinct
// value and evaluation.
struct Groups {
  std::vector<double> xs;                 // distinct x, ascending
  std::vector<double> times;              // distinct t_x and T values
  std::vector<uint32_t> xi, t_xi, Ti;     // per group: indexes into xs, times, times
  std::vector<double> weight;             // per group: customers
};

Groups group_customers(const std::vector<CustomerSummary>& data) {
  std::vector<const CustomerSummary*> sorted;
  sorted.reserve(data.size());
  for (const CustomerSummary& c : data) sorted.push_back(&c);
  sort_rows(sorted, [](const CustomerSummary* l, const CustomerSummary* r) {
    return l->x != r->x ? l->x < r->x : l->t_x != r->t_x ? l->t_x < r->t_x : l->T < r->T;
  });
  Groups g;
  for (size_t i = 0; i < sorted.size(); ++i) {
    const CustomerSummary& c = *sorted[i];
    if (i > 0 && c.x == sorted[i - 1]->x && c.t_x == sorted[i - 1]->t_x && c.T == sorted[i - 1]->T) {
      g.weight.back() += 1;
      continue;
    }
    if (g.xs.empty() || g.xs.back() != c.x) g.xs.push_back(c.x);
    g.xi.push_back(static_cast<uint32_t>(g.xs.size() - 1));
    g.times.push_back(c.t_x);
    g.times.push_back(c.T);
    g.weight.push_back(1);
  }
  // Groups hold their t_x and T in `times` (2 per group) until they are indexed.
  std::vector<double> raw = std::move(g.times);
  g.times = raw;
  std::sort(g.times.begin(), g.times.end());
  g.times.erase(std::unique(g.times.begin(), g.times.end()), g.times.end());
  auto index_of = [&](double v) {
    return static_cast<uint32_t>(std::lower_bound(g.times.begin(), g.times.end(), v) - g.times.begin());
  };
  for (size_t i = 0; i < g.weight.size(); ++i) {
    g.t_xi.push_back(index_of(raw[2 * i]));
    g.Ti.push_back(index_of(raw[2 * i + 1]));
  }
  return g;
}

// The same sum as bgnbd_log_likelihood over the data, by groups.
double grouped_log_likelihood(const BgNbdParams& p, const Groups& g, std::vector<double>& a12,
                              std::vector<double>& a4, std::vector<double>& log_time) {
  for (size_t k = 0; k < g.times.size(); ++k) log_time[k] = std::log(p.alpha + g.times[k]);
  const double common = -std::lgamma(p.r) + p.r * std::log(p.alpha) - log_beta(p.a, p.b);
  for (size_t k = 0; k < g.xs.size(); ++k) {
    const double x = g.xs[k];
    a12[k] = std::lgamma(p.r + x) + log_beta(p.a, p.b + x) + common;
    a4[k] = x > 0 ? std::log(p.a) - std::log(p.b + x - 1) : 0.0;
  }
  double sum = 0;
  for (size_t i = 0; i < g.weight.size(); ++i) {
    const uint32_t k = g.xi[i];
    const double x = g.xs[k];
    const double l3 = -(p.r + x) * log_time[g.Ti[i]];
    double ll = l3;
    if (x > 0) {
      const double l4 = a4[k] - (p.r + x) * log_time[g.t_xi[i]];
      ll = std::max(l3, l4) + std::log1p(std::exp(-std::fabs(l3 - l4)));
    }
    sum += g.weight[i] * (a12[k] + ll);
  }
  return sum;
}

}  // namespace

// Two searches on log-parameters: from (1, 1, 1, 1), then a restart from its
// optimum (a restart guards against a collapsed simplex).
struct BgNbdFitter::State {
  static constexpr int kMaxIterations = 3000;
  Groups groups;
  std::vector<double> a12, a4, log_time;
  int customers = 0;
  std::optional<NelderMead> search;
  int phase = 0;  // 0: first search, 1: the restart, 2: done
  MinimizeResult best;

  static BgNbdParams params_of(const std::vector<double>& v) {
    return BgNbdParams{std::exp(v[0]), std::exp(v[1]), std::exp(v[2]), std::exp(v[3])};
  }
  // Parameters stay within e^±15: data without drop-out (or without
  // heterogeneity) drive b or alpha to infinity, where the likelihood is flat
  // and the search would wander; it stops at the bound, not converged.
  NelderMead::Objective objective() {
    return [this](const std::vector<double>& v) {
      for (double x : v)
        if (std::fabs(x) > 15) return 1e300;
      return -grouped_log_likelihood(params_of(v), groups, a12, a4, log_time);
    };
  }
};

BgNbdFitter::BgNbdFitter(const std::vector<CustomerSummary>& data) : state_(std::make_unique<State>()) {
  State& st = *state_;
  st.groups = group_customers(data);
  st.a12.resize(st.groups.xs.size());
  st.a4.resize(st.groups.xs.size());
  st.log_time.resize(st.groups.times.size());
  st.customers = static_cast<int>(data.size());
  st.search.emplace(st.objective(), std::vector<double>{0.0, 0.0, 0.0, 0.0}, 0.5, 1e-12, State::kMaxIterations);
}

BgNbdFitter::~BgNbdFitter() = default;
BgNbdFitter::BgNbdFitter(BgNbdFitter&&) noexcept = default;
BgNbdFitter& BgNbdFitter::operator=(BgNbdFitter&&) noexcept = default;

bool BgNbdFitter::step(int iterations) {
  State& st = *state_;
  while (st.phase < 2 && iterations > 0) {
    const int before = st.search->iterations();
    const bool finished = st.search->step(iterations);
    iterations -= std::max(1, st.search->iterations() - before);
    if (!finished) break;
    st.best = st.search->result();
    if (++st.phase == 1) st.search.emplace(st.objective(), st.best.x, 0.1, 1e-12, State::kMaxIterations);
  }
  return st.phase >= 2;
}

double BgNbdFitter::progress() const {
  const State& st = *state_;
  if (st.phase >= 2) return 1;
  return (st.phase + static_cast<double>(st.search->iterations()) / State::kMaxIterations) / 2;
}

BgNbdFit BgNbdFitter::result() const {
  const State& st = *state_;
  BgNbdFit fit;
  fit.params = State::params_of(st.best.x);
  fit.log_likelihood = -st.best.value;
  fit.iterations = st.best.iterations;
  fit.converged = st.best.converged;
  fit.customers = st.customers;
  return fit;
}

BgNbdFit fit_bgnbd(const std::vector<CustomerSummary>& data) {
  BgNbdFitter fitter(data);
  while (!fitter.step(1 << 30)) {
  }
  return fitter.result();
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
