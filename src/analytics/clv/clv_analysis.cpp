#include "analytics/clv/clv_analysis.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "analytics/clv/customer_summary.h"
#include "core/sort_rows.h"

namespace starcart::clv {

double discounted_purchases(const BgNbdParams& p, const CustomerSummary& c, int months, double monthly_discount) {
  double total = 0, before = 0, factor = 1;
  for (int i = 1; i <= months; ++i) {
    const double now = bgnbd_expected_purchases(p, i * kWeeksPerMonth, c);
    factor /= 1 + monthly_discount;
    total += (now - before) * factor;
    before = now;
  }
  return total;
}

double discounted_clv(const BgNbdParams& p, const CustomerSummary& c, double value_per_purchase, int months,
                      double monthly_discount) {
  return value_per_purchase * discounted_purchases(p, c, months, monthly_discount);
}

namespace {

double correlation(const std::vector<CustomerSummary>& s) {
  double n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
  for (const CustomerSummary& c : s) {
    if (c.x <= 0) continue;
    n += 1, sx += c.x, sy += c.mean_value, sxx += c.x * c.x, syy += c.mean_value * c.mean_value,
        sxy += c.x * c.mean_value;
  }
  const double vx = sxx - sx * sx / n, vy = syy - sy * sy / n;
  return n > 2 && vx > 0 && vy > 0 ? (sxy - sx * sy / n) / std::sqrt(vx * vy) : 0.0;
}

// Calibration vs holdout by number of calibration repeat purchases, 0..7+.
void holdout_table(ClvAnalysis& a) {
  constexpr int kGroups = 8;
  a.holdout.assign(kGroups, HoldoutGroup{});
  for (int g = 0; g < kGroups; ++g) a.holdout[g].x = g;
  a.holdout.back().and_more = true;
  for (const ClvCustomer& c : a.by_value) {
    HoldoutGroup& g = a.holdout[std::min(static_cast<int>(c.summary.x), kGroups - 1)];
    const double predicted = c.holdout_predicted;
    ++g.customers;
    g.actual += c.holdout_purchases;
    g.predicted += predicted;
    a.holdout_actual += c.holdout_purchases;
    a.holdout_predicted += predicted;
  }
  double err = 0;
  int groups = 0;
  for (HoldoutGroup& g : a.holdout) {
    if (g.customers == 0) continue;
    g.actual /= g.customers;
    g.predicted /= g.customers;
    if (g.actual > 0) err += std::fabs(g.predicted - g.actual) / g.actual, ++groups;
  }
  a.holdout_mape = groups > 0 ? 100 * err / groups : 0;
}

// 20 equal bins from 0 to the 99th percentile; the last bin takes the rest.
void histogram(ClvAnalysis& a) {
  if (a.by_value.empty()) return;
  const double top = a.by_value[a.by_value.size() / 100].clv;
  const double hi = top > 0 ? top : 1;
  constexpr int kBins = 20;
  a.clv_edges.resize(kBins + 1);
  for (int i = 0; i <= kBins; ++i) a.clv_edges[i] = hi * i / kBins;
  a.clv_counts.assign(kBins, 0);
  for (const ClvCustomer& c : a.by_value)
    ++a.clv_counts[std::clamp(static_cast<int>(c.clv / hi * kBins), 0, kBins - 1)];
}

}  // namespace

ClvJob::ClvJob(const FactIndex& index, const Selection& selection, const ClvOptions& options,
               const std::vector<uint8_t>& keep)
    : store_(&index.facts()) {
  const auto start = std::chrono::steady_clock::now();
  const FactStore& s = *store_;
  ClvAnalysis& a = a_;
  a.options = options;
  // (1) Periods: the selection's sale days.
  const SaleSpan span = sale_span(s, selection.lines);  // plain variables: lambdas capture them
  const Day first = span.first, last = span.last;
  if (first == kNoDay) {
    a.note = "no sales in the selection";
    done_ = true;
    return;
  }
  a.calibration_start = first;
  a.calibration_end = options.calibration_end != kNoDay ? std::clamp(options.calibration_end, first, last)
                      : options.holdout                 ? first + (last - first) * 3 / 4
                                                        : last;
  a.holdout_end = options.holdout ? last : a.calibration_end;
  cs_ = summarize_customers(index, selection, a.calibration_end, a.holdout_end, keep);
  a.holdout_weeks = cs_.holdout_weeks;
  a.customers = static_cast<int>(cs_.summary.size());
  for (const CustomerSummary& c : cs_.summary) a.repeaters += c.x > 0;
  if (a.repeaters < 10) {
    a.note = "too few repeat customers in the calibration period to fit (" + std::to_string(a.repeaters) +
             "; at least 10)";
    done_ = true;
    return;
  }
  fitter_.emplace(cs_.summary);
  a.fit_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

bool ClvJob::step(int iterations) {
  if (done_) return true;
  const auto start = std::chrono::steady_clock::now();
  if (fitter_) {
    if (fitter_->step(iterations)) {
      a_.bgnbd = fitter_->result();
      fitter_.reset();
      gamma_gamma_.emplace(cs_.summary);
    }
  } else if (gamma_gamma_) {
    if (gamma_gamma_->step(iterations)) {
      a_.gamma_gamma = gamma_gamma_->result();
      gamma_gamma_.reset();
      start_predictions();
    }
  } else if (predicting_ && predict(256 * static_cast<uint64_t>(std::max(1, iterations)))) {
    finish();
    done_ = true;
  }
  a_.fit_ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return done_;
}

double ClvJob::progress() const {
  // The BG/NBD fit is most of the work; Gamma-Gamma and the predictions the rest.
  if (done_) return 1.0;
  if (fitter_) return 0.8 * fitter_->progress();
  if (gamma_gamma_) return 0.8;
  const size_t n = order_.size();
  return 0.9 + (n ? 0.1 * static_cast<double>(next_) / static_cast<double>(n) : 0.0);
}

ClvAnalysis ClvJob::take() { return std::move(a_); }

void ClvJob::start_predictions() {
  ClvAnalysis& a = a_;
  a.spend_frequency_correlation = correlation(cs_.summary);
  a.fitted = true;
  // (3) Predictions. A customer without a repeat purchase gets the
  // population mean spend (Gamma-Gamma with x = 0).
  // The purchase predictions depend on (x, t_x, T) only: once per distinct
  // triple, in an order that puts equal triples next to each other.
  const size_t n = cs_.summary.size();
  order_ = stable_order(n, [&](uint32_t l, uint32_t r) {
    const CustomerSummary &u = cs_.summary[l], &v = cs_.summary[r];
    return u.x != v.x ? u.x < v.x : u.t_x != v.t_x ? u.t_x < v.t_x : u.T < v.T;
  });
  a.by_value.resize(n);
  next_ = 0;
  predicting_ = true;
}

bool ClvJob::predict(uint64_t count) {
  ClvAnalysis& a = a_;
  const ClvOptions& options = a.options;
  const double horizon_weeks = options.horizon_months * kWeeksPerMonth;
  auto same = [&](uint32_t l, uint32_t r) {
    const CustomerSummary &u = cs_.summary[l], &v = cs_.summary[r];
    return u.x == v.x && u.t_x == v.t_x && u.T == v.T;
  };
  const size_t end = static_cast<size_t>(std::min<uint64_t>(order_.size(), next_ + count));
  for (size_t o = next_; o < end; ++o) {
    const size_t j = order_[o];
    ClvCustomer& c = a.by_value[j];
    c.customer = cs_.customer[j];
    c.summary = cs_.summary[j];
    if (o == 0 || !same(order_[o - 1], order_[o])) {
      p_alive_ = bgnbd_p_alive(a.bgnbd.params, c.summary);
      purchases_ = bgnbd_expected_purchases(a.bgnbd.params, horizon_weeks, c.summary);
      discounted_ = discounted_purchases(a.bgnbd.params, c.summary, options.horizon_months, options.monthly_discount);
      holdout_ = a.holdout_weeks > 0 ? bgnbd_expected_purchases(a.bgnbd.params, a.holdout_weeks, c.summary) : 0;
    }
    c.p_alive = p_alive_;
    c.expected_purchases = purchases_;
    c.holdout_predicted = holdout_;
    c.expected_value = gamma_gamma_expected_value(a.gamma_gamma.params, c.summary);
    c.clv = c.expected_value * discounted_;
    // A series that did not converge (NaN) or a degenerate fit is no value.
    if (!std::isfinite(c.clv)) c.clv = 0;
    c.holdout_purchases = cs_.holdout_purchases[j];
    c.calibration_value = cs_.calibration_value[j];
  }
  next_ = end;
  return next_ == order_.size();
}

void ClvJob::finish() {
  ClvAnalysis& a = a_;
  predicting_ = false;
  std::vector<uint32_t>().swap(order_);
  for (const ClvCustomer& c : a.by_value) a.total_clv += c.clv;
  if (a.holdout_weeks > 0) holdout_table(a);
  sort_rows(a.by_value, [](const ClvCustomer& l, const ClvCustomer& r) { return l.clv > r.clv; });
  histogram(a);
  for (size_t j = 0; j < std::min(a.by_value.size(), kTopClvCustomers); ++j)
    a.top_ids.emplace_back(store_->customers.at(a.by_value[j].customer));
}

ClvAnalysis analyze_clv(const FactIndex& index, const Selection& selection, const ClvOptions& options,
                        const std::vector<uint8_t>& keep) {
  ClvJob job(index, selection, options, keep);
  while (!job.step(1 << 30)) {
  }
  return job.take();
}

}  // namespace starcart::clv
