#include "analytics/churn/churn_analysis.h"
#include "core/sort_rows.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace starcart::churn {

const char* churn_feature_name(int feature) {
  static const char* kNames[kChurnFeatures] = {"recency_days", "log_orders", "log_revenue", "tenure_days",
                                               "return_rate"};
  return kNames[feature];
}

std::vector<CustomerFeatures> churn_features(const FactIndex& index, const Selection& selection, Day cutoff,
                                             int horizon_days) {
  const FactStore& s = index.facts();
  struct State {
    Day first = kNoDay, last = kNoDay;
    uint32_t last_order = 0;
    int orders = 0;
    Money sold = 0, returned = 0;
    bool bought_after = false;
    int32_t slot = -1;
  };
  std::vector<State> st(s.customers.size());
  std::vector<uint32_t> order_of_first;
  for (uint32_t i : selection.lines) {
    const uint32_t k = s.customer[i];
    if (k == 0) continue;
    const Day d = s.day[i];
    State& c = st[k];
    if (d > cutoff) {
      if (c.first != kNoDay && s.kind[i] == LineKind::kSale && d <= cutoff + horizon_days) c.bought_after = true;
      continue;
    }
    if (s.kind[i] == LineKind::kReturn) {
      c.returned += s.value[i];
      continue;
    }
    if (s.kind[i] != LineKind::kSale) continue;
    if (c.first == kNoDay) {
      c.first = d;
      order_of_first.push_back(k);
    }
    // An order counts once (its lines are consecutive in nearly all data;
    // a revisited order is counted again, as a new purchase occasion).
    if (c.orders == 0 || s.order[i] != c.last_order) ++c.orders;
    c.last_order = s.order[i];
    c.last = d;
    c.sold += s.value[i];
  }
  std::vector<CustomerFeatures> out;
  out.reserve(order_of_first.size());
  for (uint32_t k : order_of_first) {
    const State& c = st[k];
    CustomerFeatures f;
    f.customer = k;
    f.orders = c.orders;
    f.revenue = c.sold;
    f.raw = {static_cast<double>(cutoff - c.last), std::log1p(c.orders), std::log1p(money_to_double(c.sold)),
             static_cast<double>(cutoff - c.first),
             c.sold > 0 ? std::min(1.0, static_cast<double>(c.returned) / static_cast<double>(c.sold)) : 0.0};
    f.label = c.bought_after ? 0 : 1;
    out.push_back(f);
  }
  return out;
}

namespace {

// Design rows [1, z₁..z₅] with the training means and deviations.
std::vector<double> design(const std::vector<CustomerFeatures>& rows, const ChurnAnalysis& a) {
  std::vector<double> x;
  x.reserve(rows.size() * (kChurnFeatures + 1));
  for (const CustomerFeatures& f : rows) {
    x.push_back(1.0);
    for (int j = 0; j < kChurnFeatures; ++j) x.push_back(a.sd[j] > 0 ? (f.raw[j] - a.mean[j]) / a.sd[j] : 0.0);
  }
  return x;
}

std::vector<int> labels(const std::vector<CustomerFeatures>& rows) {
  std::vector<int> y;
  for (const CustomerFeatures& f : rows) y.push_back(f.label);
  return y;
}

double churn_rate(const std::vector<int>& y) {
  double s = 0;
  for (int v : y) s += v;
  return y.empty() ? 0 : s / static_cast<double>(y.size());
}

}  // namespace

ChurnJob::ChurnJob(const FactIndex& index, const Selection& selection, const ChurnOptions& options)
    : index_(&index), selection_(&selection) {
  a_.options = options;
}

bool ChurnJob::step() {
  if (done_) return true;
  const auto start = std::chrono::steady_clock::now();
  switch (stage_++) {
    case 0: done_ = !train(); break;
    case 1: test(); break;
    default:
      score();
      done_ = true;
  }
  a_.fit_ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return done_;
}

// (1)-(2) The windows, the training set and its standardisation, the fit;
// false when there is nothing to fit (the note says why).
bool ChurnJob::train() {
  ChurnAnalysis& a = a_;
  const ChurnOptions& options = a.options;
  const SaleSpan span = sale_span(index_->facts(), selection_->lines);
  const Day first = span.first, last = span.last;
  const int h = options.horizon_days;
  if (first == kNoDay || last - first < 3 * h) {
    a.note = "the selection spans less than 3 × " + std::to_string(h) +
             " days: a training window, a test window and history before them are needed";
    return false;
  }
  a.score_day = last;
  a.test_cutoff = last - h;
  a.train_cutoff = last - 2 * h;
  const std::vector<CustomerFeatures> train = churn_features(*index_, *selection_, a.train_cutoff, h);
  const std::vector<int> y_train = labels(train);
  a.train_customers = static_cast<int>(train.size());
  a.train_churn_rate = churn_rate(y_train);
  if (train.size() < 20 || a.train_churn_rate == 0 || a.train_churn_rate == 1) {
    a.note = "too few customers, or only one outcome, in the training window";
    return false;
  }
  for (int j = 0; j < kChurnFeatures; ++j) {
    double sum = 0, sq = 0;
    for (const CustomerFeatures& f : train) sum += f.raw[j];
    a.mean[j] = sum / static_cast<double>(train.size());
    for (const CustomerFeatures& f : train) sq += (f.raw[j] - a.mean[j]) * (f.raw[j] - a.mean[j]);
    a.sd[j] = std::sqrt(sq / static_cast<double>(train.size()));
  }
  a.fit = fit_logistic(design(train, a), y_train, kChurnFeatures + 1);
  a.intercept = a.fit.beta[0];
  for (int j = 0; j < kChurnFeatures; ++j) a.coefficient[j] = a.fit.beta[j + 1];
  a.fitted = true;
  return true;
}

// (3) The test window.
void ChurnJob::test() {
  ChurnAnalysis& a = a_;
  const std::vector<CustomerFeatures> test = churn_features(*index_, *selection_, a.test_cutoff, a.options.horizon_days);
  const std::vector<int> y_test = labels(test);
  const std::vector<double> x_test = design(test, a);
  std::vector<double> score(test.size());
  for (size_t i = 0; i < test.size(); ++i)
    score[i] = logistic_probability(a.fit.beta, &x_test[i * (kChurnFeatures + 1)]);
  a.test_customers = static_cast<int>(test.size());
  a.test_churn_rate = churn_rate(y_test);
  a.auc = roc_auc(score, y_test);
  a.test = confusion_at(score, y_test, a.options.threshold);
  a.precision = a.test.precision();
  a.recall = a.test.recall();
}

// (4) Everyone scored at the last day.
void ChurnJob::score() {
  ChurnAnalysis& a = a_;
  const ChurnOptions& options = a.options;
  const std::vector<CustomerFeatures> now = churn_features(*index_, *selection_, a.score_day, options.horizon_days);
  const std::vector<double> x_now = design(now, a);
  for (size_t i = 0; i < now.size(); ++i) {
    const double p = logistic_probability(a.fit.beta, &x_now[i * (kChurnFeatures + 1)]);
    if (p < options.threshold) continue;
    ++a.customers_at_risk;
    a.revenue_at_risk += now[i].revenue;
    AtRiskCustomer r;
    r.customer = now[i].customer;
    r.probability = p;
    r.recency_days = static_cast<int>(now[i].raw[0]);
    r.orders = now[i].orders;
    r.revenue = now[i].revenue;
    a.at_risk.push_back(r);
  }
  sort_rows(a.at_risk, [](const AtRiskCustomer& l, const AtRiskCustomer& r) { return l.revenue > r.revenue; });
  if (a.at_risk.size() > 50) a.at_risk.resize(50);
  const FactStore& s = index_->facts();
  for (AtRiskCustomer& r : a.at_risk) r.id = std::string(s.customers.at(r.customer));
}

ChurnAnalysis analyze_churn(const FactIndex& index, const Selection& selection, const ChurnOptions& options) {
  ChurnJob job(index, selection, options);
  while (!job.step()) {
  }
  return job.take();
}

}  // namespace starcart::churn
